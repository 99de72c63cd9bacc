"""Session 20 (engineer S, second task): a countryless state body does not take the
country of a people's demonym on the object of its own verb ("condemned the Israeli
strike"). Sentences written for these tests; the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

OBJECT_MODIFIER = "actors.agent.sentence_country_object_modifier"

CONDEMNED = "The foreign ministry condemned the Peruvian air strike on Tuesday."
DOMESTIC = "The interior ministry banned Peruvian opposition rallies on Friday."


def _countries_of(layer: Any, words: str) -> list[Any]:
    return [
        layer.actor(m.actor_id).country
        for m in layer.mentions
        if words in m.text and layer.actor(m.actor_id) is not None
    ]


def test_a_ministry_takes_no_country_of_the_strike_it_condemned(layer_of: Any) -> None:
    layer, _ = layer_of(CONDEMNED, "2024-03-01")
    assert "PER" not in _countries_of(layer, "foreign ministry"), layer.mentions


def test_with_the_rule_off_the_ministry_takes_the_demonym_country(layer_off: Any) -> None:
    layer = layer_off(CONDEMNED, [OBJECT_MODIFIER])
    assert "PER" in _countries_of(layer, "foreign ministry"), layer.mentions


def test_a_ministry_acting_on_its_own_opposition_keeps_its_country(layer_of: Any) -> None:
    # the object's demonym names a party (an opposition), not a people: the country stays
    layer, _ = layer_of(DOMESTIC, "2024-03-01")
    assert "PER" in _countries_of(layer, "interior ministry"), layer.mentions
