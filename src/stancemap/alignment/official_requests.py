"""A request between an official and her own organisation is no relation (session 62 RS).

Issue 14. Session 61's blind A/B of ``actors.coref.titled_surname`` (text-free causes,
``bench/data/firing/check_s61_bbc_round2_rh_j*.json``): once "Mrs X" joined "X, the
director of the charity", the relation stage set the kidnapped director against her own
charity ("hostage urging her own employer; one side, no opposition", both judges). The
actors stage records the title as an official tie (``actors.affiliation``: "X, the head of
Oxfam in Kenya"), which makes no side on purpose (session 24: an official can fall out
with her organisation). What turned her against it is a request: a REQUEST is *neutral*
in ``data/stances/intensity.tsv`` but scores -0.1, so "she urged the charity to close its
office" read opposed. The relations tune files hold the same shape with other ends
("Johnson urges Ken to stand firm", "Phillips calls on Mr Clarke to denounce ..."): a
request alone says the two dealt with each other, not which way they lean.

``alignment.sides.official_request_no_pair``: a pair of a person and an organisation the
text names her an official or staff of, resting only on events of a neutral type
(requests; a hostile request - "called for her resignation" - is a DEMAND by then), is no
pair. Any other evidence (an accusation, a position) keeps it: a rift stays news.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import Actor
from ..rules import declare
from .intensity import Intensity
from .scoring import PairScore

OFFICIAL_REQUEST = declare(
    "alignment.sides.official_request_no_pair",
    "a person and an organisation the text names her an official or staff of ('X, the "
    "director of CARE International'), related only by requests (events of a neutral type: "
    "'Mrs X urged CARE to close its office'), are no pair: she speaks to her own side; any "
    "signed evidence keeps the pair (session 62 RS, issue 14)",
    order=12.6,
)

_EVENT = "event"


def _ties(actors: Iterable[Actor]) -> set[tuple[str, str]]:
    """(person, organisation) pairs, sorted, that the text names an official or staff tie."""
    out: set[tuple[str, str]] = set()
    for actor in actors:
        for tie in actor.affiliations or ():
            if tie.actor != actor.id and tie.kind != "member":  # staff and officials only
                a, b = sorted((actor.id, tie.actor))
                out.add((a, b))
    return out


def _neutral_only(pair: PairScore, table: Mapping[str, Intensity]) -> bool:
    """Every observation of the pair an event of a type the table calls neutral."""
    if not pair.observations:
        return False
    for obs in pair.observations:
        info = table.get(obs.key.upper()) if obs.kind == _EVENT else None
        if info is None or info.relation != "neutral":
            return False
    return True


def drop_official_requests(
    pairs: Mapping[tuple[str, str], PairScore],
    actors: Iterable[Actor],
    table: Mapping[str, Intensity],
) -> dict[tuple[str, str], PairScore]:
    """Rule ``alignment.sides.official_request_no_pair``: ``pairs`` without an official (or
    staff) and her organisation resting on neutral requests alone."""
    ties = _ties(actors)
    if not ties:
        return dict(pairs)
    return {
        k: p for k, p in pairs.items() if not ((min(k), max(k)) in ties and _neutral_only(p, table))
    }
