"""A neutral request yields to a pair's signed evidence (session 57, engineer RA).

"Senator X urged Y to adopt his plan, and his aides said he would campaign for her": the
events stage reads a REQUEST (X asks Y) and a future AGREE (X for Y). The intensity table
(``data/stances/intensity.tsv``) calls a request *neutral* - it says the two dealt with
each other, not which way they lean - but scores it -0.1 at an asserted event's full
weight, while the promise to campaign, future, weighs its mode weight. The neutral request
then decides the pair's sign (-0.008 on the relation set's rel-727, judged aligned).

``alignment.relations.request_beside_signed``: in a pair that also holds evidence that
leans - an event of a cooperation or conflict type, or a position or shared issue with a
sign - the neutral requests between the two weigh with no sign (value 0; their weight and
evidence stay, so the pair still shows them); a pair resting on requests alone keeps
their sign (unsigning those too is ``alignment.relations.neutral_no_sign``, off since
session 16, whose blind A/B was 3/3). A hostile request ("called for the
resignation of Y") is a DEMAND by then (``alignment.score.hostile_request``) and is not
touched; a request made with a verb of advice is gone before (``advice_no_sign``).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..rules import declare
from .intensity import Intensity
from .scoring import PairScore

REQUEST_BESIDE_SIGNED = declare(
    "alignment.relations.request_beside_signed",
    "a neutral request between two actors ('urged Y to adopt his plan': relation 'neutral' "
    "in data/stances/intensity.tsv) weighs with no sign (its weight and evidence kept) in a "
    "pair that has evidence which leans - "
    "an event of a cooperation or conflict type, or a signed position or shared issue "
    "('his aides said he would campaign for her'); a pair of requests alone keeps them "
    "(session 57 RA)",
)

EVENT = "event"


def _neutral(obs_kind: str, key: str, table: Mapping[str, Intensity]) -> bool:
    """Whether an observation is an event of a type the table calls neutral."""
    if obs_kind != EVENT:
        return False
    info = table.get(key.upper())
    return info is not None and info.relation == "neutral"


def requests_yield(
    pairs: Mapping[tuple[str, str], PairScore], table: Mapping[str, Intensity]
) -> dict[tuple[str, str], PairScore]:
    """``pairs`` with each pair's neutral-event observations unsigned (value 0, weight and
    evidence kept) where another of its observations leans (a non-zero value of a
    non-neutral kind); changed in place."""
    for pair in pairs.values():
        neutral = [o for o in pair.observations if _neutral(o.kind, o.key, table)]
        if not neutral:
            continue
        leaning = [
            o
            for o in pair.observations
            if not _neutral(o.kind, o.key, table) and o.value != 0 and o.weight > 0
        ]
        if leaning:
            for obs in neutral:
                obs.value = 0.0
    return dict(pairs)
