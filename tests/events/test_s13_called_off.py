"""Session 13 (engineer B): "cancelled a joint rally with Y" is no concession (the
dictionary's 'call off a rally' eases dissent) but reduced relations with Y. Sentences
written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

CALLED_OFF = "events.sense.joint_event_called_off"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Novak canceled a joint rally with Haddad.", "canceled"),
        ("Moreau called off her rally with Novak in the capital.", "called"),
    ],
)
def test_an_engagement_called_off_cuts_relations_with_the_partner(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and events[0].type == "SANCTION" and events[0].cameo == "160", events
    assert events[0].target in (["p:Haddad"], ["p:Novak"]), events
    plain = runner.on(sentence, word, off=(CALLED_OFF,))
    assert not plain or plain[0].type == "CONCEDE", plain


def test_a_protest_called_off_is_still_easing_dissent(runner):
    events = runner.on("The farmers called off the rally in the capital.", "called")
    assert events and events[0].type == "CONCEDE", events


def test_cooperation_held_is_still_cooperation(runner):
    events = runner.on("Turkey held joint exercises with Iran.", "exercises")
    assert events and events[0].type == "COOPERATE", events
