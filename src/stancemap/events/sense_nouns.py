"""Nouns of the sense kinds read from WordNet (``data/events/sense_nouns.tsv``, written by
``events/wordnet_import.py``): a weapon, an armed body, a building or vehicle, or an idea
or words. The sense rules read the nouns among a force verb's arguments through them
beside the hand-written ``sense.tsv``, so "attacked the doctrine" is words and "attacked
the hospital" is force without either noun being listed by hand. The hand list wins: a
word it gives any kind is read only as that.

Rule ``events.sense.wordnet_nouns``; ``apply_sense`` sets whether it is on for the frames
it runs on (a context variable: the rules take no switches of their own).
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import lru_cache

from ..datafiles import words_by_kind
from ..rules import declare

WORDNET_NOUNS = declare(
    "events.sense.wordnet_nouns",
    "the sense rules read arguments through WordNet's nouns of weapons, armed bodies, "
    "buildings and vehicles (literal) and of ideas and words (verbal), beside sense.tsv "
    "(data/events/sense_nouns.tsv)",
    order=1,
)
KINDS = ("armed", "weapon", "physical", "verbal")

wordnet_on: ContextVar[bool] = ContextVar("wordnet_sense_nouns", default=True)


@lru_cache(maxsize=1)
def _imported() -> dict[str, frozenset[str]]:
    return words_by_kind("events/sense_nouns.tsv", KINDS)


@lru_cache(maxsize=1)
def _merged() -> dict[str, frozenset[str]]:
    """WordNet's nouns of each kind that the hand list (``sense.sense_words()``) does not
    give any kind."""
    from .sense import sense_words  # sense imports this module

    listed = frozenset().union(*sense_words().values())
    return {kind: words - listed for kind, words in _imported().items()}


def wordnet_words() -> dict[str, frozenset[str]]:
    """WordNet's nouns by kind where the rule is on, else {} (read on nouns only)."""
    return _merged() if wordnet_on.get() else {}
