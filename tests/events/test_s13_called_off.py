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


COOPERATION_CALLED_OFF = "events.sense.cooperation_called_off"


def test_cooperation_called_off_did_not_happen(runner):
    sentence = "Turkey called off its joint exercises with Iran."
    events = runner.on(sentence, "exercises")
    assert [(e.type, e.cameo, e.source) for e in events] == [("SANCTION", "160", ["c:TUR"])]
    plain = runner.on(sentence, "exercises", off=(COOPERATION_CALLED_OFF,))
    assert not [e for e in plain if e.type == "SANCTION"], plain


def test_cooperation_called_off_through_the_whole_pipeline(analyzer):
    # with the actors stage's own reading the noun is anchored by its partner: without the
    # rule this was COOPERATE, the called-off exercises read as done
    analysis = analyzer.analyze_text(
        "Chile called off its joint exercises with Peru.", doc_id="t", date="2024-05-02"
    )
    assert [e.type for e in analysis.events] == ["SANCTION"], analysis.events


def test_cooperation_held_is_still_cooperation(runner):
    events = runner.on("Turkey held joint exercises with Iran.", "exercises")
    assert events and events[0].type == "COOPERATE", events
