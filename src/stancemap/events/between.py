"""Two argument shapes the parser hangs one level too low.

"between": "Algeria offered mediation between Mali's government and Tuareg
rebels", "offered to mediate between Ethiopia and Somalia": the parties the act
stands between are the ones it is done to. Read only when the verb has no other
target, from a "between" phrase on the verb, on a complement infinitive of the
verb, or on its object noun.

"by" on the object: "Sri Lanka was given a $1 billion credit line by India" -
the parser attaches the agent phrase of a passive ditransitive verb to the
retained object ("line"), so the verb itself has no "by" agent.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

SIDES_BETWEEN = declare(
    "events.args.sides_between",
    "'offered mediation between X and Y', 'offered to mediate between X and Y': with no other "
    "target, the parties of a 'between' phrase on the verb, its infinitive or its object",
    order=45,
)
OBJECT_BY_AGENT = declare(
    "events.args.object_by_agent",
    "'X was given a credit line by Y': a passive verb with no 'by' of its own takes the 'by' "
    "the parse hangs on its retained object as its agent",
    order=20.5,
)


def between_parties(verb: Token, objects: list[Token]) -> list[Token]:
    """The phrases a "between" on ``verb``, its infinitive complement or an object names."""
    holders = [verb, *args.children(verb, "xcomp"), *objects]
    return [p for h in holders for p in args.prep_objects(h, ["between"])]


def object_agents(verb: Token) -> list[Token]:
    """ "by" objects of a passive verb's retained direct object."""
    return [p for obj in args.children(verb, "dobj") for p in args.prep_objects(obj, ["by"])]
