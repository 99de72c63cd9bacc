"""Session 22 (engineer E): a generic body word the tagger took for a new organization
("navy"), owned by "its"/"their", takes the country of whom the pronoun refers to
(``actors.names.pronoun_owned_body``, actors/newactors.py). Sentences written for these
tests."""

from __future__ import annotations

import re
from typing import Any

import pytest

RULE = "actors.names.pronoun_owned_body"


def _at(layer: Any, text: str, surface: str) -> Any:
    match = re.search(rf"\b{re.escape(surface)}\b", text)
    assert match is not None
    actor_id = layer.actor_at(match.start(), match.end())
    return layer.actor(actor_id) if actor_id else None


OWNED = [
    ("Pakistan said its navy seized an Indian fishing boat on Monday.", "navy", "PAK"),
    ("Indonesia said its navy had detained a Vietnamese trawler.", "navy", "IDN"),
]


@pytest.mark.parametrize(("text", "surface", "iso3"), OWNED)
def test_a_body_word_owned_by_its_takes_the_owner_country(layer_off, text, surface, iso3):
    found = _at(layer_off(text, []), text, surface)
    assert found is not None and found.country == iso3, found


@pytest.mark.parametrize(("text", "surface", "iso3"), OWNED)
def test_without_the_rule_the_body_has_no_country(layer_off, text, surface, iso3):
    found = _at(layer_off(text, [RULE]), text, surface)
    assert found is None or found.country != iso3, found


def test_a_proper_name_owned_by_its_is_no_generic_body(layer_off):
    # "Gazprom" is a name of its own, not a word for any state's body
    text = "Russia said its Gazprom would cut supplies to Moldova."
    found = _at(layer_off(text, []), text, "Gazprom")
    assert found is None or found.country in (None, "RUS"), found
