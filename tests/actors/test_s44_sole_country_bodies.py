"""A definite state body of the one country a document names (session 44, engineer CS,
issues 12 and 14: "nine in ten source errors are an empty source").

``actors.agent.definite_body_sole_country`` (shipped off) is a stricter
``definite_body_story``: "the government", "the cabinet", "the ministry" whose sentence
names no country of its own side is that body of the country the document's mentions
name, only where they name exactly one - never the most-named of several. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .test_real_news_actors import _at

SOLE = "actors.agent.definite_body_sole_country"
STORY = "actors.agent.definite_body_story"

ONE = "Kenya held elections on Monday. The government criticized the opposition."
# Kenya named three times, Uganda once: definite_body_story takes the most-named one
MOSTLY = (
    "Kenya held elections on Monday. Kenya's president won. Kenya's opposition lost. "
    "Kenya's courts upheld the count. Kenya's army stayed calm. Uganda sent observers. "
    "The government criticized the opposition."
)
OTHER_IN_SENTENCE = "Kenya held elections on Monday. The ministry criticized Uganda."
GRID = [
    ("Kenya held elections on Monday. The government criticized the opposition.", "criticized"),
    ("Kenya held elections on Monday. The cabinet praised the opposition.", "praised"),
    ("France held elections on Monday. The government urged the unions to negotiate.", "urged"),
    ("Japan held elections on Monday. The ministry criticized the opposition.", "criticized"),
]


def _pipeline(analyzer: Any, enable: list[str], disable: tuple[str, ...] = ()) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=enable, disable=disable))


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return _pipeline(analyzer, [SOLE])


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return _pipeline(analyzer, [])


@pytest.fixture(scope="module")
def story(analyzer: Any) -> Any:
    return _pipeline(analyzer, [STORY])


def _layer(pipeline: Any, text: str) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(pipeline.nlp, [text], pipeline.settings.nlp))
    return pipeline.actors(doc, make_document(text, date="2016-10-01"))


def _sources(pipeline: Any, text: str, trigger: str) -> list[list[str]]:
    result = pipeline.analyze(text, date="2016-10-01")
    return [
        e.source for e in result.events if result.text[e.trigger.start : e.trigger.end] == trigger
    ]


def test_the_government_of_the_one_country_named(on: Any, off: Any) -> None:
    found = _at(_layer(on, ONE), ONE, "government")
    assert found is not None and found.id == "agent:ken:gov", found
    assert found.type == "group" and found.sector == "GOV", found
    assert _at(_layer(off, ONE), ONE, "government") is None


def test_no_country_where_two_are_named_however_often(on: Any, story: Any) -> None:
    """definite_body_story takes the most-named country; the strict rule does not guess."""
    assert _at(_layer(on, MOSTLY), MOSTLY, "government") is None
    by_story = _at(_layer(story, MOSTLY), MOSTLY, "government")
    assert by_story is not None and by_story.country == "KEN", by_story


def test_a_country_named_in_its_own_sentence_counts_as_a_second(on: Any) -> None:
    assert _at(_layer(on, OTHER_IN_SENTENCE), OTHER_IN_SENTENCE, "ministry") is None


def test_a_possessed_body_is_left_to_its_possessor(on: Any) -> None:
    text = "Kenya held elections on Monday. Its government criticized the opposition."
    found = _at(_layer(on, text), text, "government")
    assert found is None or found.country == "KEN", found


@pytest.mark.parametrize(("text", "trigger"), GRID)
def test_the_grid_event_gets_its_source(on: Any, off: Any, text: str, trigger: str) -> None:
    with_rule = _sources(on, text, trigger)
    assert with_rule and with_rule[0] and with_rule[0][0].startswith("agent:"), with_rule
    without = _sources(off, text, trigger)
    assert not without or without[0] == [], without


def test_no_body_of_a_country_its_own_sentence_names(on: Any) -> None:
    """ "The government criticized Kenya": the sentence names the country itself, so the
    phrase is left to the rules that read its sentence (no body opposed to its own
    country is made here)."""
    text = "Kenya held elections on Monday. The government criticized Kenya."
    assert _at(_layer(on, text), text, "government") is None
    result = on.analyze(text, date="2016-10-01")
    assert not [r for r in result.relations if "agent:ken:gov" in (r.a, r.b)]
