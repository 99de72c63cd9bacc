"""Session 33 (engineer EV): ``events.sense.claim_accuses_no_one`` - a verb the dictionary
codes as the bare disapproval (110: argue, claim, lament, dispute) whose complement is a
clause and which names no one disapproved of is no event. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.sense.claim_accuses_no_one"
SELF = "events.sense.self_claim_no_accusation"
REALITY = "events.reality.drop"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))  # shipped off


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
    # read with the rule (and its narrow form) off
    assert _accuse(runner, text, word, (RULE, SELF, REALITY)) != []
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


def _accusations(analysis, word):
    text = analysis.text
    return [
        e
        for e in analysis.events
        if e.type == "ACCUSE" and word in text[e.trigger.start : e.trigger.end]
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Senator Bernie Sanders spoke on Tuesday. Sanders argued insistently that he "
            "would be a superior general-election candidate.",
            "argued",
        ),
        (
            "Senator Bernie Sanders spoke on Tuesday. Sanders claims to speak for the "
            "working class.",
            "claims",
        ),
    ],
)
def test_a_claim_about_oneself_is_no_accusation(pipeline_off, text, word):
    assert _accusations(pipeline_off(text, (SELF, REALITY)), word) != []
    assert _accusations(pipeline_off(text, (REALITY,)), word) == []


def test_a_claim_about_another_party_is_kept_by_the_narrow_rule(pipeline_off):
    text = (
        "Senator Bernie Sanders spoke on Tuesday. Sanders argued that Hillary Clinton "
        "could not win without the superdelegates."
    )
    assert _accusations(pipeline_off(text, (REALITY,)), "argued") != []
