"""Session 12 (issue 12): an act in a gerund clause of a verb of recalling is history
(``events.mode.remembered_act``), on sentences written for these tests; each case runs with
the rule on and off, so the test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.mode.remembered_act"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Novak recalled her years as minister advising Haddad.", "advising"),
        ("Novak remembered meeting Haddad in Kyiv.", "meeting"),
    ],
)
def test_an_act_recalled_is_historical(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.mode == "historical" for e in events), events
    off = runner.on(sentence, word, off=(RULE,))
    assert off and all(e.mode != "historical" for e in off), off


def test_an_act_done_now_is_not(runner):
    events = runner.on("Novak is advising Haddad.", "advising")
    assert events and all(e.mode != "historical" for e in events), events
