"""Session 58 (DM): a one-country demonym on a noun of the act's to/against/at/with/on/
by/over phrase gives its empty target the demonym's country (events/phrase_demonyms.py,
rule ``events.args.phrase_demonym_target``, shipped off). The sentences were written for
this test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings

RULE = "events.args.phrase_demonym_target"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


def test_a_demonym_in_the_acts_phrase_is_its_target(read):
    text = "The defence ministry warned that it would respond firmly to any Moldovan provocations on the frontier."
    assert read(text, on=False) == [("warned", "THREATEN", [], [])]
    assert read(text, on=True) == [("warned", "THREATEN", [], ["MDA"])]


@pytest.mark.parametrize(
    "text",
    [
        # a target already read stays
        "Ecuador's president lashed out at Peruvian negotiators on Tuesday.",
        # "in" tells a place, not who the act is aimed at
        "Hundreds of farmers rallied in Brazilian cities on Monday.",
        # a demonym inside a person's name is no demonym
        "The coach praised the goal by Dawn French on Sunday.",
    ],
)
def test_other_phrases_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
