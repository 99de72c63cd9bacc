"""What the tests of the late group rules share (sessions 46 ES and 47 GN): a pipeline with
one rule switched explicitly on or off, its events keyed by trigger, and the event at a word.
Switched both ways, so the tests hold whether a rule ships off or on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

import rule_settings

Events = dict[tuple[int, int, str], Any]


def switched(analyzer: Any, rule: str, on: bool, also_off: Iterable[str] = ()) -> Any:
    """The analyzer's pipeline with ``rule`` on or off, and ``also_off`` off both times."""
    off = list(also_off)
    settings = (
        rule_settings.with_rules(enable=[rule], disable=off)
        if on
        else rule_settings.with_rules(disable=[rule, *off])
    )
    return analyzer.derive(settings)


def on_off_fixtures(rule: str, also_off: Iterable[str] = ()) -> tuple[Any, Any]:
    """Module-scoped ``on`` and ``off`` pipeline fixtures for ``rule`` (bind them to those
    names in the test module: ``on, off = on_off_fixtures(RULE)``)."""
    also = list(also_off)

    @pytest.fixture(scope="module")
    def on(analyzer: Any) -> Any:
        return switched(analyzer, rule, True, also)

    @pytest.fixture(scope="module")
    def off(analyzer: Any) -> Any:
        return switched(analyzer, rule, False, also)

    return on, off


def actors_by_id(pipeline: Any, text: str) -> dict[str, Any]:
    """The actors of ``text`` by id."""
    return {a.id: a for a in pipeline.analyze(text, date="2016-10-01").actors}


def events_by_trigger(pipeline: Any, text: str) -> Events:
    """Each event of ``text`` keyed by its trigger's offsets and its type."""
    result = pipeline.analyze(text, date="2016-10-01")
    return {(e.trigger.start, e.trigger.end, e.type): e for e in result.events}


def event_at(events: Events, text: str, word: str) -> Any:
    """The event whose trigger starts at ``word``'s first place in ``text``."""
    start = text.index(word)
    found = [e for (s, _, _), e in events.items() if s == start]
    assert found, events
    return found[0]


def party_countries(pipeline: Any, text: str, trigger: str) -> tuple[set[str], set[str]]:
    """(source countries, target countries) of the event whose trigger starts with
    ``trigger``."""
    result = pipeline.analyze(text, date="2024-05-01")
    country = {a.id: a.country for a in result.actors}
    for event in result.events:
        if text[event.trigger.start : event.trigger.end].startswith(trigger):
            return (
                {country[a] for a in event.source if country.get(a)},
                {country[a] for a in event.target if country.get(a)},
            )
    raise AssertionError(f"no event at {trigger!r}")
