"""Alignment: relations between actor pairs, over documents and over time."""

from . import corpus as _corpus  # noqa: F401  (registers alignment.corpus.*)
from . import declared as _declared  # noqa: F401  (registers alignment.turns.declared)
from . import names as _names  # noqa: F401  (registers the alignment.names.* rules)
from . import turns as _turns  # noqa: F401  (registers alignment.turns.*)
from .relations import relate_document

__all__ = ["relate_document"]
