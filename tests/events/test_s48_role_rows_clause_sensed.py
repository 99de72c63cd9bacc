"""Session 48 (engineer RR): a verb the trigger lexicon reads by role (intent, refuse,
threat, demand), bare or folded over its complement, goes through only the sense rules that
read its clause and not the verb - an open yes/no question, a poll share, an expletive
subject (rule ``events.sense.role_rows_clause_sensed``, shipped off). A folded frame a sense
rule drops takes its complement's clause with it: "Would X agree to sign a deal?" no longer
leaves the signing to be coded alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import role_rows
from stancemap.rules import registry

RULE = role_rows.CLAUSE_SENSED
# on since session 63: "offers clues" to no one is no event at all; the told rows are
# compared with it off, as they were written
OFFERED_TO_NO_ONE = "events.sense.offered_thing_no_event"
PLEDGE_TO_NO_ONE = (
    "events.sense.policy_pledge_no_event"  # on since session 64; a told pledge is read here
)
FOLDED = role_rows.FOLDED_ROWS_SENSED

# a bare role row and a folded one in a yes/no question; a bare one with a poll share
ASKED = [
    ("Does Governor Ann Miller agree with Senator Tom Hale on trade?", "agree", "AGREE"),
    ("Would Governor Ann Miller agree to meet with Senator Tom Hale?", "agree", "AGREE"),
    ("Will Governor Ann Miller agree to debate Senator Tom Hale?", "agree", "AGREE"),
    ("Only 20 percent oppose Senator Tom Hale, the poll found.", "oppose", "REJECT"),
]
# told acts, and readings only the rules written for event-row verbs would drop (a thing
# as subject: "the report offers")
TOLD = [
    ("Governor Ann Miller agrees with Senator Tom Hale on trade.", "agrees"),
    ("Governor Ann Miller agreed to meet Senator Tom Hale in Ohio.", "agreed"),
    ("Governor Ann Miller urged Senator Tom Hale to resign.", "urged"),
    ("The report offers clues about the strategy of Senator Tom Hale.", "offers"),
    (
        "Governor Ann Miller, who has repeatedly pledged to ban all imports from Canada, "
        "spoke on Monday.",
        "pledged",
    ),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(("text", "word", "kind"), ASKED)
def test_a_role_row_in_an_open_question_or_a_poll_is_dropped_only_with_the_rule(
    runner, text, word, kind
):
    assert [e.type for e in runner.on(text, word, (RULE,))] == [kind]
    assert runner.events(text, (f"+{RULE}",)) == []  # nor its complement alone


@pytest.mark.parametrize(("text", "word"), TOLD)
def test_a_told_role_row_stays_as_it_was(runner, text, word):
    on = runner.on(text, word, (f"+{RULE}", OFFERED_TO_NO_ONE, PLEDGE_TO_NO_ONE))
    off = runner.on(text, word, (RULE, OFFERED_TO_NO_ONE, PLEDGE_TO_NO_ONE))
    assert len(off) == 1
    assert [(e.type, e.mode, e.source, e.target) for e in on] == [
        (e.type, e.mode, e.source, e.target) for e in off
    ]


SIGN = "Would Governor Ann Miller agree to sign a trade deal with Canada?"


def test_a_vetoed_fold_takes_its_complement_with_it(runner):
    """folded_rows_sensed drops the fold; the signing is not coded on its own after it."""
    assert [e.type for e in runner.on(SIGN, "agree", (RULE, FOLDED))] == ["AGREE"]
    assert runner.events(SIGN, (f"+{FOLDED}", RULE)) == []


def test_the_clause_rules_are_sense_rules():
    names = {r.name for r in registry._ordered("events.sense.") if r.func is not None}
    assert names >= role_rows.CLAUSE_RULES
