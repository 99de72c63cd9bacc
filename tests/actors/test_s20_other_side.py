"""Session 20 (engineer S, issues 14 and 12): a state body with no country of its own
does not take the country its own act is aimed at. Sentences written for these tests;
the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

OTHER_SIDE = "actors.agent.sentence_country_other_side"

SUMMONED = "The foreign ministry summoned the Chilean ambassador on Monday."
REJECTED = "The interior ministry rejected the remarks made by the Peruvian prime minister."
DOMESTIC = "The government arrested Chilean opposition leader Pablo Rojas on Friday."


def _countries_of(layer: Any, words: str) -> list[Any]:
    return [
        layer.actor(m.actor_id).country
        for m in layer.mentions
        if words in m.text and layer.actor(m.actor_id) is not None
    ]


def test_a_ministry_takes_no_country_of_the_ambassador_it_summoned(layer_of: Any) -> None:
    layer, _ = layer_of(SUMMONED, "2024-03-01")
    assert "CHL" not in _countries_of(layer, "foreign ministry"), layer.mentions


def test_a_ministry_takes_no_country_of_the_leader_it_answered(layer_of: Any) -> None:
    layer, _ = layer_of(REJECTED, "2024-03-01")
    assert "PER" not in _countries_of(layer, "interior ministry"), layer.mentions


def test_with_the_rule_off_the_ministry_takes_the_sentence_country(layer_off: Any) -> None:
    layer = layer_off(SUMMONED, [OTHER_SIDE])
    assert "CHL" in _countries_of(layer, "foreign ministry"), layer.mentions


def test_a_government_acting_on_its_own_opposition_keeps_its_country(layer_of: Any) -> None:
    # the object is no state actor (an opposition leader): the sentence's country stays
    layer, _ = layer_of(DOMESTIC, "2024-03-01")
    assert "CHL" in _countries_of(layer, "government"), layer.mentions
