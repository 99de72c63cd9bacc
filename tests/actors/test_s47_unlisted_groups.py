"""A plural subject of people the agents lexicon does not list, read only as an event's
source (session 47, engineer GN, issue 12: kept events whose subject names no actor).

``actors.agent.unlisted_subject_group_source_only`` (shipped off): "Progressive groups
criticized the senator" - "groups", "donors", "a trio of PACs" are people by WordNet but
no agents-lexicon noun, so no actor is made and the event's source is empty. With the
rule the phrase is a group of its own (no country, no sector) that fills only the empty
source of an event kept anyway. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import actors_by_id, event_at, events_by_trigger, on_off_fixtures

RULE = "actors.agent.unlisted_subject_group_source_only"
LEXICON_RULE = "actors.agent.subject_group_source_only"

GROUPS = "Progressive groups criticized the senator over the trade deal."
DONORS = "Wealthy donors praised the governor at the dinner on Monday."
COLLECTIVE = "A trio of outside committees criticized the governor over the budget."
PARTICIPLE = "Critics denouncing the governor gathered outside the capitol."
OBJECT = "The senator spent money on mailers attacking the governor."
PASSIVE = "Donors were thanked at the dinner on Monday."
OWNED = "The governor's critics condemned the new budget on Sunday."
DEFINITE = "Ana Reyes and Tom Hale met the mayor. The two donors criticized the tariff."
LISTED = "Striking workers protested outside the factory gates on Monday."


on, off = on_off_fixtures(RULE, [LEXICON_RULE])


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        (GROUPS, "criticized", "Progressive groups"),
        (DONORS, "praised", "Wealthy donors"),
        (COLLECTIVE, "criticized", "A trio of outside committees"),
        (PARTICIPLE, "denouncing", "Critics"),
    ],
)
def test_the_group_fills_the_empty_source(
    on: Any, off: Any, text: str, verb: str, name: str
) -> None:
    assert event_at(events_by_trigger(off, text), text, verb).source == []
    event = event_at(events_by_trigger(on, text), text, verb)
    actors = actors_by_id(on, text)
    assert [actors[i].name for i in event.source] == [name]
    group = actors[event.source[0]]
    assert group.type == "group" and group.country is None and group.generic


def test_the_events_kept_and_their_types_do_not_move(on: Any, off: Any) -> None:
    """Read late: the events stage decides on the layer without the group."""
    for text in (GROUPS, DONORS, COLLECTIVE, PARTICIPLE, OBJECT, PASSIVE, OWNED, DEFINITE):
        on_events, off_events = events_by_trigger(on, text), events_by_trigger(off, text)
        assert on_events.keys() == off_events.keys(), text
        for key, event in on_events.items():
            assert event.target == off_events[key].target, text
            assert event.reality == off_events[key].reality, text


def test_an_object_or_a_passive_subject_is_no_doer(on: Any) -> None:
    """'spent money on mailers attacking X': the mailers are the senator's."""
    mailers = event_at(events_by_trigger(on, OBJECT), OBJECT, "attacking")
    assert all(a.name != "mailers" for a in actors_by_id(on, OBJECT).values()), mailers
    for event in events_by_trigger(on, PASSIVE).values():
        assert event.source == [], event


def test_an_owned_counted_or_listed_phrase_is_left_to_other_rules(on: Any, off: Any) -> None:
    for text in (OWNED, DEFINITE, LISTED):
        assert events_by_trigger(on, text) == events_by_trigger(off, text), text
