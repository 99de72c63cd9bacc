"""An engagement with someone called off is a cut in relations with them, not a concession.

Rule ``events.sense.joint_event_called_off``: the CAMEO dictionary codes "cancel/call off
a rally" as easing dissent (082, CONCEDE): protesters calling off their own protest. When
the thing called off is held with a named counterpart ("a joint rally with Y", "their
summit with Y", "the joint exercises with Y"), calling it off reduces relations with that
counterpart (CAMEO 160, as "cancelled a visit to Y"), aimed at it. Read from the parse and
the actor layer: a "with" phrase on the object that names an actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

CALLED_OFF_CODE = "160"  # reduce relations
# ease political dissent: "called off the rally/strike" (not 08's other codes: "opened the
# border crossing with Gaza" eases a restriction, RETREAT)
EASED_DISSENT = "082"


def _counterparts(tok: Token, ctx: DocContext, source: list[str]) -> list[str]:
    """Actors named in a "with" phrase of the verb's objects (not the source itself)."""
    out: list[str] = []
    for obj in args.children(tok, "dobj", "obj"):
        for partner in args.prep_objects(obj, ["with"]):
            out += [a for a in args.phrase_actors(partner, ctx.actors) if a not in source]
    return list(dict.fromkeys(out))


@rule(
    "events.sense.joint_event_called_off",
    order=13,
    doc="'cancelled a joint rally with Y': the code of easing dissent (CAMEO 082, 'called "
    "off the rally') on an object held with a named counterpart is reduced relations with it "
    "(CAMEO 160), not a concession",
)
def joint_event_called_off(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or not frame.code or not frame.code.startswith(EASED_DISSENT):
        return frame
    partners = _counterparts(tok, ctx, frame.source)
    if not partners:
        return frame
    frame.code = CALLED_OFF_CODE
    frame.type = "SANCTION"
    frame.target = partners
    return frame
