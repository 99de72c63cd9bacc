"""A side with no actor (session 41, engineer AD, issue 14): a definite description of a role
the text gave one person ("FBI Director X ... the FBI director"), rule
``actors.coref.role_description``, and a person's own team or staff acting in its clause
("X's campaign attacked Y"), rule ``actors.coref.side_group``. Sentences written for these
tests (the names are invented)."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .rule_twins import actors_of, who

ROLE = "actors.coref.role_description"
SIDE = "actors.coref.side_group"


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[ROLE, SIDE]))


@pytest.fixture(scope="module")
def role_off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[SIDE], disable=[ROLE]))


@pytest.fixture(scope="module")
def side_off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[ROLE], disable=[SIDE]))


# ---------------------------------------------------------------- role descriptions

TITLE = (
    "Rep. Tom Hadley discussed a bill. He cited FBI Director Martin Kessler. "
    '"The FBI director said she was careless," Hadley said.'
)
APPOSED = "Martin Kessler, the Republican nominee, spoke on Monday. Anna Vitale criticized the Republican nominee."


def test_a_title_before_the_name_names_the_later_description(on: Any, role_off: Any) -> None:
    assert who(actors_of(on, TITLE), "director") == "Martin Kessler"
    assert who(actors_of(role_off, TITLE), "director") is None


def test_an_apposition_names_the_later_description(on: Any, role_off: Any) -> None:
    assert who(actors_of(on, APPOSED), "nominee") == "Martin Kessler"  # the second one
    assert who(actors_of(role_off, APPOSED), "nominee") is None


def test_a_word_the_role_did_not_have_names_no_one(on: Any) -> None:
    text = "Martin Kessler, the Republican nominee, spoke. Anna Vitale criticized the Democratic nominee."
    assert who(actors_of(on, text), "nominee") is None
    assert who(actors_of(on, text), "Democratic nominee") is None


def test_two_people_of_the_role_name_no_one(on: Any) -> None:
    text = (
        "Republican nominee Martin Kessler and Democratic nominee Paul Ostrow met. "
        "Later the nominee criticized the plan."
    )
    assert who(actors_of(on, text), "nominee") is None


def test_a_description_told_by_its_own_clause_is_not_the_role(on: Any) -> None:
    text = (
        "FBI Director Martin Kessler spoke on Monday. "
        "The director who runs the agency next year will face the same questions."
    )
    assert who(actors_of(on, text), "director") is None


def test_the_role_head_is_a_kind_of_person(on: Any) -> None:
    # "State" before "Treasurer Anna Vitale" is no role: the state is no person
    text = "State Treasurer Anna Vitale spoke. Taxes rose in the state this year."
    assert who(actors_of(on, text), "state") is None


# ---------------------------------------------------------------- side groups

CAMPAIGN = "Martin Kessler spoke in Iowa. Kessler's campaign attacked Anna Vitale on Monday."
AIDES = "Martin Kessler spoke in Iowa. His aides criticized Anna Vitale."


def test_a_possessed_campaign_acting_is_its_person(on: Any, side_off: Any) -> None:
    assert who(actors_of(on, CAMPAIGN), "campaign") == "Martin Kessler"
    assert who(actors_of(side_off, CAMPAIGN), "campaign") is None


def test_a_pronoun_possessed_staff_is_its_person(on: Any, side_off: Any) -> None:
    assert who(actors_of(on, AIDES), "aides") == "Martin Kessler"
    assert who(actors_of(side_off, AIDES), "aides") is None


def test_a_campaign_of_an_earlier_year_or_a_former_aide_is_not_read(on: Any) -> None:
    text = "Martin Kessler spoke. His 2008 campaign attacked Anna Vitale. His former aides praised her."
    layer = actors_of(on, text)
    assert not [m for m in layer.mentions if m.text in ("campaign", "aides", "2008 campaign")]


def test_a_campaign_inside_a_phrase_is_not_read(on: Any) -> None:
    text = "Paul Ostrow, the chairman of Martin Kessler's campaign, criticized Anna Vitale."
    assert who(actors_of(on, text), "campaign") is None
