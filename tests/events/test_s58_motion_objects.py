"""Session 58 (AR): an act a verb of motion takes as its direct object is done by that
verb's subject - "flew a joint patrol" (events/motion_objects.py, rule
``events.args.motion_verb_object_doer``, shipped off). The sentences were written for this
test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings

RULE = "events.args.motion_verb_object_doer"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "off", "on"),
    [
        (
            "Russian bombers flew a joint patrol with Chinese aircraft.",
            [("joint patrol", "COOPERATE", [], ["CHN"])],
            [("joint patrol", "COOPERATE", ["RUS"], ["CHN"])],
        ),
        (
            "Chinese warships sailed a joint patrol with Russian vessels.",
            [("joint patrol", "COOPERATE", [], ["RUS"])],
            [("joint patrol", "COOPERATE", ["CHN"], ["RUS"])],
        ),
    ],
)
def test_the_movers_do_the_act(read, text, off, on):
    assert read(text, on=False) == off
    assert read(text, on=True) == on


@pytest.mark.parametrize(
    "text",
    [
        # a verb of perception: its subject is no doer
        "Observers watched the joint patrol with Chinese aircraft.",
        # a support verb of the lexicon gives its subject already
        "Russian bombers began a joint patrol with Chinese aircraft.",
    ],
)
def test_other_verbs_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
