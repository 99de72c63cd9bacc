"""Session 33 (engineer EV): ``events.sense.claim_accuses_no_one`` - a verb the dictionary
codes as the bare disapproval (110: argue, claim, lament, dispute) whose complement is a
clause and which names no one disapproved of is no event. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.sense.claim_accuses_no_one"
REALITY = "events.reality.drop"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _accuse(runner, text, word, off):
    return [e for e in runner.on(text, word, off) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Supporters of the law argue that its provisions are changing health care.", "argue"),
        ("Novak has argued that the law was crippled from the outset.", "argued"),
        ("Novak argued insistently that he would be a superior candidate.", "argued"),
        ("The coalition includes individuals who claim to represent Asian Americans.", "claim"),
        ("Novak lamented that the talks had failed.", "lamented"),
    ],
)
def test_a_claim_about_no_party_is_no_accusation(runner, text, word):
    assert _accuse(runner, text, word, (RULE, REALITY)) != []  # read with the rule off
    assert _accuse(runner, text, word, (REALITY,)) == []


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("Novak argued that Haddad had lied about the deal.", "argued", ["p:Haddad"]),
        ("Novak claimed that Russia had violated the ceasefire.", "claimed", ["c:RUS"]),
        ("Novak argued against Haddad's plan.", "argued", ["p:Haddad"]),
        ("Novak doubts that Haddad can win.", "doubts", ["p:Haddad"]),
    ],
)
def test_a_claim_about_a_party_keeps_its_reading(runner, text, word, target):
    found = _accuse(runner, text, word, (REALITY,))
    assert [e.target for e in found] == [target]


def test_an_object_keeps_the_reading(runner):
    # "claimed responsibility": no clause, the rule does not read it
    text = "Novak claimed responsibility for the attack."
    assert _accuse(runner, text, "claimed", (REALITY,)) != []
    assert len(_accuse(runner, text, "claimed", (REALITY,))) == len(
        _accuse(runner, text, "claimed", (RULE, REALITY))
    )
