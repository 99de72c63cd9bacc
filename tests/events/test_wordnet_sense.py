"""Sense from WordNet's nouns (events/sense_nouns.py, events.sense.wordnet_nouns): a force
verb whose argument is an idea or words is criticism even where the hand-written
sense.tsv does not list the noun. Sentences written for these tests; actors fixed by
hand (test_sense_pairs.cast_layer). Each case is checked with the rule on and off."""

from __future__ import annotations

from pathlib import Path

import pytest
from misread_helpers import StageRunner

from stancemap.events import sense_nouns, wordnet_import
from stancemap.events.sense import sense_words

WORDNET_NOUNS = "events.sense.wordnet_nouns"
MADE_THING_STRUCK = "events.sense.made_thing_struck"
FORCE = {"ASSAULT", "COERCE", "THREATEN"}


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Russia attacked the doctrine.", "attacked"),
        ("Turkey attacked the manifesto.", "attacked"),
        ("Iran attacked the editorial.", "attacked"),
        ("China attacked the theory.", "attacked"),
    ],
)
def test_force_on_words_is_criticism(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.type == "ACCUSE" for e in events), events
    # the noun is in no hand-written list: without WordNet's nouns the attack is force
    # (session 67 AP's made_thing_struck, on since the session 67 lead, would drop that
    # force reading of a made thing: kept off so that the case still shows the noun's work)
    plain = runner.on(sentence, word, off=(WORDNET_NOUNS, MADE_THING_STRUCK))
    assert plain and all(e.type in FORCE for e in plain), plain


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Russia attacked the hospital.", "attacked"),
        ("Israel struck the mosque.", "struck"),
    ],
)
def test_force_on_buildings_stays_force(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.type in FORCE for e in events), events


def test_the_hand_list_wins_over_wordnet():
    # "target" is a force word in sense.tsv and a word (noun.communication) in WordNet
    merged = sense_nouns._merged()
    assert "target" not in merged["verbal"]
    assert "doctrine" in merged["verbal"] and "doctrine" not in sense_words()["verbal"]
    assert "hospital" in merged["physical"] and "howitzer" in merged["weapon"]
    # "missile" is a hand-listed weapon: WordNet adds nothing for it
    assert "missile" in sense_words()["weapon"] and "missile" not in merged["weapon"]


def test_wordnet_nouns_are_read_on_nouns_only(runner):
    # "an" is a WordNet noun (of words); as a determiner it makes no attack figurative
    events = runner.on("Ukraine said Russia had launched an attack overnight.", "launched")
    assert events and all(e.type == "ASSAULT" for e in events), events


@pytest.mark.skipif(not (wordnet_import.WORDNET / "data.noun").exists(), reason="no WordNet")
def test_the_shipped_table_is_what_the_importer_writes():
    rows = wordnet_import.sense_nouns(Path(wordnet_import.WORDNET))
    shipped = sense_nouns._imported()
    for noun, kind in rows:
        assert noun in shipped[kind]
    assert sum(len(v) for v in shipped.values()) == len(rows)
