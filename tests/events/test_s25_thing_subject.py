"""Session 25 (engineer N3): ``events.sense.thing_subject_no_act`` - an active verb whose own
subject names no one ("his stance may have helped him", "it undermines confidence") is no
act between parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import word_list

RULE = "events.sense.thing_subject_no_act"
MOTION = "events.sense.motion_consult_needs_partner"
STRICT = "events.sense.thing_subject_strict"  # session 30: the strict form drops these too
TRAVEL = "events.sense.private_travel_no_visit"  # session 31: so does private travel
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("His careful silence may have helped him keep the trust of voters.", "helped"),
        ("Changing the rules could lead to more disputes.", "lead"),
        ("The higher wages will allow me to save money for college.", "allow"),
        ("The old plan never came to fruition.", "came"),
    ],
)
def test_a_thing_as_subject_is_no_event(runner, text, word):
    # read as an event with both rules off (and session 26's learned reality drop)
    assert (
        runner.on(text, word, (RULE, MOTION, STRICT, TRAVEL, "events.reality.drop", NO_PARTY)) != []
    )
    assert runner.on(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Novak helped the farmers after the flood.", "helped"),  # a name
        ("The ministers agreed to meet again next week.", "agreed"),  # a noun of people
        ("Several states rejected the bills last year.", "rejected"),  # a place acts
        ("The statement condemned the decision of the council.", "condemned"),  # speaks for
        ("A number of senators support the reform.", "support"),  # a part of people
        ("The Novak campaign accused Haddad of lying.", "accused"),  # a body named for someone
    ],
)
def test_someone_as_subject_keeps_the_event(runner, text, word):
    assert runner.on(text, word) != []


def test_force_is_left_to_the_force_rules(runner):
    # CAMEO 13-20: weapons and attacks act too
    text = "The blast killed five soldiers near the border."
    assert runner.on(text, "killed") == runner.on(text, "killed", (RULE,)) != []


def test_the_word_lists_are_imported_from_wordnet():
    assert {"statement", "letter", "editorial"} <= word_list("events/voice_nouns.txt")
    assert {"state", "city", "district"} <= word_list("events/place_nouns.txt")
    assert "stance" not in word_list("events/voice_nouns.txt")


@pytest.fixture(scope="module")
def motion(analyzer):
    return StageRunner(analyzer, on=(MOTION,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak said he had come to the conclusion that the plan was wrong.", "come"),
        ("The senator arrived at the arena on Sunday for the convention.", "arrived"),
        ("In other words, I came here for a one-year program.", "came"),
    ],
)
def test_a_motion_verb_with_no_one_met_is_no_consultation(motion, text, word):
    assert motion.on(text, word, (MOTION,)) != []  # read as a consultation with the rule off
    assert motion.on(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president met with Haddad in the Oval Office.", "met"),  # a partner
        ("Minister Haddad came to Moscow on Monday.", "came"),  # a place that is an actor
        ("President Novak arrived in Lima on Tuesday.", "arrived"),  # a city arrived in
        ("The two leaders met on Monday.", "met"),  # among themselves
    ],
)
def test_a_partner_keeps_the_meeting(motion, text, word):
    assert motion.on(text, word) != []
