"""Session 24 (engineer A): a second title the parser makes the conjunct, its name hung as
an apposition of the first name ("President Barack Obama and Vice President Joe Biden
met"): the name is that conjunct's (rule ``events.args.title_conjunct_name``). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.events.arguments import TITLE_CONJUNCT_NAME

MET = "President Barack Obama and Vice President Joe Biden met with union leaders on Tuesday."


@pytest.fixture(scope="module")
def events_of(analyzer: Any) -> Any:
    def run(text: str, disable: tuple[str, ...] = ()) -> Any:
        pipeline = analyzer.derive(rule_settings.with_rules(disable=disable))
        return pipeline.analyze(text, date="2016-03-01").events

    return run


def _by_trigger(events: Any, word: str) -> Any:
    found = [e for e in events if e.trigger.text == word]
    assert found, [e.trigger.text for e in events]
    return found[0]


def test_the_titled_second_name_is_a_source(events_of: Any) -> None:
    met = _by_trigger(events_of(MET), "met")
    assert set(met.source) == {"person:barack-obama", "person:joe-biden"}, met.source


def test_the_second_name_is_lost_with_the_rule_off(events_of: Any) -> None:
    met = _by_trigger(events_of(MET, (TITLE_CONJUNCT_NAME,)), "met")
    assert met.source == ["person:barack-obama"], met.source


def test_a_comma_apposition_is_no_conjuncts_name(analyzer: Any) -> None:
    from stancemap.events.arguments import title_conjunct_name

    doc = analyzer.nlp("Jane Brown, a lawyer, and the mayor, Tom Smith, met on Friday.")
    assert all(title_conjunct_name(t) is None for t in doc if t.dep_ == "conj")
