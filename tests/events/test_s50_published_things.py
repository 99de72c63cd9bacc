"""Session 50 (EP): releasing words is publishing, not the release of people or property
(events/published_things.py, ``events.sense.released_words_published``, shipped off). The
sentences were written for this test; each runs the whole pipeline with the rule on and
off."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings

RULE = "events.sense.released_words_published"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton's emails were released by the State Department on Friday.",
        "A poll of Marco Rubio's supporters was released Monday.",
        "Donald Trump's new book was released last week.",
    ],
)
def test_released_words_are_published_not_freed(types_on, text):
    assert types_on(text, "released", on=False) == ["RETREAT"]  # the dictionary's 0841
    assert types_on(text, "released", on=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamas released an Israeli soldier in 2011.",
        "Iran released the crew of a British ship.",
        "Iran released the seized British tanker.",
        "North Korea released an American student.",
    ],
)
def test_people_and_goods_released_keep_the_release(types_on, text):
    assert types_on(text, "released", on=True) == ["RETREAT"]
    assert types_on(text, "released", on=False) == ["RETREAT"]
