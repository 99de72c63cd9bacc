"""Session 22 (S): a definite state body whose own sentence names no country takes the one
country of the sentence before (``actors.agent.previous_sentence_state``): "Kenya recalled
its envoy. The foreign ministry said ..." is Kenya's ministry. Sentences written here."""

from __future__ import annotations

from typing import Any

RULE = "actors.agent.previous_sentence_state"

ONE = (
    "Kenya recalled its envoy on Monday. "
    "The foreign ministry said the border had been violated twice."
)
TWO = (
    "Kenya recalled its envoy from Uganda on Monday. "
    "The foreign ministry said the border had been violated twice."
)


def _ministry(layer: Any) -> Any:
    m = next((m for m in layer.mentions if "ministry" in m.text), None)
    return layer.actor(m.actor_id) if m is not None else None


def test_the_ministry_is_of_the_one_country_named_before(layer_of: Any) -> None:
    layer, _ = layer_of(ONE, "2024-03-01")
    body = _ministry(layer)
    assert body is not None and body.country == "KEN" and body.sector == "GOV", body


def test_two_countries_before_leave_it_out(layer_of: Any) -> None:
    layer, _ = layer_of(TWO, "2024-03-01")
    body = _ministry(layer)
    assert body is None or body.country is None, body


def test_with_the_rule_off_the_ministry_has_no_country(layer_off: Any) -> None:
    layer = layer_off(ONE, [RULE], "2024-03-01")
    body = _ministry(layer)
    assert body is None or body.country is None, body
