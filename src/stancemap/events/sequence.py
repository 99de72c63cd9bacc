"""A verb of order in time predicates no act: "The raid came after weeks of clashes".

Rule ``events.sense.sequence_verb``: "come after", "precede", "predate", "follow" (WordNet
3.0's follow.v.03, postdate.v.01 and predate.v.01, ``data/events/sequence_verbs.txt``)
place one thing before another in time. The dictionary's bare code of the verb ("come":
CAMEO 040, a consultation) is no event; the event noun the sentence names ("the raid")
is coded on its own.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .lexicon import is_bare
from .parts import DocContext, Frame


@lru_cache(maxsize=1)
def sequence_verbs() -> frozenset[str]:
    """ "come after", "precede", "follow", "predate" (``events.wordnet_import``)."""
    return word_list("events/sequence_verbs.txt")


def orders_in_time(verb: Token) -> bool:
    """The verb, or the verb with a preposition that has an object ("came after the
    clashes"), is a verb of order in time."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "came around only after lobbying": a particle verb, no "come after"
    preps = [c.lower_ for c in verb.children if c.dep_ == "prep" and args.children(c, "pobj")]
    return bool(({lemma} | {f"{lemma} {p}" for p in preps}) & sequence_verbs())


@rule(
    "events.sense.sequence_verb",
    order=8,
    doc="'the raid came after weeks of clashes': a verb of order in time (WordNet's "
    "come after / precede / predate) with the dictionary's bare code is no event",
)
def sequence_verb(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ != "VERB" or not is_bare(frame.row) or frame.row.weight >= 1:
        return frame
    return None if orders_in_time(tok) else frame
