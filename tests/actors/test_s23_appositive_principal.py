"""Session 23 (engineer A): "X, communications director for President Y," - the title of the
person X serves is not X's role (``actors.descriptor.appositive_principal``). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

RULE = "actors.descriptor.appositive_principal"


def _person(layer: Any, text: str, name: str) -> Any:
    start = text.index(name)
    return layer.actor(layer.actor_at(start, start + len(name)))


SERVING = [
    (
        "Fahrettin Altun, communications director for President Tayyip Erdogan, said the "
        "claims were false.",
        "Fahrettin Altun",
        "TUR",
    ),
    (
        "Jane Dorrit, an adviser to French President Emmanuel Macron, said the claims were false.",
        "Jane Dorrit",
        "FRA",
    ),
]


@pytest.mark.parametrize(("text", "name", "iso3"), SERVING)
def test_the_served_persons_title_is_not_the_role(layer_off, text, name, iso3):
    person = _person(layer_off(text, []), text, name)
    assert "President" not in (person.role or ""), person
    assert person.country == iso3, person


def test_without_the_rule_the_role_is_the_principals_title(layer_off):
    text, name, _ = SERVING[0]
    person = _person(layer_off(text, [RULE]), text, name)
    assert person.role == "President", person


def test_a_role_of_ones_own_stays(layer_off):
    text = "John Smith, a spokesman for President Joe Biden, said the claims were false."
    person = _person(layer_off(text, []), text, "John Smith")
    assert person.role == "spokesman" and person.country == "USA", person
