"""Session 56 (PA): a gerund under a preposition on an adverb or adjective that modifies
a verb is done by the verb's subject (events/adverb_gerunds.py, rule
``events.args.degree_phrase_gerund``, shipped off). The sentences were written for this
test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings

RULE = "events.args.degree_phrase_gerund"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "off", "on"),
    [
        (
            "The Greek prime minister stopped short of blaming Turkey for the migrant surge.",
            [("blaming", "ACCUSE", [], ["TUR"])],
            [("blaming", "ACCUSE", ["GRC"], ["TUR"])],
        ),
        (
            "The Italian minister went as far as accusing France of hypocrisy.",
            [("accusing", "ACCUSE", [], ["FRA"])],
            [("accusing", "ACCUSE", ["ITA"], ["FRA"])],
        ),
    ],
)
def test_the_verbs_subject_does_the_gerunds_act(read, text, off, on):
    assert read(text, on=False) == off
    assert read(text, on=True) == on


@pytest.mark.parametrize(
    "text",
    [
        # no gerund: a noun under the degree phrase is no act
        "The Greek prime minister stopped short of Turkey on Monday.",
        # a gerund under the verb's own preposition already climbs
        "Greece refrained from criticizing Turkey on Monday.",
    ],
)
def test_other_shapes_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
