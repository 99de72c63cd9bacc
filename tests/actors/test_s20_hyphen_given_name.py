"""Session 20 (engineer S, second task): a name that NER ends at a hyphen before a
lower-case syllable ("Han Duck" of "Han Duck-soo") takes the hyphened word. Sentences
written for these tests; the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

HYPHEN_GIVEN_NAME = "actors.names.hyphen_given_name"

SAID = "South Korean Prime Minister Han Duck-soo said on Monday that talks would resume."
BACKED = "A Trump-backed candidate won the primary in Ohio on Tuesday."


def _texts(layer: Any) -> list[str]:
    return [m.text for m in layer.mentions]


def test_the_hyphened_given_name_is_part_of_the_name(layer_of: Any) -> None:
    layer, _ = layer_of(SAID, "2024-03-01")
    assert "Han Duck-soo" in _texts(layer), layer.mentions
    assert "Han Duck" not in _texts(layer), layer.mentions


def test_with_the_rule_off_the_name_ends_at_the_hyphen(layer_off: Any) -> None:
    layer = layer_off(SAID, [HYPHEN_GIVEN_NAME])
    assert "Han Duck-soo" not in _texts(layer), layer.mentions


def test_a_participle_after_the_hyphen_is_no_name(layer_of: Any) -> None:
    layer, _ = layer_of(BACKED, "2024-03-01")
    assert not any("backed" in t for t in _texts(layer)), layer.mentions
