"""A party and its own member or officer, an organisation and its own official: one side
(session 63 PS, issue 14 "no pair of one side").

Session 62's blind A/B judges (J62c/J62d, causes only) and session 61's wrote that "a
Speaker's spokesman and the Republicans are one side", "a party and its own candidate
are one side", and called "the county GOP chairman and his party" and "an employee
against her own agency" one side; session 62 RS saw "Tory chairman Liam Fox ~ Conservative
Party" read aligned from a co-stance (both attacked Labour) on the BBC politics tune pool.
Until now an official's tie to an organisation ("Y, chairman of the RNC":
``actors.affiliation``) made no side: session 24 removed the rule that made one,
``official_of``, because it changed nothing on the real news then judged, and kept two
members of one party apart because a primary's attacks between them are news.

``alignment.sides.party_member_one_side`` respects both findings: a person and an
organisation the text ties her to as its official or (``actors.affiliation.party_member``)
a party's member are one side - the pair is dropped - unless the pair is a rift: it leans
negative and rests on something one said or did to the other that is not a neutral request
("Tory MP X attacked his party's leadership": kept; the session-27 rift guard of
``alignment.sides.owned_body_rift`` does the same for "his party"). Two members of one
party keep their pair (the rule never joins two persons), and the party keeps its
relations with everyone else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..rules import declare
from .intensity import Intensity

PARTY_MEMBER_SIDE = declare(
    "alignment.sides.party_member_one_side",
    "a person and an organisation the text ties her to as its official ('Y, chairman of "
    "the RNC') or as a party's member or officer (actors.affiliation.party_member: 'Tory "
    "chairman Liam Fox', 'Labour MP X') are one side: no relation between them, unless "
    "the pair leans negative on something one said or did to the other (not a neutral "
    "request): a rift stays news; two members of one party keep their pair (session 63 PS)",
    order=12.7,
)

_TIES = frozenset({"official", "member"})
_BODIES = frozenset({"organization"})


def member_ties(actors: Iterable[Any]) -> set[tuple[str, str]]:
    """(a, b) sorted: a person and an organisation she is an official or member of."""
    actors = list(actors)
    kinds = {a.id: a.type for a in actors}
    out: set[tuple[str, str]] = set()
    for actor in actors:
        if actor.type != "person":
            continue
        for tie in actor.affiliations or ():
            if tie.kind in _TIES and tie.actor != actor.id and kinds.get(tie.actor) in _BODIES:
                a, b = sorted((actor.id, tie.actor))
                out.add((a, b))
    return out


def is_rift(pair: Any, table: Mapping[str, Intensity]) -> bool:
    """The pair leans negative and one said or did something against the other: a direct
    observation (not a co-stance towards a third party, not carried from another pair) of
    negative value that is not an event of a neutral type (a request)."""
    if pair.score >= 0:
        return False
    for obs in pair.observations:
        if obs.shared or obs.via or obs.value >= 0:
            continue
        if obs.kind == "event":
            info = table.get(obs.key.upper())
            if info is not None and info.relation == "neutral":
                continue
        return True
    return False


def drop_member_sides(
    pairs: Mapping[tuple[str, str], Any],
    actors: Iterable[Any],
    table: Mapping[str, Intensity],
) -> dict[tuple[str, str], Any]:
    """Rule ``alignment.sides.party_member_one_side``: ``pairs`` without a person and her
    own organisation or party, a rift between them kept."""
    ties = member_ties(actors)
    if not ties:
        return dict(pairs)
    return {k: p for k, p in pairs.items() if (min(k), max(k)) not in ties or is_rift(p, table)}
