"""Per-document relations between actor pairs, from statements and events."""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Actor, Event, Relation, Statement
from .intensity import Intensity, default_intensity
from .scoring import EventObs, PairScore, StanceObs, leaders_of, score_pairs


def stance_obs(statements: list[Statement], prefix: str = "") -> list[StanceObs]:
    """Statements as scorer observations; ``prefix`` qualifies ids ("doc#s1")."""
    return [
        StanceObs(
            s.actor,
            s.issue.id,
            s.polarity,
            s.confidence,
            prefix + s.id,
            tuple(prefix + e for e in s.evidence),
        )
        for s in statements
    ]


def event_obs(events: list[Event], prefix: str = "") -> list[EventObs]:
    """Events as scorer observations."""
    return [
        EventObs(
            type=e.type,
            source=tuple(e.source),
            target=tuple(e.target),
            confidence=e.confidence,
            ref=prefix + e.id,
            mode=e.mode,
            reported=e.reported_by is not None,
        )
        for e in events
    ]


def to_relation(pair: PairScore) -> Relation:
    """The contract's relation record for a scored pair."""
    return Relation(
        a=pair.a,
        b=pair.b,
        agree=sorted(set(pair.agree)),
        disagree=sorted(set(pair.disagree)),
        cooperation=pair.cooperation,
        conflict=pair.conflict,
        score=round(pair.score, 4),
        evidence=pair.evidence,
    )


def relate_document(
    statements: list[Statement],
    events: list[Event],
    intensity: Mapping[str, Intensity] | None = None,
    actors: list[Actor] | None = None,
) -> list[Relation]:
    """Relations for every pair of actors that share an issue or an event in one document.

    ``agree``/``disagree`` list the shared issues; ``cooperation``/``conflict``
    count the events between the two; ``score`` weighs both (see ``scoring``).
    With ``actors``, events between states also weigh on their leaders' relation.
    """
    table = intensity if intensity is not None else default_intensity()
    leaders = leaders_of(actors) if actors else None
    pairs = score_pairs(stance_obs(statements), event_obs(events), table, leaders)
    return [to_relation(p) for _, p in sorted(pairs.items())]
