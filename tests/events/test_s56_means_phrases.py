"""Session 56 (PA): a 'by' phrase of means, time or measure is no agent of a headline
passive (events/means_phrases.py, rule ``events.args.by_means_not_agent``, shipped off).
The sentences were written for this test; each runs the whole pipeline with the rule on
and off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings
from stancemap.events.lexnames import noun_lexnames
from stancemap.events.means_phrases import NON_AGENT_FILES

RULE = "events.args.by_means_not_agent"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


def test_the_word_classes_are_wordnets():
    lexnames = noun_lexnames()
    assert lexnames["margin"] in NON_AGENT_FILES  # "by a wide margin"
    assert lexnames["nightfall"] in NON_AGENT_FILES  # "by nightfall"
    assert lexnames["police"] not in NON_AGENT_FILES  # "by police": an agent
    assert lexnames["bomb"] not in NON_AGENT_FILES  # "killed by bomb": a causer


@pytest.mark.parametrize(
    ("text", "off", "on"),
    [
        # 'by phone' read as the agent of a headline passive: the doer became the target
        (
            "The Kenyan president conferred by phone on Sunday with his Ugandan counterpart "
            "about the island.",
            [("conferred", "CONSULT", [], ["KEN"])],
            [("conferred", "CONSULT", ["KEN"], ["UGA"])],
        ),
        (
            "Egypt's foreign minister talked by telephone with Jordan on Sunday.",
            [("talked", "CONSULT", [], ["EGY"])],
            [("talked", "CONSULT", ["EGY"], ["JOR"])],
        ),
        # a measure: the parliament voted, it was not voted on
        (
            "The Tanzanian parliament voted by a wide margin to condemn Kenya.",
            [("voted", "AGREE", [], ["TZA"])],
            [("voted", "AGREE", ["TZA"], [])],
        ),
    ],
)
def test_a_means_is_no_agent(read, text, off, on):
    assert read(text, on=False) == off
    assert read(text, on=True) == on


@pytest.mark.parametrize(
    "text",
    [
        # a named agent: a headline passive stays one
        "Iran condemned by UN over nuclear tests.",
        "Israel criticised by EU over settlements.",
        # a thing that may do harm (WordNet artifact) is still a causer
        "Five Afghan soldiers killed by bomb in Kabul.",
        # an auxiliary: a passive whatever its 'by' phrase holds
        "Kenya was criticised by telephone on Monday.",
    ],
)
def test_agents_and_real_passives_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
