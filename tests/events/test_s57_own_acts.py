"""Session 57 (AR): an act noun owned by a name of the event's own source - or of the
source's country - is the source's own act, and its party is the noun's complement
(events/own_acts.py, rule ``events.args.own_named_act_object``, shipped off). The
sentences were written for this test; each runs the whole pipeline with the rule on and
off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings

RULE = "events.args.own_named_act_object"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "off", "on"),
    [
        (
            # the possessor is the source's seat of government
            "The Cuban president reaffirmed Havana's support for the Venezuelan president.",
            [("reaffirmed", "SUPPORT", ["CUB"], ["CUB"])],
            [("reaffirmed", "SUPPORT", ["CUB"], ["VEN"])],
        ),
        (
            # the possessor is the source's country by name
            "Cuba's president reaffirmed Cuba's support for Venezuela.",
            [("reaffirmed", "SUPPORT", ["CUB"], ["CUB"])],
            [("reaffirmed", "SUPPORT", ["CUB"], ["VEN"])],
        ),
    ],
)
def test_the_sources_own_act_names_its_party(read, text, off, on):
    assert read(text, on=False) == off
    assert read(text, on=True) == on


@pytest.mark.parametrize(
    "text",
    [
        # no act: the source's own doctors stay its target
        "The Cuban president praised Cuba's doctors.",
        # another country's act: its owner is the party
        "The Cuban president welcomed Venezuela's support for Havana.",
        # a pronoun owner is events.args.own_object's
        "The Cuban president reaffirmed his support for the Venezuelan president.",
    ],
)
def test_other_owners_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
