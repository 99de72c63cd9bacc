"""Session 50 (RE, issue 14): ``alignment.relations.restraint_no_position`` (ships off).

A position for another actor resting only on negated events ("has not accused Y", "did
not attack Y") is no evidence of a relation; a negative position read from a negated
friendly act ("will not be supporting Y") keeps its sign. Each test reads the rule on and
off. Sentences and records written for these tests.
"""

from __future__ import annotations

from said_records import AT

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment.restraint import restraints, without_restraints
from stancemap.records import Event, Issue, Span, Statement

RULE = "alignment.relations.restraint_no_position"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s50re-r", "2016-05-02")


def test_an_accusation_not_made_is_no_relation() -> None:
    text = (
        "Germany has not publicly accused China of being behind the cyber attack on its parliament."
    )
    pair = frozenset(("China", "Germany"))
    assert pairs(text, False)[pair] > 0  # the restraint read as a sign for China
    assert pair not in pairs(text, True)


def test_an_attack_not_made_is_no_relation() -> None:
    text = (
        "Senator Elizabeth Warren did not attack Joe Biden directly in her speech on Tuesday night."
    )
    pair = frozenset(("Elizabeth Warren", "Joe Biden"))
    assert pairs(text, False)[pair] > 0
    assert pair not in pairs(text, True)


def test_the_accusation_made_stays() -> None:
    text = "Germany accused China of being behind the cyber attack on its parliament."
    assert pairs(text, True)[frozenset(("China", "Germany"))] < 0


def _event(eid: str, mode: str | None) -> Event:
    return Event(
        id=eid, type="ACCUSE", mode=mode, trigger=AT, source=["a"], target=["b"], confidence=0.8
    )


def _position(sid: str, polarity: int, evidence: list[str]) -> Statement:
    return Statement(
        id=sid,
        actor="a",
        issue=Issue(id="alignment:b", label="x"),
        polarity=polarity,
        evidence=evidence,
        confidence=0.5,
        text=Span(start=0, end=3, text="abc"),
        target="b",
        target_kind="actor",
        mode="negated",
    )


def test_restraints_are_positive_positions_on_negated_events_alone() -> None:
    events = [_event("e1", "negated"), _event("e2", None)]
    statements = [
        _position("s1", 1, ["e1"]),  # did not accuse: dropped
        _position("s2", -1, ["e1"]),  # a negative position: kept
        _position("s3", 1, ["e1", "e2"]),  # a real event beside it: kept
        _position("s4", 1, ["q1"]),  # read from a quote: kept
        _position("s5", 1, []),  # no evidence named: kept
    ]
    assert restraints(statements, events) == {"s1"}
    assert [s.id for s in without_restraints(statements, events)] == ["s2", "s3", "s4", "s5"]
