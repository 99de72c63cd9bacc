"""Session 40 (engineer LV): nouns of acts after a support verb, and naming with a bad-person
name.

``events.trigger.light_verb_nouns``: "had a conversation with X" - the object of a support
verb (a light row, or a verb of WordNet's light senses: have, do, throw) that no row names
is read as the verb WordNet derives it from (``data/events/light_verb_nouns.tsv``), with the
support verb's subject as source; ``events.trigger.light_verb_nouns_dictionary`` lets the
derived verb's bare row come from the imported dictionary ("converse": 040).

``events.sense.naming_bad_person``: "called Y a political opportunist" - a name no sign
file signs whose head is a kind of WordNet's bad or unpleasant person is criticism.

Sentences written for these tests, with the hand-fixed actors of
``test_sense_pairs.cast_layer`` (Novak, Haddad, ...)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import read_table, word_list
from stancemap.events.bad_person_import import bad_person_nouns
from stancemap.events.light_noun_import import light_verbs, noun_verbs
from stancemap.events.light_nouns import FILE, derived_verbs, wordnet_light_verbs
from stancemap.wordnet_files import WORDNET

LIGHT = "events.trigger.light_verb_nouns"
DICTIONARY = "events.trigger.light_verb_nouns_dictionary"
BAD = "events.sense.naming_bad_person"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(LIGHT, DICTIONARY, BAD))


def _one(runner, text, word, off=()):
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return found[0]


# ---------------------------------------------------------------- light_verb_nouns


def test_a_conversation_had_with_someone_is_a_consultation(runner):
    text = "Novak had a long conversation with Haddad on Monday."
    assert runner.on(text, "conversation", (LIGHT,)) == []  # off: no event
    assert runner.on(text, "conversation", (DICTIONARY,)) == []  # converse: a dictionary row
    event = _one(runner, text, "conversation")
    assert event.type == "CONSULT"
    assert "had" in event.trigger.text  # the support verb carries the event
    assert (event.source, event.target) == (["p:Novak"], ["p:Haddad"])


def test_an_argument_had_with_someone_is_a_dispute(runner):
    text = "Novak had a bitter argument with Haddad."
    assert runner.on(text, "argument", (LIGHT,)) == []
    event = _one(runner, text, "argument")
    assert event.type == "ACCUSE"
    assert (event.source, event.target) == (["p:Novak"], ["p:Haddad"])


def test_a_noun_of_no_act_after_have_is_no_event(runner):
    for text in ("Novak had a house in Moscow.", "Novak had a headache on Monday."):
        assert runner.events(text) == [], text


def test_the_derived_verbs_come_from_wordnet():
    assert derived_verbs("conversation") == ("converse",)
    assert "criticize" in derived_verbs("criticism")
    assert derived_verbs("house") == ()  # no act
    assert {"have", "do", "make", "hold", "give"} <= wordnet_light_verbs()
    assert "take" not in wordnet_light_verbs()


def test_the_shipped_table_is_the_importers():
    rows = {(r["noun"], r["verbs"]) for r in read_table(FILE, required=("noun", "verbs"))}
    assert ("conversation", "converse") in rows and ("-", "have") in rows
    if (WORDNET / "data.verb").exists():
        built = {("-", v) for v in light_verbs(WORDNET)}
        built |= {(n, ",".join(vs)) for n, vs in noun_verbs(WORDNET)}
        assert built == rows


# ---------------------------------------------------------------- naming_bad_person


def test_a_bad_person_name_is_criticism(runner):
    text = "Novak called Haddad a political opportunist."
    assert runner.on(text, "called", (BAD,)) == []  # off: no sign, no event
    event = _one(runner, text, "called")
    assert (event.type, event.cameo) == ("ACCUSE", "111")
    assert (event.source, event.target) == (["p:Novak"], ["p:Haddad"])


@pytest.mark.parametrize(
    "text",
    [
        "Novak called Haddad a lawyer.",  # a person, neither bad nor unpleasant
        "Novak called Haddad a hero.",  # a good name stays no event
    ],
)
def test_other_names_are_no_criticism(runner, text):
    assert [e for e in runner.events(text) if e.type == "ACCUSE"] == []


def test_the_shipped_bad_persons_are_the_importers():
    words = word_list("events/bad_person_nouns.txt")
    assert "opportunist" in words and "lawyer" not in words and "hero" not in words
    if (WORDNET / "data.noun").exists():
        assert set(bad_person_nouns(WORDNET)) == words
