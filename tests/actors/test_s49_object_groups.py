"""A plural object of people is a group read only as an event's target (session 49,
engineer AW, issue 12: kept events whose target the sentence writes as a plural of
people that names no one).

``actors.agent.object_group_target_only`` (shipped off in session 49, on since session 50): "decries super PACs",
"calling on attendees", "arrested protesters" - the late group rules read such a plural
only as a doer; as an object it stays no actor and the act has no target. With the rule
the phrase is a group of its own (no country) that fills only the empty target of an
event kept anyway. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import actors_by_id, event_at, events_by_trigger, on_off_fixtures

RULE = "actors.agent.object_group_target_only"

DIRECT = "The mayor denounced lobbyists at the council meeting on Monday."
PREPOSITION = "The governor called on donors to fund the new clinic."
LISTED = "Police arrested protesters outside the embassy on Friday."
DEFINITE = "Ana Reyes and Tom Hale met the mayor. The governor praised the two donors."
OWNED = "The governor thanked his supporters after the vote."
NAMED = "The governor criticized Iranian students at the rally."
SUBJECT = "Lobbyists denounced the mayor at the council meeting on Monday."
HAS_TARGET = "Mayor Ana Reyes criticized Senator Tom Hale and lobbyists over the budget."


on, off = on_off_fixtures(RULE)


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        (DIRECT, "denounced", "lobbyists"),
        (PREPOSITION, "called", "donors"),
        (LISTED, "arrested", "protesters"),
    ],
)
def test_the_group_fills_the_empty_target(
    on: Any, off: Any, text: str, verb: str, name: str
) -> None:
    assert event_at(events_by_trigger(off, text), text, verb).target == []
    event = event_at(events_by_trigger(on, text), text, verb)
    actors = actors_by_id(on, text)
    assert [actors[i].name for i in event.target] == [name]
    group = actors[event.target[0]]
    assert group.type == "group" and group.country is None


def test_never_a_source(on: Any, off: Any) -> None:
    """The events kept, their types and their sources do not move."""
    for text in (DIRECT, PREPOSITION, LISTED, DEFINITE, OWNED, NAMED, SUBJECT, HAS_TARGET):
        on_events, off_events = events_by_trigger(on, text), events_by_trigger(off, text)
        assert on_events.keys() == off_events.keys(), text
        for key, event in on_events.items():
            assert event.source == off_events[key].source, text
            assert event.reality == off_events[key].reality, text


@pytest.mark.parametrize("text", [DEFINITE, OWNED, NAMED])
def test_a_definite_owned_or_named_object_is_left_alone(on: Any, off: Any, text: str) -> None:
    """'the two donors', 'his supporters', 'Iranian students': other rules decide."""
    on_events, off_events = events_by_trigger(on, text), events_by_trigger(off, text)
    for key, event in on_events.items():
        assert event.target == off_events[key].target, text


def test_a_target_already_read_is_kept(on: Any, off: Any) -> None:
    """Only an empty target is filled: "Senator Tom Hale and lobbyists" keeps the senator."""
    off_event = event_at(events_by_trigger(off, HAS_TARGET), HAS_TARGET, "criticized")
    on_event = event_at(events_by_trigger(on, HAS_TARGET), HAS_TARGET, "criticized")
    assert off_event.target and on_event.target == off_event.target


def test_the_same_words_as_a_doer_keep_their_source(on: Any, off: Any) -> None:
    """'Workers objected ... the company thanked workers': the object group has an id of
    its own, so the doer group keeps filling the first act's source."""
    text = "Workers objected to the new schedule on Monday. The mayor later thanked workers."
    off_event = event_at(events_by_trigger(off, text), text, "objected")
    on_event = event_at(events_by_trigger(on, text), text, "objected")
    assert off_event.source and on_event.source == off_event.source
