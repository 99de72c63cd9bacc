"""Session 29 (engineer EV): a verb of asserting or proposing over an indicative clause
states what is so and asks nothing of anyone (``events.sense.asserted_clause_no_act``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.complement_sense import assertion_verbs

RULE = "events.sense.asserted_clause_no_act"
NO_ADDRESSEE = "events.sense.request_needs_addressee"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Several party leaders suggested he'd be competitive in the districts.", "suggested"),
        ("He has suggested that the United States could default on its debt.", "suggested"),
        ("Senate Republican leaders have insisted they won't consider the nominee.", "insisted"),
        ("Novak has argued that his rating is far higher than his rivals'.", "argued"),
        ("Novak suggested that Haddad had not been exposed on his views.", "suggested"),
        ("Senator Novak suggested that Mexican immigrants posed a threat.", "suggested"),
    ],
)
def test_an_indicative_clause_is_no_request(runner, text, word):
    # read as an event with the rule off (and the learned reality, which may drop it too, and
    # request_needs_addressee, which drops an addressee-less REQUEST too, when it is switched on)
    assert runner.on(text, word, (RULE, "events.reality.drop", NO_ADDRESSEE)) != []
    assert runner.on(text, word, ("events.reality.drop",)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The protesters insisted that the prisoners be released.", "insisted"),  # mandative
        ("Obama suggested that Russia should withdraw its troops.", "suggested"),  # should
        ("Trump suggested building institutions to house them.", "suggested"),  # no clause
        ("Novak suggested to Haddad that the talks would resume.", "suggested"),  # a party
        ("Clinton urged that Russia would stop the bombing.", "urged"),  # no assertion verb
        ("Novak claimed that Haddad lied to voters.", "claimed"),  # says it of a party
    ],
)
def test_a_request_is_kept(runner, text, word):
    found = runner.on(text, word, (RULE, "events.reality.drop"))
    assert found != []
    assert len(runner.on(text, word, ("events.reality.drop",))) == len(found)


def test_the_assertion_verbs_come_from_wordnet():
    table = assertion_verbs()
    assert {"suggest", "insist", "argue", "claim", "contend", "recommend"} <= table
    assert not {"say", "demand", "urge", "ask", "accuse", "criticize"} & table
