"""A subject he/she is not the person a name later in its own clause names (binding
condition C; session 38, engineer AC, rule ``actors.coref.chains_name_commanded``).
Sentences written for these tests; each case is run with the rule on and off."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

RULE = "actors.coref.chains_name_commanded"


def _layer(analyzer: Any, text: str, on: bool) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    rules = (
        rule_settings.with_rules(enable=[RULE]) if on else rule_settings.with_rules(disable=[RULE])
    )
    derived = analyzer.derive(rules)
    doc = next(parse_documents(derived.nlp, [text], derived.settings.nlp))
    return derived.actors(doc, make_document(text, date="2016-06-01"))


def _who(layer: Any, word: str, nth: int = 0) -> str | None:
    found = [m for m in layer.mentions if m.text == word]
    if len(found) <= nth:
        return None
    actor = layer.actor(found[nth].actor_id)
    return actor.name if actor is not None else None


COMMANDED = (
    "Donald Trump met Bruce LeVell in Georgia. "
    "He dismisses accusations that Trump has exploited racial tensions."
)
POSSESSOR = (
    "Donald Trump met Bruce LeVell in Georgia. "
    "He is trying to persuade other people to support Trump's campaign."
)
COORDINATED = "Donald Trump met Bruce LeVell in Georgia. He left and Trump stayed."
QUOTED = 'Donald Trump met Bruce LeVell in Georgia. He said: "Trump will win."'


@pytest.mark.parametrize("on", [True, False])
def test_not_the_name_in_its_own_clause(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, COMMANDED, on)
    assert _who(layer, "He") == ("Bruce LeVell" if on else "Donald Trump")


@pytest.mark.parametrize("on", [True, False])
def test_not_the_possessor_in_its_own_clause(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, POSSESSOR, on)
    assert _who(layer, "He") == ("Bruce LeVell" if on else "Donald Trump")


@pytest.mark.parametrize("on", [True, False])
def test_a_coordinated_clause_apart(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, COORDINATED, on)
    assert _who(layer, "He") == "Donald Trump"


@pytest.mark.parametrize("on", [True, False])
def test_a_quoted_name_apart(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, QUOTED, on)
    assert _who(layer, "He") == "Donald Trump"
