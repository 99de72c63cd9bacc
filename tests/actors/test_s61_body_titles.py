"""A person named with a party's or body's title, and the country of a new person (session
61, engineer EN, issues 12 and 14: British politicians of BBC News read as their party or
as Americans). Sentences written for these tests.

``actors.names.body_title_person``: "Labour MP Ellen Hartwick" is a person, not the Labour
Party. ``actors.country.title_body``: "Tory leader Martin Ashdown" is of the Tory party's
country. ``actors.country.story_over_spelling``: a new person whose only country is the
spelling model's guess takes a British story's country; a US story's keeps the USA. All
three shipped off; the first two on since session 61 (the lead's blind A/B).
"""

from __future__ import annotations

from typing import Any

from .rule_twins import twin_fixtures

PERSON_RULE = "actors.names.body_title_person"
TITLE_RULE = "actors.country.title_body"
STORY_RULE = "actors.country.story_over_spelling"

LABOUR_MP = "Labour MP Ellen Hartwick said the budget had failed the poor."
TORY_LEADER = "Tory leader Martin Ashdown attacked the plan on Tuesday."
BRITISH_STORY = (
    "Britain's ministers met in London on Monday. Edward Leigh said the UK plan had failed "
    "British taxpayers. The United Kingdom must act, he said, and Britain should listen."
)
AMERICAN_STORY = (
    "The United States faced criticism in Washington on Monday. Edward Leigh said the US "
    "plan had failed American taxpayers. America must act, he said, and the United States "
    "should listen."
)
# left alone: a KB person, a title naming a country, a person with no title
KB_PERSON = "Labour leader Tony Blair said the budget had failed the poor."
COUNTRY_TITLE = "French minister Alain Rocher attacked the plan on Tuesday."

person_on, person_off = twin_fixtures(PERSON_RULE)
title_on, title_off = twin_fixtures(TITLE_RULE)
story_on, story_off = twin_fixtures(STORY_RULE)


def _actors(pipeline: Any, text: str) -> dict[str, tuple[str, str, str | None]]:
    """Each written mention -> (its actor's id, type, country)."""
    result = pipeline.analyze(text, date="2005-02-01")
    return {m.text: (a.id, a.type, a.country) for a in result.actors for m in a.mentions}


def test_a_party_mp_is_a_person_not_the_party(person_on: Any, person_off: Any) -> None:
    before = _actors(person_off, LABOUR_MP)
    assert before["Ellen Hartwick"][0] == "org:labour-party-uk"
    after = _actors(person_on, LABOUR_MP)
    actor_id, kind, _ = after["Ellen Hartwick"]
    assert actor_id.startswith("new:person:") and kind == "person"


def test_a_kb_person_keeps_the_kb(person_on: Any, person_off: Any) -> None:
    assert _actors(person_on, KB_PERSON) == _actors(person_off, KB_PERSON)


def test_a_tory_leader_is_british(title_on: Any, title_off: Any) -> None:
    assert _actors(title_off, TORY_LEADER)["Martin Ashdown"][2] != "GBR"
    _, kind, country = _actors(title_on, TORY_LEADER)["Martin Ashdown"]
    assert kind == "person" and country == "GBR"


def test_a_country_title_is_left_to_the_description(title_on: Any, title_off: Any) -> None:
    assert _actors(title_on, COUNTRY_TITLE) == _actors(title_off, COUNTRY_TITLE)


def test_the_story_country_over_the_spelling(story_on: Any, story_off: Any) -> None:
    assert _actors(story_off, BRITISH_STORY)["Edward Leigh"][2] == "USA"  # the model's guess
    assert _actors(story_on, BRITISH_STORY)["Edward Leigh"][2] == "GBR"


def test_a_us_story_keeps_the_usa(story_on: Any, story_off: Any) -> None:
    assert _actors(story_on, AMERICAN_STORY)["Edward Leigh"][2] == "USA"
    assert _actors(story_on, AMERICAN_STORY) == _actors(story_off, AMERICAN_STORY)
