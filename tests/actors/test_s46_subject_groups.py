"""A plural agent noun with no country that does the act, read only as an event's
source (session 46, engineer ES, issue 12: kept events whose subject names no actor).

``actors.agent.subject_group_source_only`` (shipped off): "Nurses protested outside the
hospital" - the agents lexicon knows "nurse"-like nouns' sector, but the phrase names no
country, so no actor is made and the event's source is empty. With the rule the phrase
is a group of its own (no country) that fills only the empty source of an event kept
anyway. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from .late_groups import event_at, events_by_trigger, on_off_fixtures

RULE = "actors.agent.subject_group_source_only"

PROTEST = "Striking workers protested outside the factory gates on Monday."
COORDINATED = "Activists and workers criticized the mayor over the closure of the plant."
PARTICIPLE = "Demonstrators demanding the mayor's resignation gathered at the town hall."
PASSIVE = "Protesters were arrested outside the embassy on Friday."
OWNED = "Hungary's protesters condemned the new media law on Sunday."
NAMED = "French workers protested the pension reform on Tuesday."
DEFINITE = "Senators Ana Reyes and Tom Hale met voters. The two senators criticized the tariff."


on, off = on_off_fixtures(RULE)


def _names(pipeline: Any, text: str, ids: list[str]) -> list[str]:
    actors = {a.id: a for a in pipeline.analyze(text, date="2016-10-01").actors}
    return [actors[i].name for i in ids]


def test_the_group_fills_the_empty_source(on: Any, off: Any) -> None:
    assert event_at(events_by_trigger(off, PROTEST), PROTEST, "protested").source == []
    event = event_at(events_by_trigger(on, PROTEST), PROTEST, "protested")
    assert _names(on, PROTEST, event.source) == ["Striking workers"]
    actor = next(a for a in on.analyze(PROTEST, date="2016-10-01").actors)
    assert actor.country is None and actor.type == "group"


def test_coordinated_subjects_are_each_a_group(on: Any, off: Any) -> None:
    assert event_at(events_by_trigger(off, COORDINATED), COORDINATED, "criticized").source == []
    event = event_at(events_by_trigger(on, COORDINATED), COORDINATED, "criticized")
    assert sorted(_names(on, COORDINATED, event.source)) == ["Activists", "workers"]


def test_a_participle_on_the_group_is_its_act(on: Any, off: Any) -> None:
    assert event_at(events_by_trigger(off, PARTICIPLE), PARTICIPLE, "demanding").source == []
    event = event_at(events_by_trigger(on, PARTICIPLE), PARTICIPLE, "demanding")
    assert _names(on, PARTICIPLE, event.source) == ["Demonstrators"]


def test_the_events_kept_and_their_types_do_not_move(on: Any, off: Any) -> None:
    """Read late: the events stage decides on the layer without the group."""
    for text in (PROTEST, COORDINATED, PARTICIPLE, PASSIVE, OWNED, NAMED, DEFINITE):
        on_events, off_events = events_by_trigger(on, text), events_by_trigger(off, text)
        assert on_events.keys() == off_events.keys(), text
        for key, event in on_events.items():
            assert event.target == off_events[key].target, text
            assert event.reality == off_events[key].reality, text


def test_a_passive_subject_is_no_doer(on: Any) -> None:
    for event in events_by_trigger(on, PASSIVE).values():
        assert event.source == [], event


def test_a_phrase_with_a_country_or_owner_is_left_to_other_rules(on: Any, off: Any) -> None:
    for text in (OWNED, NAMED, DEFINITE):
        assert events_by_trigger(on, text) == events_by_trigger(off, text), text
