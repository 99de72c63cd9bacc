"""Session 43 (QP): a one-word place name right after a given name outside the entity is
the person's surname ("Chief Chuck Jordan"), not the country (``actors.names.given_name_place``).

Sentences written for the tests; the rule is switched on and off explicitly.
"""

from __future__ import annotations

from typing import Any

RULE = "actors.names.given_name_place"

CHIEF = (
    "The department is investigating the shooting. “We will achieve justice in this case,” "
    "Tulsa police Chief Chuck Jordan said Monday."
)
KING = "King Abdullah of Jordan said the talks would resume in Amman."


def _actor_at(layer: Any, words: str) -> Any:
    m = next((m for m in layer.mentions if words in m.text), None)
    return layer.actor(m.actor_id) if m is not None else None


def test_a_given_name_before_a_country_makes_a_person(layer_with: Any) -> None:
    layer = layer_with(CHIEF, [RULE])
    actor = _actor_at(layer, "Jordan")
    assert actor is not None and actor.type == "person", layer.mentions
    assert actor.name == "Chuck Jordan"
    assert not any(m.actor_id == "country:JOR" for m in layer.mentions), layer.mentions


def test_with_the_rule_off_the_surname_is_the_country(layer_off: Any) -> None:
    layer = layer_off(CHIEF, [RULE])
    actor = _actor_at(layer, "Jordan")
    assert actor is not None and actor.id == "country:JOR", layer.mentions


def test_a_country_after_a_title_and_of_stays_the_country(layer_with: Any) -> None:
    layer = layer_with(KING, [RULE])
    assert any(m.actor_id == "country:JOR" for m in layer.mentions), layer.mentions
