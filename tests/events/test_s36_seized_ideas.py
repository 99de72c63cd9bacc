"""Session 36 (engineer NE): a seizure of an idea, of words or of a time is no act (rule
``events.sense.seized_idea_no_act``, WordNet's first sense of the seized noun). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import seized_ideas

RULE = seized_ideas.SEIZED_IDEA
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too

FIGURATIVE = [
    ("The senator seized on the governor's comments at the debate.", "seized"),
    ("The campaign quickly seized upon the controversy.", "seized"),
    ("The issue was seized upon by the opposition.", "seized"),
]
REAL = [
    ("Rebels seized control of the city on Tuesday.", "seized"),
    ("Police seized the property of the smuggling ring.", "seized"),
    ("Iranian forces seized a British tanker in the Gulf.", "seized"),
    ("Russian troops captured the town of Bakhmut.", "captured"),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.mark.parametrize(("text", "word"), FIGURATIVE)
def test_a_seized_idea_is_no_event(runner, text, word):
    off = runner.on(text, word, (RULE, NO_PARTY))
    assert [(e.type, e.mode) for e in off] == [("COERCE", "seize")]
    assert runner.on(text, word) == []


@pytest.mark.parametrize(("text", "word"), REAL)
def test_a_seized_thing_place_power_or_property_stays(runner, text, word):
    kept = runner.on(text, word)
    assert [(e.type, e.mode) for e in kept] == [("COERCE", "seize")]
    assert kept == runner.on(text, word, (RULE,))


def test_the_wordnet_files_read():
    table = seized_ideas.abstract_nouns()
    assert table["comment"] in seized_ideas.IDEA_LEXNAMES
    assert table["issue"] in seized_ideas.IDEA_LEXNAMES
    # what a real seizure takes is not an idea
    assert table["control"] not in seized_ideas.IDEA_LEXNAMES
    assert table["property"] not in seized_ideas.IDEA_LEXNAMES
    assert "tanker" not in table
