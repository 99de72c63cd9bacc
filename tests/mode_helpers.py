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
