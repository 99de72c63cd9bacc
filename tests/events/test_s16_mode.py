"""Session 16 (engineer B): negation that reaches the act on real news - a negative
subject ("Neither X nor Y is inclined to attack Z"), a refused act of conflict
("declined to criticize X" is no rejection of X), a word of commitment the parser tags
a verb ("is not inclined to"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

NEGATIVE_SUBJECT = "events.mode.negative_subject"
REFUSED = "events.mode.refused_conflict_is_negated"
PARTICIPLE = "events.mode.commitment_participle"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def modes(runner, text, word, off=()):
    return [e.mode for e in runner.on(text, word, off)]


def test_neither_nor_subject_negates_the_act(runner):
    text = "Neither Iran nor Syria is inclined to attack Iraq."
    assert modes(runner, text, "attack") == ["negated"]
    assert modes(runner, text, "attack", (NEGATIVE_SUBJECT,)) != ["negated"]


def test_no_subject_negates_the_act(runner):
    text = "No country condemned the strike on Iraq."
    assert modes(runner, text, "condemn") == ["negated"]
    assert modes(runner, text, "condemn", (NEGATIVE_SUBJECT,)) != ["negated"]


@pytest.mark.parametrize(
    "text", ["Iran and Syria are inclined to attack Iraq.", "Some countries condemned Iraq."]
)
def test_a_plain_subject_negates_nothing(runner, text):
    word = "attack" if "attack" in text else "condemn"
    found = modes(runner, text, word)
    assert found and "negated" not in found, found


def test_declining_to_criticize_is_no_rejection(runner):
    # shipped off (one PLOVER check record lost): "+" switches it on
    text = "Novak declined to criticize Iran on Monday."
    on = runner.events(text, ("+" + REFUSED,))
    assert "REJECT" not in [e.type for e in on]
    assert [(e.type, e.mode) for e in on if "criticize" in e.trigger.text] == [
        ("ACCUSE", "negated")
    ]
    assert "REJECT" in [e.type for e in runner.events(text, (REFUSED,))]


def test_refusing_to_meet_stays_a_rejection(runner):
    types = [e.type for e in runner.events("Iran refused to meet Novak.", ("+" + REFUSED,))]
    assert "REJECT" in types


def test_a_commitment_participle_is_negated(runner):
    text = "Novak is not inclined to endorse Haddad."
    assert modes(runner, text, "endorse") == ["negated"]
    assert modes(runner, text, "endorse", (PARTICIPLE,)) != ["negated"]


QUESTION = "events.mode.yes_no_question"
DEMAND_MODE = "events.mode.demand_own_mode"


@pytest.mark.parametrize(
    ("text", "word"),
    [("Does Iran support Haddad?", "support"), ("Will Iran meet Iraq next week?", "meet")],
)
def test_a_yes_no_question_is_not_asserted(runner, text, word):
    assert modes(runner, text, word) == ["hypothetical"]
    assert modes(runner, text, word, (QUESTION,)) != ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Why did Iran attack Iraq?", "attack"), ("Iran attacked Iraq on Monday.", "attack")],
)
def test_a_wh_question_or_a_statement_stays_asserted(runner, text, word):
    found = modes(runner, text, word)
    assert found and "hypothetical" not in found, found


def test_the_should_of_a_demand_is_the_demand(runner):
    # shipped off (held-out sample: one mode made wrong): "+" switches it on
    text = "Novak said Iran should release Haddad immediately."
    on = [(e.type, e.mode) for e in runner.events(text, ("+" + DEMAND_MODE,))]
    assert ("REQUEST", "hypothetical") not in on and "REQUEST" in [t for t, _ in on]
    off = [(e.type, e.mode) for e in runner.events(text, (DEMAND_MODE,))]
    assert ("REQUEST", "hypothetical") in off
