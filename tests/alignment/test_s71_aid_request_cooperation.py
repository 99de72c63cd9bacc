"""Session 71 (CS, issue 14): ``alignment.score.aid_request_cooperation`` (ships off).

A request coded as an appeal or a demand for aid (CAMEO 023x, 103x) weighs as SUPPORT
between the asker and the one asked, not as a request's weak sign against it; a request of
another code keeps its weight. Each test reads the rule on and off. Sentences and records
written for these tests.
"""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment import relate_document
from stancemap.alignment.aid_requests import AID_REQUEST, aid_requests
from stancemap.records import Actor, Event, Span
from stancemap.rules import RuleSwitches

RULE = "alignment.score.aid_request_cooperation"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s71cs-aid", "2017-03-01")


def test_asking_another_state_for_help_is_no_sign_against_it() -> None:
    text = "Ukraine called on NATO to provide weapons to its army."
    pair = frozenset(("Ukraine", "NATO"))
    assert pairs(text, False)[pair] < 0  # a request's weak sign against the one asked
    assert pairs(text, True)[pair] > 0


def test_a_request_of_another_kind_keeps_its_sign() -> None:
    text = "Israel asked the United States to veto the draft resolution."
    assert pairs(text, True) == pairs(text, False)


TEXT = "The Marlan government asked the Tessian Republic for emergency food aid on Monday."


def _at(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), text=word)


ACTORS = [
    Actor(
        id="agent:mrl:gov",
        name="Marlan government",
        type="organization",
        mentions=[_at("Marlan government")],
    ),  # fmt: skip
    Actor(
        id="country:TSR",
        name="Tessian Republic",
        type="country",
        mentions=[_at("Tessian Republic")],
    ),  # fmt: skip
]


def _request(cameo: str) -> Event:
    return Event(id="e1", type="REQUEST", cameo=cameo, trigger=_at("asked"),
                 source=["agent:mrl:gov"], target=["country:TSR"], confidence=0.8,
                 evidence=_at(TEXT))  # fmt: skip


def _score(cameo: str, on: bool) -> float:
    switches = RuleSwitches.shipped(on=[AID_REQUEST] if on else [], off=[] if on else [AID_REQUEST])
    rels = relate_document([], [_request(cameo)], actors=ACTORS, switches=switches)
    assert len(rels) == 1
    return rels[0].score


def test_records_aid_codes_read_as_support() -> None:
    assert aid_requests([_request("0233")]) == {"e1"}
    assert aid_requests([_request("103")]) == {"e1"}
    assert aid_requests([_request("102")]) == set()  # diplomatic cooperation: a demand of policy
    assert _score("0233", False) < 0 < _score("0233", True)
    assert _score("020", True) == _score("020", False) < 0
