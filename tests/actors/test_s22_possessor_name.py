"""Session 22 (S): the words of a person's name written as possessor before a body noun
are never the body's place (``actors.agent.possessor_name_no_place``): "Paul" is also a
town of Cabo Verde and a king of Greece, "Daniel" a place in the gazetteer. Sentences
written here; the people are real heads of state in the KB."""

from __future__ import annotations

from typing import Any

RULE = "actors.agent.possessor_name_no_place"

KAGAME = "Makolo said President Paul Kagame's government would defend the borders."
NOBOA = "He said the raid, ordered by President Daniel Noboa's government, was unlawful."
SURNAME = "Kagame's government said it would defend the borders."


def _government(layer: Any) -> Any:
    m = next((m for m in layer.mentions if m.text == "government"), None)
    return layer.actor(m.actor_id) if m is not None else None


def test_a_full_name_as_possessor_gives_the_body_its_holders_country(layer_of: Any) -> None:
    for text, country in ((KAGAME, "RWA"), (NOBOA, "ECU")):
        layer, _ = layer_of(text, "2024-04-06")
        body = _government(layer)
        assert body is not None and body.country == country, (text, body)
        assert body.id == f"agent:{country.lower()}:gov", body  # no place part from the name


def test_a_surname_alone_was_read_right_before_the_rule(layer_off: Any) -> None:
    layer = layer_off(SURNAME, [RULE], "2024-04-06")
    body = _government(layer)
    assert body is not None and body.country == "RWA", body


def test_with_the_rule_off_the_given_name_is_read_as_a_place(layer_off: Any) -> None:
    layer = layer_off(KAGAME, [RULE], "2024-04-06")
    body = _government(layer)
    assert body is not None and body.country != "RWA", body
