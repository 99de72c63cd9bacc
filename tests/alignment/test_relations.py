"""Per-document relations from statements and events built by hand."""

from __future__ import annotations

import pytest

from stancemap.alignment import relate_document
from stancemap.alignment.intensity import default_intensity
from stancemap.records import Event, Issue, Span, Statement

TRIGGER = Span(start=0, end=0, text="")


def st(sid: str, actor: str, issue: str, polarity: int, confidence: float = 1.0) -> Statement:
    return Statement(
        id=sid,
        actor=actor,
        issue=Issue(id=issue, label=issue),
        polarity=polarity,  # type: ignore[arg-type]
        evidence=[],
        confidence=confidence,
    )


def ev(eid: str, etype: str, src: str, tgt: str, mode: str | None = None) -> Event:
    return Event(
        id=eid, type=etype, mode=mode, trigger=TRIGGER, source=[src], target=[tgt], confidence=1.0
    )


def test_agreement_and_disagreement_are_listed_by_issue() -> None:
    statements = [
        st("s1", "kaz", "recognition:dpr", -1),
        st("s2", "rus", "recognition:dpr", 1),
        st("s3", "kaz", "war", -1),
        st("s4", "rus", "war", -1),
    ]
    (rel,) = relate_document(statements, [])
    assert (rel.a, rel.b) == ("kaz", "rus")
    assert rel.disagree == ["recognition:dpr"]
    assert rel.agree == ["war"]
    assert rel.score == pytest.approx(0.0)
    assert set(rel.evidence) == {"s1", "s2", "s3", "s4"}


def test_disagreements_outweigh_one_cooperative_event() -> None:
    statements = [
        st(f"s{i}{a}", a, issue, pol)
        for i, issue in enumerate(("x", "y", "z"))
        for a, pol in (("p", 1), ("t", -1))
    ]
    events = [ev("e1", "AID", "p", "t")]
    (rel,) = relate_document(statements, events)
    assert rel.cooperation == 1 and rel.conflict == 0
    assert sorted(rel.disagree) == ["x", "y", "z"]
    assert -1.0 < rel.score < -0.5  # the aid softens, but does not undo, three disagreements


def test_event_intensity_sets_the_sign_of_an_event_only_relation() -> None:
    rels = relate_document([], [ev("e1", "ASSAULT", "a", "b"), ev("e2", "AGREE", "c", "d")])
    by_pair = {(r.a, r.b): r for r in rels}
    assert by_pair[("a", "b")].conflict == 1 and by_pair[("a", "b")].score < -0.5
    assert by_pair[("c", "d")].cooperation == 1 and by_pair[("c", "d")].score > 0


def test_negated_events_are_not_acts_between_actors() -> None:
    assert relate_document([], [ev("e1", "ASSAULT", "a", "b", mode="negated")]) == []


def test_neutral_positions_make_no_shared_issue() -> None:
    assert relate_document([st("s1", "a", "x", 0), st("s2", "b", "x", 1)], []) == []


def test_mixed_positions_weaken_the_agreement() -> None:
    statements = [st("s1", "a", "x", 1), st("s2", "a", "x", -1, 0.5), st("s3", "b", "x", 1)]
    (rel,) = relate_document(statements, [])
    assert rel.agree == ["x"]
    assert 0 < rel.score < 1


def test_intensity_table_orders_cooperation_above_conflict() -> None:
    table = default_intensity()
    assert (
        table["AID"].value
        > table["CONSULT"].value
        > 0
        > table["ACCUSE"].value
        > table["ASSAULT"].value
    )
    assert all(-10 <= i.value <= 10 for i in table.values())
