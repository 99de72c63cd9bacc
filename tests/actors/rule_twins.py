"""One rule's on/off twin pipelines and the actors stage's layer of a written text, shared by
the actors tests that compare a rule switched on with it switched off."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings


def actors_of(pipeline: Any, text: str, date: str = "2016-02-01") -> Any:
    """The actors stage's layer of ``text`` under ``pipeline``'s rules."""
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(pipeline.nlp, [text], pipeline.settings.nlp))
    return pipeline.actors(doc, make_document(text, date=date))


def rule_layer(analyzer: Any, text: str, rule: str, on: bool, date: str = "2016-06-01") -> Any:
    """The actors layer of ``text`` with ``rule`` switched on (``on``) or off."""
    switch = {"enable": [rule]} if on else {"disable": [rule]}
    return actors_of(analyzer.derive(rule_settings.with_rules(**switch)), text, date)


def who(layer: Any, word: str, nth: int = 0) -> str | None:
    """The name of the actor the ``nth`` mention written ``word`` is linked to."""
    found = [m for m in layer.mentions if m.text == word]
    if len(found) <= nth:
        return None
    actor = layer.actor(found[nth].actor_id)
    return actor.name if actor is not None else None


def twin_fixtures(rule: str, also_off: tuple[str, ...] = ()) -> tuple[Any, Any]:
    """Module fixtures ``on`` and ``off``: the shared analyzer with ``rule`` on, and off;
    ``also_off`` are off in both (a later rule that reads the same cases on its own)."""

    @pytest.fixture(scope="module")
    def on(analyzer: Any) -> Any:
        return analyzer.derive(rule_settings.with_rules(disable=also_off, enable=[rule]))

    @pytest.fixture(scope="module")
    def off(analyzer: Any) -> Any:
        return analyzer.derive(rule_settings.with_rules(disable=[rule, *also_off]))

    return on, off
