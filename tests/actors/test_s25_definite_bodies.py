"""Definite descriptions of a body that name no country (session 25, engineer A3, issue
12: events' sources): "the government", "the appeals court", "the opposition", "the
party". Sentences written for these tests; each rule has a twin with it off, and the
cases where nothing says whose the body is stay no actor."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .test_real_news_actors import _at

ANTECEDENT = "actors.agent.definite_body_antecedent"
STORY = "actors.agent.definite_body_story"
BOTH = [ANTECEDENT, STORY]

KENYA = (
    "Kenya held a presidential election on Tuesday. Kenya's opposition boycotted it. "
    "Kenya's president won easily. The government accused the opposition of fraud. "
    "The appeals court will hear the case."
)
TWO_COUNTRIES = (
    "Donald Trump praised Vladimir Putin on Monday. Russia and the United States are "
    "old rivals. The administration rejected the deal."
)
PARTY = "The Republican Party met in Cleveland on Monday. The party condemned the ruling."


# Both rules ship off (session 25, lead: what the new mentions feed is mostly wrong on real
# news); these fixtures switch them on, and ``layer_off`` then switches some off again.
def _derived(analyzer: Any, disable: tuple[str, ...] = ()) -> Any:
    enable = [r for r in BOTH if r not in disable]
    return analyzer.derive(rule_settings.with_rules(enable=enable, disable=disable))


def _actors(pipeline: Any, text: str, date: str | None) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(pipeline.nlp, [text], pipeline.settings.nlp))
    return pipeline.actors(doc, make_document(text, date=date))


@pytest.fixture(scope="module")
def layer_of(analyzer: Any) -> Any:
    on = _derived(analyzer)
    return lambda text, date=None: (_actors(on, text, date), None)


@pytest.fixture(scope="module")
def layer_off(analyzer: Any) -> Any:
    return lambda text, rules, date=None: _actors(_derived(analyzer, tuple(rules)), text, date)


@pytest.fixture(scope="module")
def pipeline_off(analyzer: Any) -> Any:
    return lambda text, off=(): _derived(analyzer, tuple(off)).analyze(text, date="2023-03-01")


def test_the_government_of_a_one_country_story_is_that_countrys(layer_of: Any) -> None:
    layer, _ = layer_of(KENYA, "2016-10-01")
    government = _at(layer, KENYA, "government")
    assert government is not None and government.country == "KEN", government
    assert government.sector == "GOV" and government.type == "group", government
    court = _at(layer, KENYA, "appeals court")
    assert court is not None and court.country == "KEN" and court.sector == "JUD", court


def test_the_government_is_no_actor_with_the_story_rule_off(layer_off: Any) -> None:
    layer = layer_off(KENYA, [STORY], "2016-10-01")
    assert _at(layer, KENYA, "government") is None
    assert _at(layer, KENYA, "appeals court") is None


def test_a_singular_noun_takes_back_no_generic_group(layer_of: Any) -> None:
    """ "a San Francisco company ... the company": the country's bag of companies is no
    one company; a singular noun takes back a named body only."""
    text = (
        "A San Francisco company sued Kenya's government on Monday. "
        "The company said it would appeal."
    )
    layer, _ = layer_of(text, "2016-10-01")
    first = _at(layer, text, "San Francisco company")
    again = _at(layer, text, "company", 1)
    assert first is None or again is None or again.id != first.id, (first, again)


def test_the_party_is_the_party_named_before(layer_of: Any) -> None:
    layer, _ = layer_of(PARTY, "2016-10-01")
    party = _at(layer, PARTY, "party")
    assert party is not None and party.id == "org:republican-party-us", party


def test_the_party_is_no_actor_with_the_antecedent_rule_off(layer_off: Any) -> None:
    layer = layer_off(PARTY, [ANTECEDENT], "2016-10-01")
    assert _at(layer, PARTY, "party") is None


def test_the_party_is_none_of_two_parties_named_before(layer_of: Any) -> None:
    text = "The Republican Party and the Democratic Party met. The party condemned the ruling."
    layer, _ = layer_of(text, "2016-10-01")
    assert _at(layer, text, "party", 0) is None


def test_a_compound_of_another_kind_takes_no_story_country(layer_of: Any) -> None:
    text = KENYA + " The credit rating agencies did not comment."
    layer, _ = layer_of(text, "2016-10-01")
    assert _at(layer, text, "rating agencies") is None
    assert _at(layer, text, "agencies") is None


def test_no_story_country_where_two_are_named_alike(layer_of: Any) -> None:
    layer, _ = layer_of(TWO_COUNTRIES, "2016-10-01")
    assert _at(layer, TWO_COUNTRIES, "administration") is None


def test_a_person_is_no_antecedent_of_a_body(layer_of: Any) -> None:
    text = "Kenya's president Uhuru Kenyatta won. The government accused the opposition."
    layer, _ = layer_of(text, "2016-10-01")
    government = _at(layer, text, "government")
    assert government is not None and government.type == "group", government
    assert government.country == "KEN", government


def test_an_indefinite_body_takes_no_story_country(layer_of: Any) -> None:
    text = KENYA + " A court in another country may rule first."
    layer, _ = layer_of(text, "2016-10-01")
    assert _at(layer, text, "court", 1) is None


def test_the_event_of_the_government_has_its_source(pipeline_off: Any) -> None:
    """The events stage reads the new mention: "The government accused the opposition"
    has the Kenyan government as its source, and none with both rules off."""
    on = pipeline_off(KENYA)
    accused = [e for e in on.events if on.text[e.trigger.start : e.trigger.end] == "accused"]
    assert accused and accused[0].source == ["agent:ken:gov"], accused
    off = pipeline_off(KENYA, tuple(BOTH))
    accused = [e for e in off.events if off.text[e.trigger.start : e.trigger.end] == "accused"]
    assert not accused or accused[0].source == [], accused
