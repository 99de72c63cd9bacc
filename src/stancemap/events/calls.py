"""A bare "call" is a telephone call (CONSULT 041, the PETRARCH dictionary's bare row) only
when the clause says more than who was called. "Donald Trump Is Now Calling Obama", a
headline cut before the name it gives him, or "calling him dangerous", is naming, never a
call; "called Y on the phone", "called Y to discuss the crisis", "called Y on Tuesday"
stay calls.

Rule ``events.sense.call_left_open``: the bare 041 row of the verb "call" with a direct
object is dropped when (a) the verb has a predicative complement ("calling him
dangerous", "called Y a liar" is naming.py's), or (b) the clause ends at the object:
nothing of the verb's own phrase follows the object but punctuation. A telephone word in
the verb's phrases (``data/events/call_media.txt``) keeps it either way.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from .parts import DocContext, Frame

CALL = "041"
PREDICATIVE = ("oprd", "acomp")


@lru_cache(maxsize=1)
def call_media() -> frozenset[str]:
    return word_list("events/call_media.txt")


def _last_word(tok: Token) -> int:
    """The last token of ``tok``'s phrase that is not punctuation."""
    words = [t.i for t in tok.subtree if not t.is_punct]
    return max(words) if words else tok.i


def left_open(verb: Token) -> bool:
    """``verb`` ("call") names whom it calls and nothing more, or predicates a name. The
    parser often makes a lone object a predicative one ("Putin called Erdogan": ``oprd``)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    predicates = [c for c in verb.children if c.dep_ in PREDICATIVE]
    if not objects and len(predicates) == 1 and predicates[0].pos_ in ("PROPN", "PRON"):
        objects, predicates = predicates, []
    media = call_media()
    if any(t.lemma_.lower() in media or t.lower_ in media for t in verb.subtree if t.i != verb.i):
        return False
    if predicates or any(c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN") for c in verb.children):
        return True  # "calling him dangerous" (the parser may hang the name on the adjective)
    if not objects:
        return False
    return objects[-1].i > verb.i and _last_word(verb) == _last_word(objects[-1])


@rule(
    "events.sense.call_left_open",
    order=8,
    doc="'X Is Now Calling Obama' (a clause that ends at the object), 'calling him "
    "dangerous': the bare 'call' is no telephone call (CONSULT 041) unless the clause says "
    "more or names a phone (data/events/call_media.txt)",
)
def call_left_open(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.code != CALL or not all(r.negative for r in frame.row.requires):
        return frame
    if frame.head.lemma_.lower() != "call" or not left_open(frame.head):
        return frame
    return None
