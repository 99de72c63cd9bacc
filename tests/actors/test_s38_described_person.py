"""A definite description of a kind of person names the document's salient person
(session 38, engineer AC, issue 12: event parties; rule ``actors.coref.described_person``).
Sentences written for these tests; each case is run with the rule on and off."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

RULE = "actors.coref.described_person"


def _layer(analyzer: Any, text: str, on: bool) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    rules = (
        rule_settings.with_rules(enable=[RULE]) if on else rule_settings.with_rules(disable=[RULE])
    )
    derived = analyzer.derive(rules)
    doc = next(parse_documents(derived.nlp, [text], derived.settings.nlp))
    return derived.actors(doc, make_document(text, date="2016-06-01"))


def _who(layer: Any, phrase: str) -> str | None:
    """The actor name of the mention whose text is ``phrase`` (None: no such mention)."""
    found = [m for m in layer.mentions if m.text == phrase]
    if not found:
        return None
    actor = layer.actor(found[0].actor_id)
    return actor.name if actor is not None else None


SALIENT = (
    "Donald Trump spoke in Iowa on Monday. Trump promised to cut taxes. "
    "Trump also met farmers in Des Moines. "
    "The magnate criticized Barack Obama for the trade deal."
)
DESCRIBED = (
    "Donald Trump spoke in Iowa on Monday. Trump attacked Hillary Clinton again. "
    "Democratic front-runner Hillary Clinton answered him in Ohio. Trump spoke again. "
    "On Tuesday the Democratic front-runner criticized the trade deal."
)
UNNAMED = (
    "Donald Trump spoke in Iowa on Monday. Trump promised to cut taxes. "
    "Police arrested a man in Ohio. The suspect attacked a guard."
)
OWN_SENTENCE = (
    "Donald Trump spoke in Iowa on Monday. Trump promised to cut taxes. "
    "Trump said the billionaire would lose."
)
TIED = (
    "Donald Trump spoke in Iowa on Monday. Hillary Clinton spoke in Ohio. "
    "The billionaire criticized the trade deal."
)
OTHER_PARTY = (
    "Donald Trump, the Republican front-runner, spoke in Iowa on Monday. Trump promised "
    "to cut taxes. Trump also met farmers. The Democratic candidate criticized the trade deal."
)


@pytest.mark.parametrize("on", [True, False])
def test_description_is_the_salient_person(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, SALIENT, on)
    assert _who(layer, "The magnate") == ("Donald Trump" if on else None)


@pytest.mark.parametrize("on", [True, False])
def test_person_the_noun_describes_first(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, DESCRIBED, on)
    assert _who(layer, "the Democratic front-runner") == ("Hillary Clinton" if on else None)


@pytest.mark.parametrize("on", [True, False])
def test_no_person_after_an_unnamed_one(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, UNNAMED, on)
    assert _who(layer, "The suspect") is None


@pytest.mark.parametrize("on", [True, False])
def test_not_a_person_of_its_own_sentence(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, OWN_SENTENCE, on)
    assert _who(layer, "the billionaire") is None


@pytest.mark.parametrize("on", [True, False])
def test_no_salient_person_no_one(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, TIED, on)
    assert _who(layer, "The billionaire") is None


@pytest.mark.parametrize("on", [True, False])
def test_another_party_word_is_no_one(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, OTHER_PARTY, on)
    assert _who(layer, "The Democratic candidate") is None


@pytest.mark.parametrize("on", [True, False])
def test_event_gets_the_described_party(analyzer: Any, on: bool) -> None:
    """The events stage reads the described person as the source of its act."""
    rules = (
        rule_settings.with_rules(enable=[RULE]) if on else rule_settings.with_rules(disable=[RULE])
    )
    analysis = analyzer.derive(rules).analyze(SALIENT, date="2016-06-01")
    names = {a.id: a.name for a in analysis.actors}
    sources = [
        [names.get(s, s) for s in e.source]
        for e in analysis.events
        if e.trigger.text == "criticized"
    ]
    assert sources
    assert (["Donald Trump"] in sources) == on
