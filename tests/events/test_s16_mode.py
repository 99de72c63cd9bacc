"""Session 16 (engineer B): negation that reaches the act on real news - a negative
subject ("Neither X nor Y is inclined to attack Z"), a word of commitment the parser
tags a verb ("is not inclined to"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

NEGATIVE_SUBJECT = "events.mode.negative_subject"
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


def test_a_commitment_participle_is_negated(runner):
    text = "Novak is not inclined to endorse Haddad."
    assert modes(runner, text, "endorse") == ["negated"]
    assert modes(runner, text, "endorse", (PARTICIPLE,)) != ["negated"]


QUESTION = "events.mode.yes_no_question"


@pytest.mark.parametrize(
    ("text", "word"),
    [("Does Iran support Haddad?", "support"), ("Will Iran meet Iraq next week?", "meet")],
)
def test_a_yes_no_question_is_not_asserted(runner, text, word):
    # session 47's events.sense.open_question_no_act (shipped off) would drop the event
    asked = "events.sense.open_question_no_act"
    assert modes(runner, text, word, (asked,)) == ["hypothetical"]
    assert modes(runner, text, word, (QUESTION, asked)) != ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Why did Iran attack Iraq?", "attack"), ("Iran attacked Iraq on Monday.", "attack")],
)
def test_a_wh_question_or_a_statement_stays_asserted(runner, text, word):
    found = modes(runner, text, word)
    assert found and "hypothetical" not in found, found
