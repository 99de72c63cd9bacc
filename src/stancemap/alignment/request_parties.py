"""A request relates only the one who asks and the one asked (session 66 RS, issue 14).

A REQUEST is *neutral* in ``data/stances/intensity.tsv`` (-1: it scores -0.1), so a pair
resting on requests alone is reported as faintly opposed. Where one party asks one other
("the Lib Dems called for Mr Hain to make a statement", "Cable urged Mr Brown to open the
books") the judges of the relations tune files mostly sign it so: a demand between
opponents. But session 66 RS's count of the TUNE files (every relation resting on requests
alone, by how the request names its parties) found two shapes that are almost never a
relation, whatever the words:

- a joint request - several askers, or several parties asked: "The United States, the
  European Union and the G8 have all called on India and Pakistan to exercise restraint"
  (six pairs), "Mr Ford and Mr Kissinger called in ... from a summit in Beijing": 12 of 13
  judged not right (third parties appealing, not sides; one right: a call for an
  investigation of two bodies);
- a request that reaches the pair only carried, from a leader to his state or from a
  spokesperson's voice: 2 of 2 not right ("carried from appeal for restraint").

A single asker and a single addressee (14 no-relation/wrong, 12 right): left as it is -
dropping them loses right readings three to one on the net the lead counts.

The first form of the rule (session 66, ``request_one_to_one``: a pair resting only on
requests kept only where one of them has one asker and one addressee, the two of the pair,
read between them) dropped all three tune shapes (14 not right, 1 right lost) but, measured
on the judged relations check files (totals only), lost 14 right readings for 9 not-right
ones: a joint demand ("X and Y urged Z to ...") is mostly judged right - several askers
pressing one party are against it. What sets the India-Pakistan appeal apart is the other
end: one request to two parties at once is a third party's appeal to both sides, not a
side taken against either. So the rule kept is that one:

``alignment.relations.request_several_addressees``: a pair every piece of whose evidence is
a request (an event of a neutral type; a hostile request - "called for her resignation" -
is a DEMAND by then) is no pair where each of those requests is addressed to two or more
parties ("called on India and Pakistan to exercise restraint"); that holds for the pairs
carried from it to the addressees' leaders too. Any signed evidence, or one request to one
party alone, keeps the pair as before. It builds on session 62's
``alignment.sides.official_request_no_pair`` (the same neutral-only test) and generalises
session 52's ``alignment.relations.joint_peace_appeal_no_sign`` (the same shape, only with
CAMEO's words of de-escalation in the request) to every request to several parties.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..rules import declare
from .intensity import Intensity
from .official_requests import _neutral_only
from .scoring import EventObs, PairScore

SEVERAL_ADDRESSEES = declare(
    "alignment.relations.request_several_addressees",
    "a pair resting only on requests (events of a neutral type), each addressed to two or "
    "more parties, is no pair: 'the US, the EU and the G8 called on India and Pakistan to "
    "exercise restraint' is a third party's appeal to both sides, not a side taken against "
    "either (nor their leaders, by a carry); a request to one party alone, or signed "
    "evidence, keeps a pair as before (session 66 RS, issue 14)",
    order=12.7,
)


def _to_several(pair: PairScore, addressees: Mapping[str, int]) -> bool:
    """Whether every event the pair rests on is addressed to two or more parties."""
    refs = [ref for obs in pair.observations for ref in obs.refs]
    return bool(refs) and all(addressees.get(ref, 0) >= 2 for ref in refs)


def drop_several_addressees(
    pairs: Mapping[tuple[str, str], PairScore],
    acts: Iterable[EventObs],
    table: Mapping[str, Intensity],
) -> dict[tuple[str, str], PairScore]:
    """Rule ``alignment.relations.request_several_addressees``: ``pairs`` without those
    resting only on requests each addressed to two or more parties (``acts``: the events as
    the scorer read them, their parties after the document's name joins)."""
    addressees = {a.ref: len(set(a.target)) for a in acts}
    return {
        k: p
        for k, p in pairs.items()
        if not (_neutral_only(p, table) and _to_several(p, addressees))
    }


def drop_joint_appeals(
    pairs: Mapping[tuple[str, str], PairScore],
    appeals: frozenset[str],
    acts: Iterable[EventObs],
    table: Mapping[str, Intensity],
) -> dict[tuple[str, str], PairScore]:
    """Rule ``stances.relations.joint_appeal_addressees`` (session 67 RQ; the appeals read
    from the parse by ``stances/joint_appeals.py``): ``pairs`` without those every piece of
    whose evidence is a neutral request that the parse addresses to two or more joined
    parties, all its targets, two of whom the story sets against each other (their own
    pair scores below zero: "called on India and Pakistan to exercise restraint" - an
    appeal to both sides of a quarrel), the carries to the addressees' leaders included.
    Joined addressees with no quarrel between them ("urged X and Y to apologise") are
    pressed together, and keep their pairs."""
    if not appeals:
        return dict(pairs)
    addressees = {a.ref: sorted(set(a.target)) for a in acts if a.ref in appeals}

    def set_against(x: str, y: str) -> bool:
        pair = pairs.get((x, y)) or pairs.get((y, x))
        return pair is not None and pair.score < 0

    both_sides = {
        ref
        for ref, ends in addressees.items()
        if any(set_against(x, y) for i, x in enumerate(ends) for y in ends[i + 1 :])
    }

    def only_appeals(pair: PairScore) -> bool:
        refs = [ref for obs in pair.observations for ref in obs.refs]
        return bool(refs) and all(ref in both_sides for ref in refs)

    return {k: p for k, p in pairs.items() if not (_neutral_only(p, table) and only_appeals(p))}
