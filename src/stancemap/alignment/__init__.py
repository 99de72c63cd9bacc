"""Alignment: relations between actor pairs, over documents and over time."""

from .relations import relate_document

__all__ = ["relate_document"]
