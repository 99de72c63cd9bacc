"""Session 13 (engineer B): a battle with a rival is a contest, not an act between them
("will win his battle with Y", "benefited from the battle with Y"). Sentences written for
these tests; actors fixed by hand (test_sense_pairs.cast_layer: Novak, Haddad and Moreau
are politicians)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RIVAL = "events.sense.rival_battle"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Novak will win his battle with Haddad.",
        "Moreau benefited from the long battle with Novak.",
        "Haddad benefited from his bitter fight with Moreau.",
    ],
)
def test_a_battle_with_a_rival_is_no_act(runner, sentence):
    assert runner.events(sentence) == []
    plain = runner.events(sentence, off=(RIVAL,))
    assert plain, plain  # the dictionary's COOPERATE on "benefit", or the battle's force


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        ("Syrian troops won the battle with the rebels in Aleppo.", "won", "ASSAULT"),
        ("Russia waged war on Ukraine.", "waged", "ASSAULT"),
    ],
)
def test_an_armed_battle_keeps_its_force(runner, sentence, word, expected):
    assert [e.type for e in runner.on(sentence, word)] == [expected]
