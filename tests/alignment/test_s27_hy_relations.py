"""Session 27 (engineer HY, issue 14): what a relation rests on.

- ``alignment.score.unreal_evidence``: a relation whose every piece of evidence is of a
  mode of what has not happened (hypothetical, conditional, future) scores the mode's
  weight times its sign, not +-1;
- ``alignment.relations.unreal_no_relation``: ... or is no relation at all;
- a group named only by its allegiance ("Sanders supporters") stays a party to a relation
  (session 40 CV removed ``alignment.relations.followers_no_party``: it dropped right
  relations on the blind checks);
- ``alignment.sides.owned_body_rift``: with ``owned_body``, a person at odds with a body
  of their own keeps the relation; support between them is the side itself.

Records and passages written for these tests.
"""

from __future__ import annotations

import pytest

from relation_probe import relation_score
from stancemap.alignment import relate_document
from stancemap.alignment.relations import reality_of
from stancemap.records import Actor, Event, Issue, Quote, Span, Statement
from stancemap.rules import RuleSwitches

SHRINK = "alignment.score.unreal_evidence"
DROP = "alignment.relations.unreal_no_relation"
OWNED = "alignment.sides.owned_body"
RIFT = "alignment.sides.owned_body_rift"
NEW = (SHRINK, DROP, OWNED, RIFT)
TRIGGER = Span(start=0, end=0, text="")


def _switches(*on: str) -> RuleSwitches:
    """The shipped rules with the session-27 ones named on and the others off (session
    64: not every rule on but these, so a rule shipped off later changes no test here)."""
    return RuleSwitches.shipped(on=on, off=[r for r in NEW if r not in on])


def _ev(eid: str, kind: str, src: str, tgt: str, mode: str | None = None) -> Event:
    return Event(
        id=eid, type=kind, mode=mode, trigger=TRIGGER, source=[src], target=[tgt], confidence=1.0
    )


PEOPLE = [
    Actor(id="person:a", name="A", type="person", country="USA"),
    Actor(id="person:b", name="B", type="person", country="USA"),
    Actor(id="person:c", name="C", type="person", country="USA"),
]


def _score(rels: list, a: str, b: str) -> float | None:  # type: ignore[type-arg]
    for r in rels:
        if {r.a, r.b} == {a, b}:
            return float(r.score)
    return None


# -- unreal evidence -----------------------------------------------------------------------


def test_hypothetical_evidence_alone_scores_towards_zero() -> None:
    events = [_ev("e1", "ACCUSE", "person:a", "person:b", mode="hypothetical")]
    off = _score(relate_document([], events, actors=PEOPLE, switches=_switches()), *_ab())
    on = _score(relate_document([], events, actors=PEOPLE, switches=_switches(SHRINK)), *_ab())
    assert off is not None and on is not None
    assert off == pytest.approx(-0.3)  # the event's own value: its mode weighed only its weight
    assert on == pytest.approx(-0.3 * 0.3)  # hypothetical weighs 0.3 (constants mode_weight)


def _ab() -> tuple[str, str]:
    return "person:a", "person:b"


def test_evidence_of_the_story_s_own_mode_keeps_the_score() -> None:
    events = [
        _ev("e1", "ACCUSE", "person:a", "person:b", mode="hypothetical"),
        _ev("e2", "ACCUSE", "person:a", "person:b"),
    ]
    off = _score(relate_document([], events, actors=PEOPLE, switches=_switches()), *_ab())
    on = _score(relate_document([], events, actors=PEOPLE, switches=_switches(SHRINK)), *_ab())
    assert off == on == pytest.approx(-0.3)


def test_historical_evidence_is_real() -> None:
    events = [_ev("e1", "ACCUSE", "person:a", "person:b", mode="historical")]
    on = _score(relate_document([], events, actors=PEOPLE, switches=_switches(SHRINK)), *_ab())
    assert on == pytest.approx(-0.3)


def test_a_relation_of_unreal_evidence_alone_is_dropped() -> None:
    events = [
        _ev("e1", "ACCUSE", "person:a", "person:b", mode="future"),
        _ev("e2", "ACCUSE", "person:a", "person:c"),
    ]
    rels = relate_document([], events, actors=PEOPLE, switches=_switches(DROP))
    assert _score(rels, *_ab()) is None
    assert _score(rels, "person:a", "person:c") == pytest.approx(-0.3)
    kept = relate_document([], events, actors=PEOPLE, switches=_switches())
    assert _score(kept, *_ab()) == pytest.approx(-0.3)


def test_a_statement_resting_only_on_unreal_events_is_unreal() -> None:
    issue = Issue(id="alignment:person:b", label="B")
    events = [_ev("e1", "ACCUSE", "person:a", "person:b", mode="conditional")]
    only_event = Statement(
        id="s1", actor="person:a", issue=issue, polarity=-1, evidence=["e1"], confidence=0.8
    )
    with_quote = only_event.model_copy(update={"id": "s2", "evidence": ["e1", "q1"]})
    assert reality_of([only_event, with_quote], events) == {"e1": 0.3, "s1": 0.3}


def test_what_is_asked_or_a_speaker_s_own_intention_is_real() -> None:
    # "Merkel said Navalny should receive treatment": the asking happened;
    # "Sarkozy said he would vote for Macron": his position, taken now
    asked = _ev("e1", "DEMAND", "person:a", "person:b", mode="hypothetical")
    own = _ev("e2", "AGREE", "person:a", "person:c", mode="future").model_copy(
        update={"reported_by": "q1"}
    )
    told = _ev("e3", "AGREE", "person:b", "person:c", mode="future").model_copy(
        update={"reported_by": "q1"}
    )
    quote = Quote(
        id="q1",
        kind="direct",
        speaker="person:a",
        content=Span(start=0, end=4, text="text"),
        confidence=1.0,
    )
    assert reality_of([], [asked, own, told], [quote]) == {"e3": 0.5}
    rels = relate_document(
        [], [asked, own, told], actors=PEOPLE, quotes=[quote], switches=_switches(DROP)
    )
    assert {(r.a, r.b) for r in rels} == {("person:a", "person:b"), ("person:a", "person:c")}


# -- followers and opponents ---------------------------------------------------------------


def test_supporters_a_candidate_courts_are_a_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Donald Trump praised Bernie Sanders supporters at a rally in Ohio on Monday."
    assert relation_score(analyzer, text, "Trump", "Sanders supporter") is not None


# -- own side: a rift is news ----------------------------------------------------------------

OWNERS = [
    Actor(id="person:x", name="X", type="person", country="USA"),
    Actor(id="agent:usa:pty", name="X's party", type="group", sector="PTY", owned_by=["person:x"]),
]


@pytest.mark.parametrize(("kind", "rift_kept"), [("ACCUSE", True), ("SUPPORT", False)])
def test_a_rift_with_one_s_own_body_stays(kind: str, rift_kept: bool) -> None:
    events = [_ev("e1", kind, "person:x", "agent:usa:pty")]
    owned = relate_document([], events, actors=OWNERS, switches=_switches(OWNED))
    assert owned == []  # owned_body alone: one side, whatever the sign
    rift = relate_document([], events, actors=OWNERS, switches=_switches(OWNED, RIFT))
    assert bool(rift) is rift_kept
