"""Session 19 (engineer S, issue 14): a name NER leaves untagged, in apposition to a
person's role noun ("... ministry spokesperson Randhir Jaiswal"), is a new person the role
noun titles, not part of a generic agent (``actors.names.untagged_titled``, shipped off). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

UNTAGGED = "actors.names.untagged_titled"
TEXT = (
    "India's external affairs ministry spokesperson Randhir Jaiswal on Monday criticised "
    "Pakistani Prime Minister Shehbaz Sharif."
)


def _named(layer: Any, words: str) -> Any:
    mention = next((m for m in layer.mentions if m.text == words), None)
    return layer.actor(mention.actor_id) if mention is not None else None


def test_an_untagged_name_after_a_title_is_a_titled_person(layer_with: Any) -> None:
    layer = layer_with(TEXT, [UNTAGGED], date="2024-10-01")  # shipped off: tune-only gain
    person = _named(layer, "Randhir Jaiswal")
    assert person is not None and person.type == "person", person
    assert person.country == "IND" and "spokesperson" in (person.role or ""), person
    # the title is a mention of the person, no generic agent of its own
    title = next(m for m in layer.mentions if m.text.endswith("ministry spokesperson"))
    assert title.actor_id == person.id


def test_without_the_rule_the_name_stays_inside_a_generic_agent(layer_off: Any) -> None:
    layer = layer_off(TEXT, [UNTAGGED], date="2024-10-01")
    assert _named(layer, "Randhir Jaiswal") is None
    title = next(m for m in layer.mentions if m.text.endswith("ministry spokesperson"))
    assert title.actor_id.startswith("agent:"), title


def test_a_body_name_in_apposition_is_no_person(layer_with: Any) -> None:
    # "Foreign Ministry" is a body's words: the rule leaves it alone
    text = "The spokesperson Foreign Ministry said nothing on Monday."
    layer = layer_with(text, [UNTAGGED], date="2024-10-01")
    assert all(
        (a := layer.actor(m.actor_id)) is None or a.type != "person" or "Foreign" not in a.name
        for m in layer.mentions
    )
