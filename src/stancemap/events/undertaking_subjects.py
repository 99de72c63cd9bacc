"""A body named by its undertaking acts: "the leadership criticized X", "the management met
with X".

Rule ``events.sense.undertaking_subject_body`` (session 43, CB): the thing-subject rules
(``thing_subjects.py``) drop an active verb whose own subject names no one, and a noun whose
most frequent WordNet sense is an act ("leadership": the activity of leading) names no one
there, though its next sense is the body that undertakes it ("the body of people who lead").
A verb of words (the PLOVER types done with words) or a meeting with a named partner
(CONSULT) is said or done by people, so a determined subject ("the", "this", a possessive)
whose most frequent WordNet sense is an act or an event and whose second is a group
(``data/events/body_sense_nouns.txt``: leadership, administration, management) names its
body and keeps the event.

Not read (session 43, tune): an act noun someone possesses ("her campaign", "the
administration's decision"): "the administration's decision will increase the pressure on
her" is no request, and WordNet gives "campaign" no group sense.
"""

from __future__ import annotations

from contextvars import ContextVar

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame

UNDERTAKING_BODY = declare(
    "events.sense.undertaking_subject_body",
    "'the leadership criticized X', 'the management met with X': the thing-subject rules keep "
    "a verb of words (or a CONSULT with a named partner) whose subject is a determined noun "
    "of an act or event whose second WordNet sense is a group (data/events/"
    "body_sense_nouns.txt: leadership, administration, management): its body speaks",
    order=31.9,
)
undertaking_body_on: ContextVar[bool] = ContextVar("undertaking_body_on", default=False)

DEFINITE = ("the", "this", "that")
WITH_PARTNER = "CONSULT"


def undertaking_body(noun: Token) -> bool:
    """The subject noun is a determined undertaking whose second sense is its body."""
    from .lexnames import body_sense_nouns

    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
        return False
    determined = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children
    )
    return determined and noun.lemma_.lower() in body_sense_nouns()


def keeps_undertaking_subject(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """With the rule on: the frame is one of words (or a meeting with a named partner) and
    one of the verb's own subjects is such an undertaking."""
    from .reality import VERBAL

    if not undertaking_body_on.get():
        return False
    if not (frame.type in VERBAL or (frame.type == WITH_PARTNER and frame.target)):
        return False
    return any(undertaking_body(s) for s in args.children(tok, "nsubj"))
