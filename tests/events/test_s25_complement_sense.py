"""Session 25 (engineer N4): the verb's sense from its complement - an opinion clause, a
quoted question or an abstract object is no act between parties. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.complement_sense import abstract_nouns

OPINION = "events.sense.opinion_clause_no_act"
QUESTION = "events.sense.quoted_question_no_request"
ABSTRACT = "events.sense.abstract_object_no_act"
RULES = (OPINION, QUESTION, ABSTRACT)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=RULES)


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("Novak conceded that the plan had failed.", "conceded", OPINION),
        ("Novak said he supports the policy.", "supports", ABSTRACT),
        ("Wallace then asked, “With nukes?”", "asked", QUESTION),
        ("“Why would anyone do that?” Novak asked in the video.", "asked", QUESTION),
        ("“Asking a mayor to pay for the bridge?” Haddad said.", "Asking", QUESTION),
        (
            "I also wanted to address the voters' concern that the tax was unfair.",
            "address",
            ABSTRACT,
        ),
        ("Haddad strongly supports the idea of a wall.", "supports", ABSTRACT),
    ],
)
def test_the_complement_shows_no_act(runner, text, word, rule):
    # read as an event with the rule off (and the learned reality, which drops it too)
    assert runner.on(text, word, (rule, "events.reality.drop")) != []
    assert runner.on(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russia and Ukraine agreed on a ceasefire.", "agreed"),  # a real agreement
        ("The minister agreed to the deal with Iran.", "agreed"),  # a party
        ("The two sides agreed that the troops would leave.", "agreed"),  # two parties
        ("Novak asked Haddad to resign.", "asked"),  # an act is asked for
        ("Novak asked the court for a new trial.", "asked"),  # an object
        ("“We asked them to leave,” Novak said.", "asked"),  # a quotation, no question
        ("Senator Novak supports President Haddad.", "supports"),  # a party as object
        ("Novak supported the Iranian proposal.", "supported"),  # the object names someone
        ("Chile and Peru signed an agreement on fishing.", "signed"),  # two parties
    ],
)
def test_a_party_or_an_act_keeps_the_event(runner, text, word):
    found = runner.on(text, word, RULES)
    assert found != []  # an event with the rules off
    assert len(runner.on(text, word)) == len(found)


def test_the_abstract_nouns_come_from_wordnet():
    table = abstract_nouns()
    assert table["issue"] == "noun.cognition"
    assert table["question"] == "noun.communication"
    assert table["deal"] == "noun.act"
    assert "senator" not in table and "country" not in table
