"""Whole-pipeline runs of a sentence with chosen rules switched off (or shipped-off ones
on), for the tests of event arguments: one derived pipeline per rule set, kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rule_settings import with_rules
from stancemap.config import RuleSettings, Settings
from stancemap.pipeline import Pipeline

DEFAULT_OFF = tuple(RuleSettings().disable)

Switches = tuple[str, ...]


def derived_pipelines(analyzer) -> Callable[[Switches, Switches], Any]:
    """``get(off, on)``: the analyzer's pipeline with ``off`` switched off and the shipped
    off-list minus ``on``; each rule set derived once."""
    pipelines: dict[tuple[Switches, Switches], Any] = {}

    def get(off: Switches, on: Switches) -> Any:
        if (off, on) not in pipelines:
            shipped = [r for r in DEFAULT_OFF if r not in on]
            settings = Settings.model_validate({"rules": {"disable": [*shipped, *off]}})
            pipelines[off, on] = analyzer.derive(settings)
        return pipelines[off, on]

    return get


def parties(analysis, event) -> tuple[str, list[str], list[str]]:
    """An event's type and its sources' and targets' names, sorted."""
    names = {a.id: a.name for a in analysis.actors}
    return (
        event.type,
        sorted(names[x] for x in event.source),
        sorted(names[x] for x in event.target),
    )


def on_off_pipelines(analyzer, rule: str, keep_off: tuple[str, ...] = ()) -> dict[str, Pipeline]:
    """The shipped pipeline with ``rule`` switched on ("on") and off ("off"), sharing the
    analyzer's spaCy pipeline; ``keep_off``: rules off on both sides."""
    return {
        "on": Pipeline(with_rules(enable=[rule], disable=keep_off), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[rule, *keep_off]), nlp=analyzer.nlp),
    }


def types_on_trigger(analyzer, rule: str):
    """(text, trigger word, rule on?) -> the event types on the trigger, whole pipeline
    with ``rule`` on or off (session 50 EP's rule tests share it)."""
    pipelines = on_off_pipelines(analyzer, rule)

    def run(text: str, trigger: str, on: bool) -> list[str]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-03-17")
        return [e.type for e in analysis.events if trigger in e.trigger.text]

    return run


def event_rows(
    pipeline: Pipeline, text: str, date: str = "2016-06-10"
) -> list[tuple[str, str, list[str], list[str]]]:
    """(trigger, type, source names, target names) of every event."""
    analysis = pipeline.analyze(text, date=date)
    names = {a.id: a.name for a in analysis.actors}
    return [
        (
            e.trigger.text,
            e.type,
            sorted(names[s] for s in e.source),
            sorted(names[t] for t in e.target),
        )
        for e in analysis.events
    ]


def country_readings(analyzer, rule: str, date: str = "2021-03-04"):
    """(text, rule on?) -> (trigger, type, source countries, target countries) of every
    event, whole pipeline with ``rule`` on or off (session 56 PA's argument tests share it)."""
    pipelines = on_off_pipelines(analyzer, rule)

    def run(text: str, on: bool) -> list[tuple[str, str, list[str], list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date=date)
        country = {a.id: a.country for a in analysis.actors}
        return [
            (
                e.trigger.text,
                e.type,
                sorted({str(country.get(s)) for s in e.source}),
                sorted({str(country.get(t)) for t in e.target}),
            )
            for e in analysis.events
        ]

    return run
