"""Session 19 (engineer S, issue 14; the lead's note on a two-word surname): a later name
that is the last words of a fuller name of this document ("Ortiz Mena" after "Carlos
Ortiz Mena") is that person, not a namesake of their own (``actors.names.trailing_name``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

TRAILING = "actors.names.trailing_name"
TEXT = (
    "Quito councillor Carlos Ortiz Mena criticised the water company on Monday. "
    "Ortiz Mena said the prices were too high."
)
OTHER = "George W. Bush spoke on Monday. Jeb Bush said he disagreed."


def _people(layer: Any) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in layer.mentions:
        actor = layer.actor(m.actor_id)
        if actor is not None and actor.type == "person":
            out.setdefault(actor.id, set()).add(m.text)
    return out


def test_the_last_words_of_a_full_name_are_that_person(layer_of: Any) -> None:
    layer, _ = layer_of(TEXT, "2024-10-01")
    people = _people(layer)
    assert {"Carlos Ortiz Mena", "Ortiz Mena"} in people.values(), people


def test_without_the_rule_the_short_form_is_a_person_of_its_own(layer_off: Any) -> None:
    people = _people(layer_off(TEXT, [TRAILING], date="2024-10-01"))
    assert not any({"Carlos Ortiz Mena", "Ortiz Mena"} <= words for words in people.values())


def test_another_given_name_stays_another_person(layer_of: Any) -> None:
    layer, _ = layer_of(OTHER, "2024-10-01")
    people = _people(layer)
    assert not any({"George W. Bush", "Jeb Bush"} <= words for words in people.values()), people
