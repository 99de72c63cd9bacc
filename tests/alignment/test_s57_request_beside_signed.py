"""Session 57 (RA): a neutral request yields to a pair's signed evidence.

``alignment.relations.request_beside_signed``: a request between two actors (neutral in
the intensity table) weighs with no sign where the pair holds evidence that leans; a pair
of requests alone keeps the request's sign. The rule is switched on and off explicitly.
Sentences written for these tests."""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment.intensity import default_intensity
from stancemap.alignment.request_beside import requests_yield
from stancemap.alignment.scoring import Observation, PairScore
from stancemap.pipeline import Analyzer

RULE = "alignment.relations.request_beside_signed"
DATE = "2024-05-10"
WARREN_BIDEN = frozenset(("Elizabeth Warren", "Joe Biden"))
ASKED = "Senator Elizabeth Warren urged Joe Biden to adopt her plan for student debt"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s57ra", DATE)


def test_a_promise_to_campaign_is_not_outweighed_by_the_request() -> None:
    text = ASKED + ", and her aides said she would campaign for him in the fall."
    assert pairs(text, rule_analyzer(RULE, False))[WARREN_BIDEN] < 0
    assert pairs(text, rule_analyzer(RULE, True))[WARREN_BIDEN] > 0


def test_a_request_alone_keeps_its_sign() -> None:
    text = ASKED + "."
    off, on = pairs(text, rule_analyzer(RULE, False)), pairs(text, rule_analyzer(RULE, True))
    assert on == off
    assert on[WARREN_BIDEN] < 0


def test_a_request_beside_criticism_stays_opposed() -> None:
    text = ASKED + ", and she criticized his record on banks."
    assert pairs(text, rule_analyzer(RULE, False))[WARREN_BIDEN] < 0
    assert pairs(text, rule_analyzer(RULE, True))[WARREN_BIDEN] < 0


def _obs(value: float, kind: str, key: str) -> Observation:
    return Observation(value, 1.0, kind, key, [f"{key}-1"])


def test_only_neutral_events_are_unsigned_and_only_beside_a_lean() -> None:
    table = default_intensity()
    leaning = PairScore(
        "a", "b", observations=[_obs(-0.1, "event", "REQUEST"), _obs(0.3, "event", "SUPPORT")]
    )
    unsigned = PairScore(
        "a", "c", observations=[_obs(-0.1, "event", "REQUEST"), _obs(0.0, "issue", "x")]
    )
    demand = PairScore(
        "a", "d", observations=[_obs(-0.3, "event", "DEMAND"), _obs(0.5, "event", "AGREE")]
    )
    out = requests_yield({("a", "b"): leaning, ("a", "c"): unsigned, ("a", "d"): demand}, table)
    assert [o.value for o in out[("a", "b")].observations] == [0.0, 0.3]
    assert out[("a", "b")].evidence == ["REQUEST-1", "SUPPORT-1"]  # the request stays evidence
    assert [o.value for o in out[("a", "c")].observations] == [-0.1, 0.0]
    assert [o.value for o in out[("a", "d")].observations] == [-0.3, 0.5]
