"""Session 13 (engineer B): a noun of force that is its own verb ("raid", "ambush") names
the verb's act (WordNet's military action / attack senses, the dictionary verb's code).
Sentences written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import word_list
from stancemap.events import wordnet_import

FORCE_NOUNS = "events.trigger.force_nouns"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Witnesses described the Israeli raid on the refugee camp.", "raid"),
        ("Villagers recalled the Russian raid on the farm in March 2014.", "raid"),
    ],
)
def test_a_raid_is_an_attack(runner, sentence, word):
    events = runner.on(sentence, word)
    assert [e.type for e in events] == ["ASSAULT"], events
    assert runner.on(sentence, word, off=(FORCE_NOUNS,)) == []


def test_a_raid_carried_out_is_the_attack_of_its_doers(runner):
    events = runner.on("Syrian troops carried out a raid on the village.", "raid")
    assert [e.type for e in events] == ["ASSAULT"], events


def test_a_word_of_force_in_wordnet_that_codes_no_force_stays_out(runner):
    # "charge" is a military charge first in WordNet, but its verb's code is an accusation
    events = runner.events("Novak described the charge against Haddad.")
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE")], events


def test_the_force_nouns_are_what_wordnet_gives():
    shipped = word_list("events/force_nouns.txt")
    assert {"raid", "ambush", "foray"} <= shipped and "talk" not in shipped
    if (wordnet_import.WORDNET / "data.noun").exists():
        assert set(wordnet_import.force_nouns(wordnet_import.WORDNET)) == shipped
