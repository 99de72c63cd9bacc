"""A request gives a document's relation no sign (``alignment.relations.neutral_no_sign``):
"X asked Y to ..." says the two dealt with each other, not which way they lean."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Event, Span
from stancemap.rules import RuleSwitches

RULE = "alignment.relations.neutral_no_sign"  # shipped off
# the shipped rules with the rule on and off (session 64: not every rule on but these, so
# a rule shipped off later, such as session 63's direct_evidence_weight, changes neither)
ON = RuleSwitches.shipped(on=[RULE])
OFF = RuleSwitches.shipped(off=[RULE])
TRIGGER = Span(start=0, end=0, text="")


def ev(eid: str, etype: str, src: str, tgt: str) -> Event:
    return Event(
        id=eid, type=etype, mode=None, trigger=TRIGGER, source=[src], target=[tgt], confidence=1.0
    )


def test_a_request_alone_makes_no_relation() -> None:
    asked = [ev("e1", "REQUEST", "campaign", "moderator")]
    assert relate_document([], asked, switches=ON) == []
    (old,) = relate_document([], asked, switches=OFF)
    assert old.score < 0  # off: the request's small negative intensity signs the pair


def test_a_request_beside_an_accusation_is_no_evidence() -> None:
    events = [ev("e1", "ACCUSE", "mayor", "governor"), ev("e2", "REQUEST", "mayor", "governor")]
    (rel,) = relate_document([], events, switches=ON)
    assert rel.evidence == ["e1"] and rel.conflict == 1
    (accused,) = relate_document([], events[:1], switches=ON)
    assert rel.score == accused.score
    (old,) = relate_document([], events, switches=OFF)
    assert "e2" in old.evidence


def test_a_request_beside_praise_does_not_pull_the_pair_apart() -> None:
    events = [ev("e1", "SUPPORT", "union", "minister"), ev("e2", "REQUEST", "union", "minister")]
    (rel,) = relate_document([], events, switches=ON)
    (old,) = relate_document([], events, switches=OFF)
    assert rel.score > old.score > 0


def test_a_demand_still_signs_the_pair() -> None:
    # only the neutral type loses its sign: a demand is conflict in the intensity table
    (rel,) = relate_document([], [ev("e1", "DEMAND", "protesters", "council")], switches=ON)
    assert rel.score < 0
