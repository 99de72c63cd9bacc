"""A party-member word heading a definite singular phrase names a person, not the party
(session 37, engineer AN, issue 12: event parties). Sentences written for these tests;
the rule is switched on explicitly, and each case has its twin with it off."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

RULE = "actors.names.party_member_person"


def _layer(analyzer: Any, text: str, on: bool) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    rules = (
        rule_settings.with_rules(enable=[RULE]) if on else rule_settings.with_rules(disable=[RULE])
    )
    derived = analyzer.derive(rules)
    doc = next(parse_documents(derived.nlp, [text], derived.settings.nlp))
    return derived.actors(doc, make_document(text, date="2016-06-01"))


def _who(layer: Any, text: str, word: str, nth: int = 0) -> str | None:
    """The actor name of the ``nth`` mention whose text is ``word``."""
    found = [m for m in layer.mentions if m.text == word]
    if len(found) <= nth:
        return None
    actor = layer.actor(found[nth].actor_id)
    return actor.name if actor is not None else None


RYAN = (
    "Paul Ryan said on Monday he would not endorse Donald Trump yet. It was a partial "
    "reversal for the Wisconsin Republican, who had previously pledged to support the nominee."
)
DESCRIBED = (
    "John Smith met Jane Doe, a Texas Democrat, in Austin on Monday. "
    "The Democrat later praised the plan."
)


@pytest.mark.parametrize("on", [True, False])
def test_definite_member_word_is_the_person(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, RYAN, on)
    assert _who(layer, RYAN, "Republican") == ("Paul Ryan" if on else "Republican Party")


@pytest.mark.parametrize("on", [True, False])
def test_person_described_with_the_word_first(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, DESCRIBED, on)
    who = _who(layer, DESCRIBED, "Democrat", nth=1)
    if on:
        assert who == "Jane Doe"
    else:
        assert who != "Jane Doe"


def test_modifier_plural_and_no_person_stay_the_party(analyzer: Any) -> None:
    text = (
        "The Republican front-runner spoke in Ohio. The Republicans condemned Iran. "
        "The Texas Republican criticized the plan."
    )
    layer = _layer(analyzer, text, True)
    assert _who(layer, text, "Republicans") == "Republican Party"
    assert _who(layer, text, "Republican", nth=1) == "Republican Party"  # no person before
