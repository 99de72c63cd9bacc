"""A pledge of one's support is the support, not an intent to cooperate (session 59, engineer
EV, issue 12: type precision).

A verb of intent ("pledge", "promise", "offer", "vow": the lexicon's ``intent`` rows) folds
its complement's act into the intent to do it (``codes.intent_code``): "offered to send
troops" is 033, "pledged to hold talks" 036, PLOVER AGREE. Where that complement is the
verb's own object noun and the noun is an act of verbal support the lexicon reads as SUPPORT
("support", "praise", "backing", "endorsement": CAMEO 05x), the fold made it 032, an intent of
diplomatic cooperation, so "two superdelegates have pledged their support to Clinton", "he
officially pledged his support to the Trump campaign" and "both are quick to offer praise for
teachers unions" read AGREE. PLOVER's SUPPORT is to "express support for, commend, approve or
endorse" another party, and pledging one's support to a party, or offering it praise, is that
expression, done by the words themselves (the events tune judges of s27, s28 and s31 judged
all three readings wrong, SUPPORT expected). What is promised as a thing to be done later - a
clause ("pledged to support the nominee"), aid, troops, talks, a meeting - stays an intent.

Rule ``events.frame.pledged_support``: an intent fold whose complement is a noun frame on the
verb's direct object, of type SUPPORT, keeps the noun's own code and type. Nothing is listed
here: the intent verbs are the lexicon's intent rows, the nouns of support its SUPPORT rows.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .parts import Frame

PLEDGED_SUPPORT = declare(
    "events.frame.pledged_support",
    "'pledged their support to Clinton', 'offered praise for the union': a verb of intent "
    "whose own object is a noun of support (the lexicon's SUPPORT rows) is the support "
    "(05x), not an intent to cooperate (032, AGREE); 'pledged to support X' and 'pledged "
    "aid' stay intents",
    order=21,
)

SUPPORT = "SUPPORT"
OBJECT_DEPS = ("dobj", "obj")


def pledged_support(tok: Token, comp: Frame) -> bool:
    """``comp`` is a SUPPORT noun frame on the intent verb ``tok``'s direct object."""
    if not comp.nominal or comp.type != SUPPORT or not comp.code:
        return False
    noun = comp.head
    return noun.dep_ in OBJECT_DEPS and noun.head.i == tok.i
