"""A demonym on a state's military means is that state's military, not its people.

"Israeli helicopters and tanks pounded the town": the tagger makes "Israeli" a
nationality, and a nationality alone reads as the country's people. When the noun it
modifies is a weapon, a military vehicle or a warplane (its most frequent WordNet sense,
``data/lexicon/military_means_nouns.txt``, written by ``means_import.py``), the doer is
the country's armed forces: sector MIL of that country. Rule
``actors.agent.military_means``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..datafiles import word_list
from ..rules import declare

MILITARY_MEANS = declare(
    "actors.agent.military_means",
    "'Israeli helicopters': a demonym modifying a noun whose most frequent WordNet sense is "
    "a weapon, military vehicle or warplane is that country's military (MIL), not its people",
)


@lru_cache(maxsize=1)
def means_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/military_means_nouns.txt"))


def means_head(span: Span) -> Span | None:
    """The military-means noun the demonym ``span`` modifies ("helicopters"), with the
    words between them, else None."""
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head.i <= root.i:
        return None
    head = root.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in means_nouns():
        return None
    return span.doc[span.start : head.i + 1]
