"""Session 25 (lead, issue 12): an act a particle verb of withholding puts off ("hold off
on backing X", "held back from endorsing X") is no act: it is a refusal of it for now
(``events.sense.held_off_act``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

RULE = "events.sense.held_off_act"


def _at(analysis: Any, word: str) -> list[str]:
    text = analysis.text
    return [e.type for e in analysis.events if text[e.trigger.start : e.trigger.end] == word]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Senator Moreau said he would hold off on backing President Novak.", "backing"),
        ("Senator Moreau held back from endorsing President Novak on Monday.", "endorsing"),
    ],
)
def test_an_act_held_off_is_no_support(pipeline_off: Any, text: str, word: str) -> None:
    on = _at(pipeline_off(text), word)
    assert "SUPPORT" not in on and "REJECT" in on, on
    assert "SUPPORT" in _at(pipeline_off(text, (RULE,)), word)


def test_holding_off_an_attack_is_not_read(pipeline_off: Any) -> None:
    """ "held off the attack" (resist, WordNet's first sense) has no gerund: nothing changes."""
    text = "Senator Moreau endorsed President Novak after the troops held off the attack."
    assert _at(pipeline_off(text), "endorsed") == _at(pipeline_off(text, (RULE,)), "endorsed")
