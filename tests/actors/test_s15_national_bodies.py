"""A national body named without its country (session 15 round 2, engineer C): "the
Senate" in a story about one country is that country's. Sentences written for these
tests; each has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

RULE = "actors.names.national_body"
ONE_COUNTRY = (
    "Senator Marco Rubio met voters in Miami on Monday. "
    "The Senate will vote on the budget next week, Mr. Rubio said, and the Justice "
    "Department is reviewing the plan. Governor Rick Scott of Florida and former "
    "President Barack Obama did not comment."
)
MANY_COUNTRIES = (
    "Officials from France, Germany, Italy and Spain met in Brussels on Monday. "
    "The Senate will vote on the budget next week."
)


def test_the_senate_of_a_one_country_story_is_that_countrys(layer_of: Any) -> None:
    layer, _ = layer_of(ONE_COUNTRY, "2016-10-01")
    senate = _at(layer, ONE_COUNTRY, "Senate")
    assert senate is not None and senate.id == "org:us-senate", senate
    justice = _at(layer, ONE_COUNTRY, "Justice Department")
    assert justice is not None and justice.country == "USA", justice
    assert justice.sector == "GOV" and justice.country_source == "story", justice


def test_a_state_senate_is_not_the_nations(layer_of: Any) -> None:
    text = ONE_COUNTRY + " Mr. Rubio once ran in state Senate races in Florida."
    layer, _ = layer_of(text, "2016-10-01")
    state = _at(layer, text, "Senate", 1)
    assert state is None or state.id != "org:us-senate", state


def test_the_senate_has_no_country_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(ONE_COUNTRY, [RULE], "2016-10-01")
    senate = _at(layer, ONE_COUNTRY, "Senate")
    assert senate is None or senate.country is None, senate


def test_no_story_country_where_several_are_named_alike(layer_of: Any) -> None:
    layer, _ = layer_of(MANY_COUNTRIES, "2016-10-01")
    senate = _at(layer, MANY_COUNTRIES, "Senate")
    assert senate is None or senate.country is None, senate


# ---------------------------------------------------------------- a state written short

ABBREVIATED = "actors.names.state_abbreviation"
CITY = "The senator spoke to donors in Athens, Ga., on Monday."


def test_a_city_before_a_state_written_short_is_that_states(layer_of: Any) -> None:
    layer, _ = layer_of(CITY, "2016-10-01")
    city = _at(layer, CITY, "Athens")
    assert city is not None and city.country == "USA", city


def test_a_city_before_a_state_written_short_is_the_capital_with_the_rule_off(
    layer_off: Any,
) -> None:
    layer = layer_off(CITY, [ABBREVIATED], "2016-10-01")
    city = _at(layer, CITY, "Athens")
    assert city is not None and city.country == "GRC", city


def test_a_short_form_two_states_spell_decides_nothing(layer_of: Any) -> None:
    text = "The senator spoke to donors in Athens, Mi., on Monday."  # Michigan? Minnesota?
    layer, _ = layer_of(text, "2016-10-01")
    city = _at(layer, text, "Athens")
    assert city is not None and city.country == "GRC", city


# ---------------------------------------------------------------- a state's party

STATE_PARTY = "actors.names.region_party"
BRANCH = "The Nevada Republican Party endorsed the governor on Friday."


def test_a_state_party_is_the_states_branch(layer_of: Any) -> None:
    layer, _ = layer_of(BRANCH, "2016-10-01")
    party = _at(layer, BRANCH, "Republican Party")
    assert party is not None and party.id.startswith("new:organization:"), party
    assert party.country == "USA" and party.sector == "PTY", party
    assert "Nevada" in party.name, party


def test_a_state_party_is_the_national_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(BRANCH, [STATE_PARTY], "2016-10-01")
    party = _at(layer, BRANCH, "Republican Party")
    assert party is not None and party.id.startswith("org:"), party
