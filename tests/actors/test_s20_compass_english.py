"""Session 20 (engineer S, second task): a region that pycountry and GeoNames name with
a French compass word ("Nord-Kivu") is known by its English form ("North Kivu").
Sentences written for these tests; the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from stancemap.actors.places import with_english_compass

COMPASS_ENGLISH = "actors.places.compass_english"

GOVERNOR = "The North Kivu governor said on Monday that the road would reopen."


def _countries_of(layer: Any, words: str) -> list[Any]:
    return [
        layer.actor(m.actor_id).country
        for m in layer.mentions
        if words in m.text and layer.actor(m.actor_id) is not None
    ]


def test_the_english_form_names_the_region_of_its_country(layer_of: Any) -> None:
    layer, _ = layer_of(GOVERNOR, "2024-03-01")
    assert "COD" in _countries_of(layer, "governor"), layer.mentions


def test_with_the_rule_off_the_english_form_is_unknown(layer_off: Any) -> None:
    layer = layer_off(GOVERNOR, [COMPASS_ENGLISH])
    assert "COD" not in _countries_of(layer, "governor"), layer.mentions


def test_compass_words_alone_or_a_known_name_are_left_as_they_are() -> None:
    regions = {"sud ouest": ["CMR"], "nord kivu": ["COD"], "north kivu": ["XXX"], "sud": ["HTI"]}
    out = with_english_compass(regions)
    assert out["north kivu"] == ["XXX"]  # a name some region has already is kept
    assert "south west" not in out and "south" not in out
