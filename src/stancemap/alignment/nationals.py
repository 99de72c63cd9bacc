"""A person and their own country: one side in a story's relations (session 49 RX).

``sides.affiliated`` makes a country one side with its state actors, office holders and
spokespeople. A national with no office of it - a candidate, a journalist, a campaign
aide - was left as a party of the country: "she issued a statement calling on the
United States to redouble our efforts" set Clinton against the United States, and a
Washington read as the state in "Cruz, who long has fought the Washington establishment"
set Cruz against it. On judged real news every such pair was no relation: the country
stands for the nation the person belongs to, or for a government that the story's office
holders answer for (``sides.holders_answer_for_state``), not for a party facing them.

A person's country is the actor record's ``country`` (the knowledge base's, or the text's
nationality word); a person without one keeps every pair. So does a pair with a deed of
material conflict between the two (PLOVER's coerce, assault, fight, sanction, mobilize:
a state that jails, expels or fights its own dissident is a party against them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import Actor
from ..rules import declare
from .scoring import PairScore

OWN_COUNTRY = declare(
    "alignment.sides.own_country",
    "a person and the country their record gives them (a national, office or none: "
    "'Clinton called on the United States to redouble our efforts') are one side: no "
    "relation between them in one document's relations; the corpus series keep the pair "
    "(session 49 RX)",
    order=10.6,
)


# PLOVER's material-conflict types: a state's deed against its own national keeps the pair
MATERIAL_CONFLICT = frozenset({"COERCE", "ASSAULT", "FIGHT", "SANCTION", "MOBILIZE"})


def _deed_between(pair: PairScore) -> bool:
    """Whether a pair's observations hold an event of material conflict."""
    return any(o.kind == "event" and o.key.upper() in MATERIAL_CONFLICT for o in pair.observations)


def national_pairs(
    pairs: Iterable[tuple[str, str]], actors: Iterable[Actor]
) -> set[tuple[str, str]]:
    """The pairs of a country and a person whose record names that country."""
    country_of: dict[str, str] = {}  # country actor id -> its code
    person_country: dict[str, str] = {}  # person id -> the country code its record gives
    for actor in actors:
        if actor.type == "country" and actor.country:
            country_of[actor.id] = actor.country
        elif actor.type == "person" and actor.country:
            person_country[actor.id] = actor.country
    out: set[tuple[str, str]] = set()
    for a, b in pairs:
        for state, person in ((a, b), (b, a)):
            code = country_of.get(state)
            if code is not None and person_country.get(person) == code:
                out.add((a, b))
    return out


def drop_nationals(
    pairs: Mapping[tuple[str, str], PairScore], actors: Iterable[Actor]
) -> dict[tuple[str, str], PairScore]:
    """``pairs`` without those of a person and their own country (``OWN_COUNTRY``)."""
    own = national_pairs(pairs, actors)
    return {k: p for k, p in pairs.items() if k not in own or _deed_between(p)}
