"""Phrases that name no actor and wrong links (session 16, engineer C): a noun inside a
WordNet verb idiom, a field named as a modifier, a count of people, a predicative role, a
capitalised word of a WordNet noun, a lower-case PERSON fragment, an abbreviation read as an
acronym, a given name of a person named in full, a surname shared under another given
name. Sentences written for these tests; each rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

import pytest

from .test_real_news_actors import _at

DATE = "2016-05-01"

# (rule, text, surface that must not be an actor with the rule on, but is with it off)
NO_ACTOR = [
    (
        "actors.agent.verb_idiom_object",
        "Farmers and ranchers joined forces in Washington on Monday to fight the dam.",
        "forces",
    ),
    (
        "actors.agent.field_compound",
        "Senator Ann Ruiz told a media breakfast in Washington that she would run.",
        "media",
    ),
    (
        "actors.agent.quantified_generic",
        "Governor Ann Ruiz of Ohio has won enough delegates to secure the nomination.",
        "delegates",
    ),
    (
        "actors.agent.predicative_role",
        "Ann Ruiz, who was born in Lima, became a U.S. citizen in 1998.",
        "citizen",
    ),
    (
        "actors.names.name_word_compound",
        "Senator Ann Ruiz of Ohio called the trade bill a Trojan horse for lobbyists.",
        "Trojan",
    ),
]


@pytest.mark.parametrize(("rule", "text", "surface"), NO_ACTOR)
def test_no_actor_with_the_rule_on(layer_of: Any, rule: str, text: str, surface: str) -> None:
    layer, _ = layer_of(text, DATE)
    assert _at(layer, text, surface) is None, rule
    if "Ruiz" in text:
        assert _at(layer, text, "Ruiz") is not None


@pytest.mark.parametrize(("rule", "text", "surface"), NO_ACTOR)
def test_an_actor_with_the_rule_off(layer_off: Any, rule: str, text: str, surface: str) -> None:
    layer = layer_off(text, [rule], DATE)
    assert _at(layer, text, surface) is not None, rule


KEPT = [
    "The Ohio senator said on Monday that the raid was legal.",
    "Many delegates told reporters in Washington on Monday that they would leave.",
]


def test_bodies_speakers_and_definite_roles_stay(layer_of: Any) -> None:
    layer, _ = layer_of(KEPT[1], DATE)
    assert _at(layer, KEPT[1], "delegates") is not None


def test_a_police_raid_keeps_the_police(layer_of: Any) -> None:
    text = "The Ohio senator said the police raid on Monday was illegal."
    layer, _ = layer_of(text, DATE)
    assert _at(layer, text, "police") is not None


# ---------------------------------------------------------------- names

LOWER = "The senator said jeff would help the campaign in Ohio."


def test_a_lower_case_person_fragment_is_no_name(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(LOWER, DATE)
    assert _at(layer, LOWER, "jeff") is None
    off = layer_off(LOWER, ["actors.names.lowercase_person"], DATE)
    assert _at(off, LOWER, "jeff") is not None


ABBREVIATED = "Acme Holdings Inc. cut jobs in Ohio, and Inc. magazine praised the plan."


def test_an_abbreviation_is_no_acronym(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(ABBREVIATED, DATE)
    found = _at(layer, ABBREVIATED, "Inc", 1)
    assert found is None or found.country != "IND", found
    off = layer_off(ABBREVIATED, ["actors.link.abbreviation_not_acronym"], DATE)
    found = _at(off, ABBREVIATED, "Inc", 1)
    assert found is not None and found.country == "IND", found
