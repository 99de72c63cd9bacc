"""Helpers the clause-mode tests share (sessions 30 and 31, engineer MD): a parse with the
session's pipeline, a word by its text, and the mode of each event by its trigger's words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from stancemap.nlp.pipeline import parse_documents


def parser(analyzer: Any) -> Callable[[str], Any]:
    """One text -> its spaCy Doc, parsed as the analyzer parses."""

    def run(text: str) -> Any:
        return next(iter(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp)))

    return run


def word(doc: Any, text: str) -> Any:
    """The first token whose text is ``text``."""
    return next(t for t in doc if t.text == text)


def event_modes(analysis: Any, text: str) -> dict[str, str | None]:
    """Each event's mode, keyed by the words of its trigger."""
    return {text[e.trigger.start : e.trigger.end]: e.mode for e in analysis.events}


def dated_events(
    analyzer: Any, rule: str, also_off: tuple[str, ...] = ()
) -> Callable[[str, bool], dict[str, tuple[str | None, str | None]]]:
    """Text, on -> each event's (mode, date) by its trigger's words, with ``rule`` on, or off
    together with ``also_off`` (a wider rule that would do the same); the rest as shipped."""
    from stancemap.config import RuleSettings, Settings

    default_off = [r for r in RuleSettings().disable if r != rule]
    pipelines: dict[bool, Any] = {}

    def run(text: str, on: bool) -> dict[str, tuple[str | None, str | None]]:
        if on not in pipelines:
            disable = default_off if on else [*default_off, rule, *also_off]
            pipelines[on] = analyzer.derive(
                Settings.model_validate({"rules": {"disable": disable}})
            )
        analysis = pipelines[on].analyze(text, date="2023-03-01")
        return {text[e.trigger.start : e.trigger.end]: (e.mode, e.date) for e in analysis.events}

    return run
