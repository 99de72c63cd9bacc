"""Session 23 (engineer A): a PERSON name NER cut inside its own compound takes the name
words the parse binds to it (``actors.names.name_compound_edges``, actors/name_edges.py).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

RULE = "actors.names.name_compound_edges"


def _mention_at(layer: Any, text: str, surface: str) -> str | None:
    start = text.index(surface)
    found = [m for m in layer.mentions if m.start <= start < m.end]
    return text[found[0].start : found[0].end] if found else None


CUT = [
    (
        "Opposition leader Maria Corina Machado said the vote was stolen. Machado called for "
        "protests.",
        "Maria Corina Machado",
    ),
    (
        "Far-right leader Marine Le Pen criticised the plan on Sunday. Le Pen said it would fail.",
        "Marine Le Pen",
    ),
    (
        "Chad's President Mahamat Idriss Deby said the elections would go ahead.",
        "Mahamat Idriss Deby",
    ),
]


@pytest.mark.parametrize(("text", "name"), CUT)
def test_the_whole_name_is_one_mention(layer_off, text, name):
    assert _mention_at(layer_off(text, []), text, name) == name


@pytest.mark.parametrize(("text", "name"), CUT)
def test_without_the_rule_the_name_is_cut(layer_off, text, name):
    assert _mention_at(layer_off(text, [RULE]), text, name) != name


def test_the_son_is_no_longer_his_late_father(layer_off):
    text = CUT[2][0]
    layer = layer_off(text, [])
    start = text.index("Deby")
    assert layer.actor_at(start, start + 4) == "person:mahamat-deby"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Emmanuel Macron said the vote was stolen.", "Emmanuel Macron"),
        ("Chadian President Mahamat Idriss Deby spoke on Friday.", "Mahamat Idriss Deby"),
        ("Senator Bernie Sanders said the vote was stolen.", "Bernie Sanders"),
    ],
)
def test_a_title_before_the_name_stays_a_title(layer_off, text, name):
    assert _mention_at(layer_off(text, []), text, name) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no KB name and no word written again: the parse alone grows nothing
        ("Rival Hillary Clinton mocked the complaint on Monday.", "Hillary Clinton"),
        ("Opposition leader Maria Corina Machado said the vote was stolen.", "Maria Corina"),
    ],
)
def test_without_evidence_the_name_does_not_grow(layer_off, text, name):
    assert _mention_at(layer_off(text, []), text, name) == name
