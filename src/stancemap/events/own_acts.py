"""An act noun owned by the event's own source names the source's act, not its target.

Session 57, engineer AR (issue 12: the target country on the PLOVER tune half). "The
Cuban president reaffirmed Havana's support for the Venezuelan president": the object,
"support", is an act the trigger lexicon codes, and its possessor, "Havana", is the
source's own country (the president is Cuba's). The possessor of an act noun is its doer,
so the object names the source's own act: the target is whom that act is for, the noun's
'for' (or 'to', 'with', 'against' ...) complement, not Cuba. Written with a pronoun ("his
support for X") the object is already the source's own (``events.args.own_object`` in
``roles.py``); this is the same for a named possessor.

Rule ``events.args.own_named_act_object``: a direct object the trigger lexicon codes as an
event whose possessor is a name (not a pronoun) of one of the event's sources, or of a
country that is a source's country, is no party to the event; its own prepositional
complements (``arguments.TARGET_PREPS``) are read for the target in its place. An object
that is no act ("the Cuban president praised Cuba's doctors") and a possessor of another
country ("welcomed Venezuela's support") are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors.layer import ActorLayer
from ..rules import declare
from . import arguments as args

OWN_NAMED_ACT_OBJECT = declare(
    "events.args.own_named_act_object",
    "'reaffirmed Havana's support for X': a direct object the trigger lexicon codes as an "
    "act whose possessor is a name of a source or of a source's country is the source's own "
    "act, no target; the target is read from its own prepositional complements (X)",
    order=44.6,
)


def own_named_acts(
    objects: list[Token],
    source: list[str],
    actors: ActorLayer,
    is_act: Callable[[Token], bool],
) -> list[Token]:
    """The objects that are acts owned by a name of a source or of a source's country."""
    countries = {
        actor.country
        for a in source
        if (actor := actors.actor(a)) is not None and actor.country is not None
    }
    out = []
    for noun in objects:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or args.is_pronoun(owner) or not is_act(noun):
            continue
        owner_ids = args.phrase_actors(owner, actors)
        if owner_ids and all(_same_side(a, source, countries, actors) for a in owner_ids):
            out.append(noun)
    return out


def _same_side(actor_id: str, source: list[str], countries: set[str], actors: ActorLayer) -> bool:
    """``actor_id`` is a source, or a country (a state named or its seat) of a source's."""
    if actor_id in source:
        return True
    actor = actors.actor(actor_id)
    return actor is not None and actor.type == "country" and actor.country in countries
