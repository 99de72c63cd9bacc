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

- ``alignment.score.direct_sign_over_shared``: where a pair holds direct evidence - an
  event one did to the other, or one's position towards the other - its sign is that
  evidence's; a co-stance of the other sign is dropped from the pair: a shared issue or
  proposition always ("Trump attacked Rubio", both against illegal immigration; tune s24,
  s52lee: 3 judged wrong signs turned), a shared third party only where the direct
  evidence holds a position ("Green Party leader X criticised Brown", both attacked the
  Tories: opposed, before +0.05). Events alone do not outweigh a shared third party: the
  events stage misreads targets ("deplores the violation of Georgia's sovereignty" read as
  against Georgia, beside the US and Georgia both against Russia: tune s52lee, 3 right
  readings kept so).
- ``alignment.score.party_co_critics_alone_no_pair``: a pair resting only on both being
  against one third party, one of them a political party, is no pair. When a party
  speaks ("the Tories said Blair lied", ``stances.claims.party_voice``), every other
  critic of the same target - its own chairman, the rival parties - became its ally:
  "Liam Fox ~ Conservative Party +", "Lib Dem ~ Conservative Party +" (BBC politics tune,
  both gone). A party and its own officer are one side; two rival parties attacking one
  government are rivals, not allies. Session 38's wider ``co_critics_alone_no_pair``
  (every co-critic pair) lost right pairs on PolNeAR (two critics of one candidate judged
  allied); this one needs a party at one end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import Actor, is_agent_id
from ..rules import declare
from ..stances.issues import parse_issue_id
from .scoring import ALIGNMENT, PairScore, congruence_alone

DIRECT_OVER_SHARED = declare(
    "alignment.score.direct_sign_over_shared",
    "a pair with direct evidence between the two (an event of one on the other, a position "
    "of one towards the other) takes its sign from it: a co-stance of the other sign is "
    "dropped from the pair - one on an issue or proposition always, one towards a third "
    "party where the direct evidence holds a position ('X criticised Y; X and Y both "
    "attacked Z' read X ~ Y aligned: an accusation weighs -0.3, a co-stance +1) (session "
    "62 RS, issue 14)",
    order=8.8,
)
PARTY_CO_CRITICS = declare(
    "alignment.score.party_co_critics_alone_no_pair",
    "two actors resting only on both being against one third party are no pair where one "
    "of them is a political party (the party sector, or named '... Party'): its own "
    "officer is its side, a rival party no ally ('the Tories said Blair lied' beside 'Tory "
    "co-chairman Liam Fox accused Blair', 'the Lib Dems accuse Mr Blair') (session 62 RS, "
    "issue 14)",
    order=8.9,
)

_PARTY_SECTOR = "PTY"
_PARTY_TYPES = frozenset({"organization", "group"})
_PARTY_HEAD = "party"
_CRITICS = "critics"
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
        # events alone (no position read from them) outweigh a shared issue, not a shared
        # third party: 'deplores the violation of Georgia's sovereignty' misread as
        # against Georgia, beside the US and Georgia both against Russia (tune s52lee)
        positioned = any(o.kind == _POSITION for o in direct)
        against = [
            o
            for o in pair.observations
            if o.shared
            and _sign(o.value) == -lean
            and (positioned or parse_issue_id(o.key)[0] != ALIGNMENT)
        ]
        if not against:
            continue
        pair.observations = [o for o in pair.observations if o not in against]
        kept = {o.key for o in pair.observations}
        gone = {o.key for o in against} - kept
        pair.agree = [i for i in pair.agree if i not in gone]
        pair.disagree = [i for i in pair.disagree if i not in gone]
    return dict(pairs)


def is_political_party(actor: Actor) -> bool:
    """A named political party: an organisation or group (no generic agent) of the party
    sector, or an organisation whose name ends in 'Party'."""
    if is_agent_id(actor.id) or actor.type not in _PARTY_TYPES:
        return False
    if actor.sector == _PARTY_SECTOR:
        return True
    words = (actor.name or "").split()
    return actor.type == "organization" and bool(words) and words[-1].lower() == _PARTY_HEAD


def drop_party_co_critics(
    pairs: Mapping[tuple[str, str], PairScore], actors: Iterable[Actor]
) -> dict[tuple[str, str], PairScore]:
    """Rule ``alignment.score.party_co_critics_alone_no_pair``: ``pairs`` without those
    resting only on both being against one third party where one end is a party."""
    parties = {a.id for a in actors if is_political_party(a)}
    return {
        k: p for k, p in pairs.items() if not (parties & set(k) and congruence_alone(p) == _CRITICS)
    }
