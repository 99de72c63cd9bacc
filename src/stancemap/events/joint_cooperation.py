"""A show of force done jointly with a partner is military cooperation with it.

Rule ``events.sense.joint_military_cooperation`` (session 19): the CAMEO dictionary codes
"held joint exercises" / "launched joint border patrols" 062 (cooperate militarily), but
only for the verb + noun pairs it lists; the trigger lexicon codes the bare military
nouns (patrol, exercise, drill, manoeuvre) as a show of force (15x, MOBILIZE). A MOBILIZE
act marked "joint" (the noun's adjective) or "jointly" (the verb's adverb) is done together
with someone: military cooperation (062, COOPERATE), aimed at the "with" partner when the
sentence names one. Read from the parse; "joint" is the one word named by hand.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

MILITARY_COOPERATION = "062"
JOINT = ("joint", "jointly")
SHOW_OF_FORCE = "MOBILIZE"


def _joint(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in JOINT for c in tok.children)


def _partners(frame: Frame, tok: Token, ctx: DocContext) -> list[str]:
    """Actors of a "with" phrase on the noun, or on the verb that governs it."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "obj", "nsubjpass") else [])
    found = [
        a
        for head in heads
        for p in args.prep_objects(head, ["with"])
        for a in args.phrase_actors(p, ctx.actors)
        if a not in frame.source
    ]
    return list(dict.fromkeys(found))


@rule(
    "events.sense.joint_military_cooperation",
    order=26,
    doc="'carried out joint patrols with Y', 'drilled jointly': a show of force (15x) marked "
    "joint is military cooperation (CAMEO 062, COOPERATE), aimed at the 'with' partner",
)
def joint_military_cooperation(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != SHOW_OF_FORCE or not _joint(tok):
        return frame
    frame.code = MILITARY_COOPERATION
    frame.type = "COOPERATE"
    partners = _partners(frame, tok, ctx)
    if partners:
        frame.target = partners
    return frame
