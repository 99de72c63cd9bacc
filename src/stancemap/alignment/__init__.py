"""Alignment: relations between actor pairs, over documents and over time."""

from . import names as _names  # noqa: F401  (registers the alignment.names.* rules)
from .relations import relate_document

__all__ = ["relate_document"]
