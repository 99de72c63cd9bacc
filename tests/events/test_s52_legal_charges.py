"""Session 52 (RC): a formal charge is legal action (COERCE, CAMEO 173), not an accusation
(events/legal_charges.py, ``events.sense.formal_charge_is_legal_action``, shipped off in session 52, on since
session 53). The
sentences were written for this test; each runs the whole pipeline with the rule on and
off."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings
from stancemap.events.legal_charges import charging_bodies, tasking_nouns

RULE = "events.sense.formal_charge_is_legal_action"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_on():
    # on since session 53: docs/judging.md codes a formal charge COERCE (CAMEO 173)
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "The bank's former treasurer has been charged with fraud.",
        "Three men were charged over the riot in the city centre.",
        "Police charged the farmer with arson on Tuesday.",
        "Detectives charged a nurse with theft last week.",
    ],
)
def test_a_formal_charge_is_legal_action(types_on, text):
    assert types_on(text, "charged", on=False) == ["ACCUSE"]  # the dictionary's 112
    assert types_on(text, "charged", on=True) == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition charged that the minister had misled the parliament.",
        "The senator charged the governor with lying to voters.",
        "The deputy was charged with leading the inquiry into the floods.",
        "The new agency is charged with responsibility for the border.",
    ],
)
def test_words_and_tasks_stay_as_read(types_on, text):
    assert types_on(text, "charged", on=False) == ["ACCUSE"]
    assert types_on(text, "charged", on=True) == ["ACCUSE"]


def test_the_word_lists_load():
    assert "prosecutor" in charging_bodies()
    assert "responsibility" in tasking_nouns()
