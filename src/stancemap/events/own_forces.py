"""The doer of an agentless passive of moving one's own forces.

"The Indian army was put on high alert along the border", "ethnic guerrillas
have been demobilized", "its troops were withdrawn from the town": raising an
alert, deploying, demobilising and pulling back (CAMEO 15x show of force and
087x military de-escalation) are done by a state or group to its own forces, so
with no "by" agent the forces the passive's subject names are the doer's, and
their country the source. Other passives keep an empty source ("two hostages
were released": not the hostages' release of themselves). Only the forces' own
name counts (or its "of" complement: "thousands of Iraqi soldiers"), never a place
named inside their phrase ("rebels in Liberia have been demobilized": Liberia is
where they are, and the passive stays sourceless; session 39).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args

PASSIVE_OWN_FORCES = declare(
    "events.args.passive_own_forces",
    "'The Indian army was put on high alert', 'guerrillas have been demobilized': an "
    "agentless passive of a show of force or a military pullback (CAMEO 15x, 087x) has its "
    "subject's forces as the source",
    order=20.6,
)
# CAMEO code prefixes of acts a party does to its own forces
OWN_FORCE_CODES = ("15", "087")


def own_forces_code(code: str | None) -> bool:
    return bool(code) and str(code).startswith(OWN_FORCE_CODES)


def forces_actors(forces: Token, actors: ActorLayer) -> list[str]:
    """The actors the forces' own name refers to, not a place inside their phrase."""
    return args.phrase_actors(forces, actors, head_only=True)


def passive_forces(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is an agentless passive, else None."""
    if args.prep_objects(verb, ["by"]):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(iter(args.children(verb, "nsubjpass")), None)
