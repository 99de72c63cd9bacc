"""Support taken back is refused support: "X withdrew his endorsement of Y", "rescinded
its recognition of Y", "pulled his support for Y" is REJECT aimed at Y (CAMEO 120),
not the withdrawal of forces (087) that "withdraw" alone codes, and never support.

Rule ``events.sense.withdrawn_support``; words in ``data/events/withdrawn_support.tsv``.
The stances stage reads this REJECT of a support word as a turn against Y.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

REJECT = "120"


@lru_cache(maxsize=1)
def withdrawal_words() -> dict[str, frozenset[str]]:
    return words_by_kind("events/withdrawn_support.tsv", ("verb", "noun"))


def withdrawn_support(tok: Token) -> Token | None:
    """The support noun a verb of taking back has as its object, or None."""
    words = withdrawal_words()
    if tok.lemma_.lower() not in words["verb"]:
        return None
    for obj in args.children(tok, "dobj", "obj"):
        if obj.lemma_.lower() in words["noun"]:
            return obj
    return None


@rule(
    "events.sense.withdrawn_support",
    order=7,
    doc="'withdrew his endorsement of Y', 'rescinded its recognition of Y': support taken "
    "back is a REJECT aimed at Y, not a withdrawal of forces "
    "(data/events/withdrawn_support.tsv)",
)
def withdrawn(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal:
        return frame
    support = withdrawn_support(frame.head)
    if support is None:
        return frame
    frame.code = REJECT
    frame.type = "REJECT"
    # whose support it was: "of"/"for" on the noun, or on the verb ("pulled his support
    # for Y", where the parser hangs "for Y" on the verb)
    holders = args.prep_objects(support, ["of", "for"]) + args.prep_objects(
        frame.head, ["for", "from"]
    )
    for holder in holders:
        found = [a for a in args.phrase_actors(holder, ctx.actors) if a not in frame.source]
        if found:
            frame.target = found
            break
    return frame
