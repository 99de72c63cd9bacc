"""Session 19 (engineer S, H's note): in a title-case headline NER may start a name at the
verb ("Ruto Slams Museveni's Fishing Ban": a person "Slams Museveni"); the name starts after
the verb (``actors.names.headline_verb_lead``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

LEAD = "actors.names.headline_verb_lead"
TEXT = (
    "Ruto Slams Museveni's Fishing Ban\n\n"
    "Kenyan President William Ruto on Monday criticised Ugandan President Yoweri Museveni's "
    "ban on Kenyan fishermen."
)


def _words(layer: Any) -> set[str]:
    return {m.text for m in layer.mentions}


def test_a_headline_name_starts_after_its_verb(layer_of: Any) -> None:
    layer, _ = layer_of(TEXT, "2024-10-01")
    assert "Museveni" in _words(layer) and not any("Slams" in w for w in _words(layer))
    museveni = next(m for m in layer.mentions if m.text == "Museveni")
    assert museveni.actor_id == "person:yoweri-museveni"


def test_without_the_rule_the_verb_starts_a_person(layer_off: Any) -> None:
    # session 30: actors.names.glued_common_word cuts a title-line verb too; off with it
    layer = layer_off(TEXT, [LEAD, "actors.names.glued_common_word"], date="2024-10-01")
    assert any(w.startswith("Slams") for w in _words(layer))


def test_a_body_line_is_left_alone(layer_of: Any) -> None:
    # not a title-case line: nothing is cut
    layer, _ = layer_of("The senator said Will Hurd spoke on Monday.", "2024-10-01")
    assert any("Hurd" in w for w in _words(layer))
