"""A body named by its undertaking acts: "the leadership criticized X", "her campaign met
with X".

Rule ``events.sense.undertaking_subject_body`` (session 43, CB): the thing-subject rules
(``thing_subjects.py``) drop an active verb whose own subject names no one, and a noun whose
most frequent WordNet sense is an act or an event names no one there - "the leadership",
"the management", "her campaign" are read as the activity, not as the people who do it. A
verb of words (the PLOVER types done with words) or a meeting with a named partner
(CONSULT) is said or done by people, so such a subject names its body when

* it is determined ("the", a possessive) and its second WordNet sense is a group
  (``data/events/body_sense_nouns.txt``: "leadership", "administration", "management"), or
* its possessor names someone ("her campaign", "Clinton's campaign", "his administration")
  and its most frequent sense is an act or an event (``data/events/noun_lexnames.tsv``).

"His stance helped him" (an attribute), "the plan calls for" (a cognition) and "the
decision" with no one's possessive stay no act.
"""

from __future__ import annotations

from contextvars import ContextVar

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame

UNDERTAKING_BODY = declare(
    "events.sense.undertaking_subject_body",
    "'the leadership criticized X', 'her campaign met with X': the thing-subject rules keep "
    "a verb of words (or a CONSULT with a named partner) whose subject is a determined noun "
    "of an undertaking whose second WordNet sense is a group (data/events/"
    "body_sense_nouns.txt: leadership, administration), or an act or event noun whose "
    "possessor names someone ('her campaign'): the body that undertakes it speaks",
    order=31.9,
)
undertaking_body_on: ContextVar[bool] = ContextVar("undertaking_body_on", default=False)

UNDERTAKING_FILES = ("noun.act", "noun.event")
DEFINITE = ("the", "this", "that")
WITH_PARTNER = "CONSULT"


def _possessor_names_someone(noun: Token, ctx: DocContext) -> bool:
    from .thing_subjects import IMPERSONAL, names_someone

    for owner in args.children(noun, "poss"):
        if owner.lower_ in IMPERSONAL or owner.lower_ == "its":
            continue
        if names_someone(owner, ctx, 1):
            return True
    return False


def undertaking_body(noun: Token, ctx: DocContext) -> bool:
    """The subject noun is an undertaking that stands for the body undertaking it."""
    from .lexnames import body_sense_nouns, noun_lexnames

    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
        return False
    lemma = noun.lemma_.lower()
    determined = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children
    )
    if determined and lemma in body_sense_nouns():
        return True
    return noun_lexnames().get(lemma) in UNDERTAKING_FILES and _possessor_names_someone(noun, ctx)


def keeps_undertaking_subject(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """With the rule on: the frame is one of words (or a meeting with a named partner) and
    one of the verb's own subjects is such an undertaking."""
    from .reality import VERBAL

    if not undertaking_body_on.get():
        return False
    if not (frame.type in VERBAL or (frame.type == WITH_PARTNER and frame.target)):
        return False
    subjects = args.children(tok, "nsubj")
    return any(undertaking_body(s, ctx) for s in subjects)
