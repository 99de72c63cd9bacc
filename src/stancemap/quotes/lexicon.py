"""The attribution lexicon (moved to ``stancemap.nlp.reporting``, shared by every stage).

Kept so that ``from stancemap.quotes.lexicon import load_lexicon`` goes on working.
"""

from __future__ import annotations

from ..nlp.lemmas import inflections
from ..nlp.reporting import (
    CLASSES,
    FRAMES,
    SOURCE_HOWS,
    Lexicon,
    SourcePhrase,
    load_lexicon,
    parse_nouns,
    parse_phrases,
    parse_verbs,
    speech_verbs,
)

__all__ = [
    "CLASSES",
    "FRAMES",
    "SOURCE_HOWS",
    "Lexicon",
    "SourcePhrase",
    "inflections",
    "load_lexicon",
    "parse_nouns",
    "parse_phrases",
    "parse_verbs",
    "speech_verbs",
]
