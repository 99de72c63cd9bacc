""" "State" in "Secretary of State X" is part of X's title, no actor of its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Former Secretary of State Hillary Clinton won the primary.",
        "US Secretary of State John Kerry arrived in Kiev.",
    ],
)
def test_the_object_of_a_title_is_no_actor(layer_of, text: str) -> None:
    layer, document = layer_of(text, date="2014-03-01")
    said = {document.text[m.start : m.end] for m in layer.mentions}
    assert "State" not in said
    assert any(layer.actors[m.actor_id].type == "person" for m in layer.mentions)


def test_a_body_written_out_stays_an_actor(layer_of) -> None:
    layer, document = layer_of("The Department of State said Kerry arrived.", date="2014-03-01")
    bodies = [layer.actors[m.actor_id] for m in layer.mentions]
    assert any(a.type == "organization" and a.country == "USA" for a in bodies)
