"""Session 31 (engineer EV): ``events.sense.agreement_needs_commitment_verb`` - an AGREE
read from a verb whose most frequent WordNet sense is no act of words, giving or social
life (wanting, planning, aiming, preparing), with no object and no party agreed with, is
no event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.agreement_verbs import NO_COMMITMENT_FILES
from stancemap.events.lexnames import lexnames

RULE = "events.sense.agreement_needs_commitment_verb"
REALITY = "events.reality.drop"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


def _agree(runner, text, word, off):
    return [e for e in runner.on(text, word, off) if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A conservative group aimed at taking down Novak is out with a new ad.", "aimed"),
    ],
)
def test_a_verb_of_aiming_commits_no_one(runner, text, word):
    # read as AGREE with the rule off (and the learned reality's drop off)
    assert _agree(runner, text, word, (RULE, REALITY)) != []
    assert _agree(runner, text, word, (REALITY,)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak promised to end the deportation program.", "promised"),  # words
        ("The company offered to cover the cost of the schooling.", "offered"),  # giving
        ("The two leaders pledged to support the nominee.", "pledged"),
    ],
)
def test_a_promise_or_an_offer_is_kept(runner, text, word):
    # a policy pledge to no one is no event since session 64 (events.sense.policy_pledge_no_event);
    # what this file reads is the agreement verbs' reality, so that rule is off here
    pledge = "events.sense.policy_pledge_no_event"
    found = _agree(runner, text, word, (REALITY, pledge))
    assert found != []
    assert len(_agree(runner, text, word, (RULE, REALITY, pledge))) == len(found)


def test_the_files_are_wordnet_files_of_no_commitment():
    names = lexnames()
    assert names[("want", "V")] in NO_COMMITMENT_FILES
    assert names[("aim", "V")] in NO_COMMITMENT_FILES
    for word in ("promise", "agree", "offer", "join", "sign"):
        assert names[(word, "V")] not in NO_COMMITMENT_FILES
