"""A bare group noun doing what its clause says in a one-country story (session 39,
engineer AF, issues 12/14: an actor the actors stage does not find). Rule
``actors.agent.story_group`` ships off; these tests switch it on, and each case that it
places has a twin with it off. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .test_real_news_actors import _at

RULE = "actors.agent.story_group"

US_STORY = (
    "Hillary Clinton won New York on Tuesday. Donald Trump lost Ohio. Senator Bernie "
    "Sanders spoke in Vermont. Activists criticized the decision. Labor unions attacked "
    "the plan. Administration officials have ruled that out."
)
# the same clauses in a story naming two countries alike: whose the groups are is a guess
TWO_COUNTRIES = (
    "Donald Trump praised Vladimir Putin on Monday. Russia and the United States are old "
    "rivals. Moscow and Washington disagree. Activists criticized the decision."
)
# what the rule must leave alone in a one-country story
LEFT_ALONE = (
    "Hillary Clinton won New York on Tuesday. Donald Trump lost Ohio. Senator Bernie "
    "Sanders spoke in Vermont. The activists criticized the decision. Two officials "
    "resigned. A crowd thanked activists. Activists in Mexico protested. Voters criticized "
    "the plan."
)


def _actors(pipeline: Any, text: str, date: str | None) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(pipeline.nlp, [text], pipeline.settings.nlp))
    return pipeline.actors(doc, make_document(text, date=date))


@pytest.fixture(scope="module")
def layer_on(analyzer: Any) -> Any:
    on = analyzer.derive(rule_settings.with_rules(enable=[RULE]))
    return lambda text: _actors(on, text, "2016-05-01")


@pytest.fixture(scope="module")
def layer_off(analyzer: Any) -> Any:
    off = analyzer.derive(rule_settings.with_rules(disable=[RULE]))
    return lambda text: _actors(off, text, "2016-05-01")


@pytest.mark.parametrize(
    ("surface", "sector"),
    [("Activists", "OPP"), ("Labor unions", "LAB"), ("Administration officials", "GOV")],
)
def test_a_bare_acting_group_takes_the_storys_country(
    layer_on: Any, surface: str, sector: str
) -> None:
    actor = _at(layer_on(US_STORY), US_STORY, surface)
    assert actor is not None, surface
    assert actor.country == "USA" and actor.sector == sector and actor.type == "group", actor


@pytest.mark.parametrize("surface", ["Activists", "Labor unions", "Administration officials"])
def test_the_group_is_no_actor_with_the_rule_off(layer_off: Any, surface: str) -> None:
    assert _at(layer_off(US_STORY), US_STORY, surface) is None


def test_no_country_where_the_story_names_two_alike(layer_on: Any) -> None:
    assert _at(layer_on(TWO_COUNTRIES), TWO_COUNTRIES, "Activists") is None


def test_a_definite_a_counted_or_an_acted_on_group_is_left_alone(
    layer_on: Any, layer_off: Any
) -> None:
    on, off = layer_on(LEFT_ALONE), layer_off(LEFT_ALONE)
    for surface, nth in (("activists", 0), ("officials", 0), ("activists", 1)):
        # "The activists" (named before), "Two officials" (a count), "thanked activists"
        # (acted on, not the doer): whatever the other rules make of them, not this one
        assert _at(on, LEFT_ALONE, surface, nth) == _at(off, LEFT_ALONE, surface, nth)
    assert _at(on, LEFT_ALONE, "activists", 1) is None
    assert _at(on, LEFT_ALONE, "Voters") is None  # the public (CVL) is no acting body


def test_a_sentence_naming_a_country_is_sentence_countrys(layer_on: Any) -> None:
    """ "Activists in Mexico protested": the sentence's own country, not the story's."""
    actor = _at(layer_on(LEFT_ALONE), LEFT_ALONE, "Activists")
    assert actor is None or actor.country == "MEX", actor


def test_the_event_gets_its_doer(analyzer: Any) -> None:
    on = analyzer.derive(rule_settings.with_rules(enable=[RULE]))
    off = analyzer.derive(rule_settings.with_rules(disable=[RULE]))
    sources = {}
    for name, pipeline in (("on", on), ("off", off)):
        analysis = pipeline.analyze(US_STORY, date="2016-05-01")
        sources[name] = [
            e.source for e in analysis.events if e.trigger.text in ("criticized", "attacked")
        ]
    assert ["agent:usa:opp"] in sources["on"], sources
    assert all(not s for s in sources["off"]), sources
