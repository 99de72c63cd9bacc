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

``alignment.relations.request_one_to_one``: a pair every piece of whose evidence is a
request (an event of a neutral type; a hostile request - "called for her resignation" - is
a DEMAND by then) is kept only where one of those requests has one asker and one
addressee, the two of the pair, read between them (not carried). Any signed evidence keeps
the pair as before: the rule never touches a pair that has it. It builds on session 62's
``alignment.sides.official_request_no_pair`` (the same neutral-only test) and generalises
session 52's ``alignment.relations.joint_peace_appeal_no_sign`` (several addressees, only
with CAMEO's words of de-escalation) to every joint request.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..rules import declare
from .intensity import Intensity
from .official_requests import _neutral_only
from .scoring import EventObs, PairScore

REQUEST_ONE_TO_ONE = declare(
    "alignment.relations.request_one_to_one",
    "a pair resting only on requests (events of a neutral type) is kept only where one of "
    "them has one asker and one addressee, the two of the pair, read between them: a joint "
    "appeal ('the US, the EU and the G8 called on India and Pakistan to exercise restraint') "
    "or a request carried from a leader to his state relates nobody; signed evidence keeps a "
    "pair as before (session 66 RS, issue 14)",
    order=12.7,
)


def _one_to_one(pair: PairScore, parties: Mapping[str, tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Whether a request of the pair has its two ends as its one asker and one addressee,
    read between them (no carry, no voice)."""
    ends = {pair.a, pair.b}
    for obs in pair.observations:
        if obs.via:
            continue
        for ref in obs.refs:
            if ref not in parties:
                continue
            source, target = parties[ref]
            if len(source) == 1 and len(target) == 1 and source | target == ends:
                return True
    return False


def drop_joint_requests(
    pairs: Mapping[tuple[str, str], PairScore],
    acts: Iterable[EventObs],
    table: Mapping[str, Intensity],
) -> dict[tuple[str, str], PairScore]:
    """Rule ``alignment.relations.request_one_to_one``: ``pairs`` without those resting
    only on requests none of which is one asker's of the one other (``acts``: the events as
    the scorer read them, their parties after the document's name joins)."""
    parties = {a.ref: (frozenset(a.source), frozenset(a.target)) for a in acts}
    return {
        k: p
        for k, p in pairs.items()
        if not (_neutral_only(p, table) and not _one_to_one(p, parties))
    }
