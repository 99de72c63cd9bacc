"""What the two say or do to each other signs a pair, not a third party (session 62 RS).

Issue 14, relation signs. Two session-61 rules were judged right at their own job and
stayed off because the relation stage then signed pairs wrong (blind A/B causes,
``bench/data/firing/check_s61_*_qs_j*.json`` and ``*_rh_j*.json``): "the Greens criticise
Brown" read aligned, "Tories press Blair" read aligned, "Crean criticises Hollingworth"
read aligned twice, "the county GOP chairman and his party" related. Traced on the BBC
politics tune articles (``bench/firing_sample.py fire --part tune --source bbc``) and on
sentences written for the tests, the sign comes from the co-stance of
``alignment.scoring.score_pairs``: two actors both against a third party ("X and Y both
attacked Z") are read as one shared stance, an observation of value +1 (the product of
their polarities), while an event between the two weighs its intensity over ten (an
accusation -0.3). So:

- ``alignment.score.direct_sign_over_shared``: where a pair holds a position of one towards
  the other (a statement, often read from an accusation or praise between them), its sign
  is the direct evidence's; a co-stance of the other sign towards a third party is dropped
  from the pair ("Green Party leader X criticised Brown", and both attacked the Tories:
  opposed; before +0.05, aligned). Two wider forms were measured and left: events alone
  outweighing a shared third party lost 3 right readings on tune s52lee ("deplores the
  violation of Georgia's sovereignty" misread as against Georgia, beside the US and Georgia
  both against Russia); a shared issue or proposition yielding to direct evidence turned 3
  judged wrong signs on tune (s24, s52lee) but 2 right readings of a Lee check file
  (relations_check_s51lee2: right 50 -> 48, wrong 21 -> 20), so it is not in the rule.
A second rule, a party and another critic of its target as no pair ("the Tories said Blair
lied" beside "Tory co-chairman Liam Fox accused Blair": "Liam Fox ~ Conservative Party +",
"Lib Dem ~ Conservative Party +" on the BBC politics tune pool with
``stances.claims.party_voice`` on), dropped 1 right and 1 no-relation reading of a PolNeAR
check file (relations_check_s47) and nothing on any tune file: it was removed (session 62).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..rules import declare
from ..stances.issues import parse_issue_id
from .scoring import ALIGNMENT, PairScore

DIRECT_OVER_SHARED = declare(
    "alignment.score.direct_sign_over_shared",
    "a pair holding a position of one towards the other takes its sign from its direct "
    "evidence: a co-stance of the other sign towards a third party is dropped from the "
    "pair ('X criticised Y; X and Y both attacked Z' read X ~ Y aligned: an accusation "
    "weighs -0.3, a co-stance +1); shared issues stay (session 62 RS, issue 14)",
    order=8.8,
)

_POSITION = "issue"  # an observation of one's position (towards the other, for direct ones)


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def direct_over_shared(
    pairs: Mapping[tuple[str, str], PairScore],
) -> dict[tuple[str, str], PairScore]:
    """Rule ``alignment.score.direct_sign_over_shared``: in each pair whose direct
    observations (not ``shared``) lean one way, the co-stances of the other sign go (and
    their issues from ``agree`` / ``disagree`` where nothing else holds them); changed in
    place."""
    for pair in pairs.values():
        direct = [o for o in pair.observations if not o.shared and o.weight > 0]
        lean = _sign(sum(o.weight * o.value for o in direct))
        if lean == 0:
            continue
        # only a position between the two outweighs a shared third party: an event alone
        # is misread too often ('deplores the violation of Georgia's sovereignty' read as
        # against Georgia, beside the US and Georgia both against Russia: tune s52lee), and
        # a shared issue yielding to events turned 2 right readings on a check file
        if not any(o.kind == _POSITION for o in direct):
            continue
        against = [
            o
            for o in pair.observations
            if o.shared and _sign(o.value) == -lean and parse_issue_id(o.key)[0] == ALIGNMENT
        ]
        if not against:
            continue
        pair.observations = [o for o in pair.observations if o not in against]
        kept = {o.key for o in pair.observations}
        gone = {o.key for o in against} - kept
        pair.agree = [i for i in pair.agree if i not in gone]
        pair.disagree = [i for i in pair.disagree if i not in gone]
    return dict(pairs)
