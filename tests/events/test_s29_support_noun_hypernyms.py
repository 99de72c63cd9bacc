"""Session 29 (engineer EV): the object of a support verb that the lexicon lacks names the
act of its nearest coded WordNet hypernym (``events.trigger.support_noun_hypernyms``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.lexicon import event_noun_hypernyms

RULE = "events.trigger.support_noun_hypernyms"
KEEP = ("events.reality.drop",)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.mark.parametrize(
    ("text", "word", "etype", "target"),
    [
        ("Novak paid tribute to Haddad on Monday.", "tribute", "SUPPORT", "p:Haddad"),
        ("Novak made an appeal to Russia to stop the bombing.", "appeal", "REQUEST", "c:RUS"),
        ("Haddad delivered a tirade against Israel.", "tirade", "ACCUSE", "c:ISR"),
    ],
)
def test_the_support_verb_carries_the_hypernym_act(runner, text, word, etype, target):
    assert runner.on(text, word, (RULE, *KEEP)) == []
    found = runner.on(text, word, KEEP)
    assert [e.type for e in found] == [etype]
    assert target in found[0].target


@pytest.mark.parametrize(
    "text",
    [
        "The tribute to Haddad was moving.",  # no support verb: no event
        "Novak read a tribute to Haddad.",  # "read" is no support verb
    ],
)
def test_only_a_support_verb_object(runner, text):
    assert runner.on(text, "tribute", KEEP) == []


def test_the_hypernyms_come_from_wordnet():
    table = event_noun_hypernyms()
    assert table["tribute"][0] == "commendation"
    assert table["tirade"][0] == "denouncement"
    assert "request" in table["appeal"]
    assert "protest" not in table  # the lexicon has it: no row
    assert "occupation" not in table  # a job is no act in words
