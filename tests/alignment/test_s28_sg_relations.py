"""Session 28 (engineer SG, issue 14): what an event between two parties says about them.

- ``alignment.sides.membership_act``: a person's act on an organisation whose trigger is a
  verb of membership or office (WordNet: join, found, head, chair, manage, serve ...) makes
  her one of its side: no relation from that event;
- ``alignment.score.contest_apart``: the subjects of a verb of contest with no object
  ("X, Y and Z are competing in the lane") are not rivals by the coordination.

Records written for these tests.
"""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.relations import MEMBERSHIP_FORMS, contest_events, membership_events
from stancemap.records import Actor, Event, Span
from stancemap.rules import RuleSwitches

MEMBER = "alignment.sides.membership_act"
CONTEST = "alignment.score.contest_apart"

PEOPLE = [
    Actor(id="person:a", name="Ann Lee", type="person", country="USA"),
    Actor(id="person:b", name="Bob Ray", type="person", country="USA"),
    Actor(id="person:c", name="Cy Dunn", type="person", country="USA"),
    Actor(id="org:fund", name="Green Fund", type="organization", country="USA"),
    Actor(id="country:FIN", name="Finland", type="country", country="FIN"),
    Actor(id="org:nato", name="NATO", type="organization"),
]


def _ev(eid: str, kind: str, trigger: str, src: list[str], tgt: list[str]) -> Event:
    return Event(
        id=eid,
        type=kind,
        trigger=Span(start=0, end=len(trigger), text=trigger),
        source=src,
        target=tgt,
        confidence=0.9,
    )


def _pairs(events: list[Event], *off: str) -> dict[frozenset[str], float]:
    # the shipped rules with both rules on but for ``off`` (session 64: not every rule on)
    on = [r for r in (MEMBER, CONTEST) if r not in off]
    switches = RuleSwitches.shipped(on=on, off=off)
    rels = relate_document([], events, actors=PEOPLE, switches=switches)
    return {frozenset((r.a, r.b)): r.score for r in rels}


def test_the_forms_are_read_from_wordnet() -> None:
    assert {"joined", "founded", "heads", "chaired", "serving", "manages"} <= MEMBERSHIP_FORMS
    # "found" is find's past (WordNet verb.exc), "criticized" no verb of office
    assert "found" not in MEMBERSHIP_FORMS and "criticized" not in MEMBERSHIP_FORMS


def test_a_person_who_founds_a_body_is_its_side_not_its_ally() -> None:
    events = [_ev("e1", "COOPERATE", "founded", ["person:a"], ["org:fund"])]
    assert membership_events(events, PEOPLE) == {"e1": frozenset({"org:fund"})}
    assert frozenset({"person:a", "org:fund"}) in _pairs(events, MEMBER)
    assert _pairs(events) == {}


def test_joining_keeps_the_other_parties_and_other_acts() -> None:
    events = [
        _ev("e1", "CONSULT", "joined", ["person:a"], ["org:fund", "person:b"]),
        _ev("e2", "ACCUSE", "criticized", ["person:a"], ["org:fund"]),
    ]
    pairs = _pairs(events)
    assert pairs[frozenset({"person:a", "person:b"})] > 0  # not a body: kept
    assert pairs[frozenset({"person:a", "org:fund"})] < 0  # her criticism of it stays


def test_a_state_joining_an_alliance_still_aligns() -> None:
    events = [_ev("e1", "COOPERATE", "joined", ["country:FIN"], ["org:nato"])]
    assert membership_events(events, PEOPLE) == {}
    assert _pairs(events)[frozenset({"country:FIN", "org:nato"})] > 0


def test_co_subjects_of_a_contest_are_no_rivals() -> None:
    events = [_ev("e1", "ACCUSE", "competing", ["person:a", "person:b", "person:c"], [])]
    assert contest_events(events) == {"e1"}
    without = _pairs(events, CONTEST)
    assert without[frozenset({"person:a", "person:b"})] < 0
    assert _pairs(events) == {}


def test_a_contest_verb_with_a_target_or_one_source_is_left_alone() -> None:
    aimed = [_ev("e1", "ACCUSE", "beat", ["person:a", "person:b"], ["person:c"])]
    assert contest_events(aimed) == set()
    clash = [_ev("e2", "ACCUSE", "clashed", ["person:a", "person:b"], [])]
    assert contest_events(clash) == set()
    assert _pairs(clash)[frozenset({"person:a", "person:b"})] < 0
