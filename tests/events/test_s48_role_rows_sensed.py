"""Session 48 (engineer LS): a verb the trigger lexicon reads by role (intent, refuse,
threat, demand: "agree", "oppose", "offer", "urge") goes through the ``events.sense`` rules
as an event row's verb does (rule ``events.sense.role_rows_sensed``, shipped off). Without
it these frames skip every sense veto: "whether she agrees or disagrees" lost only
"disagrees" to the open-question rule. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import open_questions, role_rows

RULE = role_rows.ROLE_ROWS_SENSED
QUESTION = open_questions.OPEN_QUESTION

# yes/no questions on an intent row ("agree") and a refusal row ("oppose")
ASKED = [
    ("Does Governor Ann Miller agree with Senator Tom Hale on trade?", "agree", "AGREE"),
    ("Does Governor Ann Miller oppose Senator Tom Hale?", "oppose", "REJECT"),
]
TOLD = [
    ("Governor Ann Miller agrees with Senator Tom Hale on trade.", "agrees"),
    ("Governor Ann Miller rejected Senator Tom Hale's offer.", "rejected"),
    ("Governor Ann Miller urged Senator Tom Hale to resign.", "urged"),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(("text", "word", "kind"), ASKED)
def test_a_role_row_asked_about_is_vetoed_only_with_the_rule(runner, text, word, kind):
    # the question rule on, this rule off (and RR's narrow one, which drops these too)
    off = runner.on(text, word, (f"+{QUESTION}", RULE, role_rows.CLAUSE_SENSED))
    assert [e.type for e in off] == [kind]
    assert runner.on(text, word, (f"+{QUESTION}", f"+{RULE}")) == []


@pytest.mark.parametrize(("text", "word"), TOLD)
def test_a_role_row_told_stays_as_it_was(runner, text, word):
    on = runner.on(text, word, (f"+{QUESTION}", f"+{RULE}"))
    off = runner.on(text, word, (f"+{QUESTION}", RULE))
    assert len(on) == 1
    assert [(e.type, e.mode, e.source, e.target) for e in on] == [
        (e.type, e.mode, e.source, e.target) for e in off
    ]


FOLDED = role_rows.FOLDED_ROWS_SENSED
VOTER = "Maria Lopez says she plans to vote for Senator Tom Hale in November."
FOLDED_ACT = "Governor Ann Miller agreed to sanction Russia."


def test_a_folded_plan_to_vote_is_vetoed_only_by_the_folded_rule(runner):
    assert [e.type for e in runner.on(VOTER, "plans", (RULE, FOLDED))] == ["AGREE"]
    assert [e.type for e in runner.on(VOTER, "plans", (f"+{RULE}", FOLDED))] == ["AGREE"]
    assert runner.on(VOTER, "plans", (f"+{FOLDED}", RULE)) == []


def test_a_folded_act_told_stays(runner):
    off = runner.on(FOLDED_ACT, "agreed", (RULE, FOLDED))
    on = runner.on(FOLDED_ACT, "agreed", (f"+{FOLDED}", f"+{RULE}"))
    assert [e.type for e in off] == ["THREATEN"]
    assert [(e.type, e.target) for e in on] == [(e.type, e.target) for e in off]
