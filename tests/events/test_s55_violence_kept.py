"""Session 55 (NV): ``events.sense.no_political_party`` (on since session 55) keeps violence
told by its weapon or as a clash, and an act on a protest (events/violence_kept.py). The
sentences were written for this test; each runs the whole pipeline with the rule on and off:
session 54's form of the rule dropped each of the kept ones (the missile line on hand-cast
actors, as in test_s41)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner
from party_runner import types_on_trigger

from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import violence_import
from stancemap.events.violence_kept import clash_nouns, protest_nouns, weapon_nouns
from stancemap.wordnet_files import WORDNET

RULE = "events.sense.no_political_party"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_on():
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # a weapon as the doer of a participle: someone fired it (whole pipeline: a place
        # actor of Kharkiv; the hand-cast city of test_s41 is below)
        ("Missiles targeting Kharkiv hit a school.", "targeting", "ASSAULT"),
        # deaths in clashes, fighting, a shootout: violence by someone
        ("Twelve people died in clashes in Cairo.", "died", "ASSAULT"),
        ("Two men died in skirmishes near the border.", "died", "ASSAULT"),
        ("Five villagers died in fighting near the border.", "died", "ASSAULT"),
        ("Four people were killed in a shootout near the market.", "killed", "ASSAULT"),
        # an act on a protest is political, whoever calls it off
        ("The farmers called off the rally in the capital.", "called", "CONCEDE"),
    ],
)
def test_violence_and_protests_are_kept(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == [read]
    assert types_on(text, trigger, on=True) == [read]


def test_a_weapon_doer_is_kept_beside_a_city(analyzer):
    # with the city cast as a place (an ordinary side), session 54's form dropped it
    runner = StageRunner(analyzer)
    text = "Missiles targeting Kharkiv hit a school."
    on = [e.type for e in runner.on(text, "targeting")]
    assert on == ["ASSAULT"]
    assert on == [e.type for e in runner.on(text, "targeting", (RULE,))]


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # an act of nature or of ordinary people, no weapon, no clash, no protest
        ("Two hikers were rescued after a rock fall blocked the track.", "rescued", "AID"),
        ("The residents were in shock after a fire destroyed the shop.", "destroyed", "ASSAULT"),
    ],
)
def test_what_the_rule_drops_still_goes(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == [read]
    assert types_on(text, trigger, on=True) == []


def test_the_word_lists_load():
    assert {"clash", "skirmish", "brawl", "fighting", "uprising"} <= clash_nouns()
    # a feeling, an artifact: their first act sense is a fight, their first sense is not
    assert not {"shock", "fencing", "storm", "fire"} & clash_nouns()
    assert {"missile", "bomb", "shell", "grenade", "artillery"} <= weapon_nouns()
    assert {"rally", "march", "strike", "demonstration", "boycott"} <= protest_nouns()


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet is not installed")
def test_the_importer_reproduces_the_lists():
    assert word_list(violence_import.CLASHES) == frozenset(violence_import.clash_nouns(WORDNET))
    assert word_list(violence_import.WEAPONS) == frozenset(violence_import.weapon_nouns(WORDNET))
    assert word_list(violence_import.PROTESTS) == frozenset(violence_import.protest_nouns(WORDNET))
