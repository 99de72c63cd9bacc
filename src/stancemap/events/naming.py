"""Naming with two objects is no call: "Trump called Cruz a con artist", "labelled the
minister a traitor", "called her a hero".

The verb ("call", "label", "brand": ``data/events/naming_verbs.txt``) has a direct
object and a second, predicative one (spaCy's ``oprd``): it is never the CONSULT of a
telephone call or a request. Rule ``events.sense.naming_is_no_call``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from .parts import DocContext, Frame

CRITICIZE = "111"
PRAISE = "051"


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    return word_list("events/naming_verbs.txt")


def second_object(tok: Token) -> Token | None:
    """The predicative object of "called Y a Z" (a noun), when Y is there too; the parser
    sometimes makes it a second direct object ("branded Y a traitor")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    named = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    found = named or [o for o in objects[1:] if o.pos_ == "NOUN"]
    return found[0] if found else None


@rule(
    "events.sense.naming_is_no_call",
    order=5,
    doc="'called Y a con artist', 'called Y a candidate': a naming verb with two objects "
    "is never a call (CONSULT) or a request: no event, unless the dictionary's own criticism",
)
def naming_is_no_call(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.head.lemma_.lower() not in naming_verbs():
        return frame
    if second_object(frame.head) is None:
        return frame
    if frame.type == "ACCUSE" or frame.code in (CRITICIZE, PRAISE):
        return frame  # the dictionary's own criticism
    return None
