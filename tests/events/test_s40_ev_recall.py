"""Session 40 (engineer EV): two causes of unfound core events.

``events.trigger.displeasure_cries``: an audience's cry of displeasure is a protest ("the
crowd booed Novak", "Haddad was booed", "the answer received scattered boos"), by WordNet's
boo.v.01 and the nouns of communication derived from it (``events/displeasure_import.py``).

``events.trigger.headline_clause_verbs``: a headline whose only verbs stand in clauses that
modify its nouns ("Novak extols Haddad, the minister who signed the deal") counts as
verbless, so the main verb the tagger read as a noun is read as a verb.

Sentences written for these tests, with the hand-fixed actors of
``test_sense_pairs.cast_layer`` (Novak, Haddad, Moreau, Russia ...)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import read_table
from stancemap.events.displeasure_import import displeasure_words
from stancemap.events.lexicon import DISPLEASURE_FILE
from stancemap.wordnet_files import WORDNET

CRIES = "events.trigger.displeasure_cries"
CLAUSES = "events.trigger.headline_clause_verbs"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.fixture(scope="module")
def cries(analyzer):
    """``displeasure_cries`` ships off (session 40 lead): these tests switch it on."""
    return StageRunner(analyzer, on=(CRIES,))


def _one(runner, text, word, off=()):
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return found[0]


# ---------------------------------------------------------------- displeasure_cries


def test_a_crowd_booing_someone_is_a_protest_at_them(cries):
    text = "The crowd booed Novak at the rally on Monday."
    assert cries.on(text, "booed", (CRIES,)) == []  # off: no event
    event = _one(cries, text, "booed")
    assert (event.type, event.cameo) == ("PROTEST", "140")
    assert event.target == ["p:Novak"]


def test_one_booed_is_the_target_of_the_protest(cries):
    text = "Haddad was booed during a breakfast in Moscow."
    assert cries.on(text, "booed", (CRIES,)) == []
    event = _one(cries, text, "booed")
    assert event.type == "PROTEST"
    assert event.target == ["p:Haddad"]


def test_boos_received_are_a_protest(cries):
    text = "Novak's answer received loud boos."
    assert [e for e in cries.events(text, (CRIES,)) if e.type == "PROTEST"] == []
    assert [e.type for e in cries.events(text) if "boos" in e.trigger.text] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The crowd cheered Novak at the rally.",  # approval: no protest
        "The snake hissed at Haddad.",  # a hiss is mostly a sound, not a cry of displeasure
    ],
)
def test_other_cries_are_no_protest(cries, text):
    assert [e for e in cries.events(text) if e.type == "PROTEST"] == []


def test_the_shipped_words_are_the_importers():
    rows = {(r["lemma"], r["pos"]) for r in read_table(DISPLEASURE_FILE, required=("lemma",))}
    assert ("boo", "V") in rows and ("boo", "N") in rows
    assert all(r["cameo"] == "140" for r in read_table(DISPLEASURE_FILE, required=("cameo",)))
    if (WORDNET / "data.verb").exists():
        assert set(displeasure_words(WORDNET)) == rows


# ---------------------------------------------------------------- headline_clause_verbs


def test_a_headline_verb_beside_a_relative_clause(runner):
    text = "Novak extols Haddad, the minister who signed the deal with Russia."
    assert runner.on(text, "extols", (CLAUSES,)) == []  # off: the clause's verb hides it
    event = _one(runner, text, "extols")
    assert event.type == "SUPPORT"
    assert event.source == ["p:Novak"] and event.target == ["p:Haddad"]


def test_a_sentence_with_its_own_verb_is_no_headline(runner):
    # "slammed" is the sentence's verb: nothing is read as a headline's noun verb
    text = "Novak slammed Haddad, who signed the deal with Russia."
    found = runner.on(text, "slammed")
    assert len(found) == 1 and found[0].source == ["p:Novak"]
    assert runner.events(text) == runner.events(text, (CLAUSES,))
