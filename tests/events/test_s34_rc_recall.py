"""Session 34 (engineer RC): recall of the story's core events - a bad name given with a
naming verb is criticism (``events/naming.py``) and an attitude predicated by an adjective
or an agent noun is an event (``events/attitudes.py``). Sentences written for these tests,
with the hand-fixed actors of ``test_sense_pairs.cast_layer`` (Novak, Haddad, Moreau,
Russia, Ukraine ...)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import read_table
from stancemap.events.attitude_import import attitude_words as imported_attitude_words
from stancemap.events.attitudes import WORDS_FILE, attitude_words
from stancemap.events.naming import name_sign
from stancemap.wordnet_files import WORDNET

NAMING = "events.sense.naming_judgment"
ATTITUDE = "events.trigger.attitude_predicates"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _one(runner, text, word, off=()):
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return found[0]


# ---------------------------------------------------------------- naming_judgment


@pytest.mark.parametrize(
    "text",
    [
        "Novak called Haddad a pathological liar on Monday.",
        "Senator Novak has called Haddad an obvious fraud.",
        "Novak called Haddad a dangerous liar in a speech.",
    ],
)
def test_a_bad_name_is_criticism(runner, text):
    word = "called"
    assert runner.on(text, word, (NAMING,)) == []  # the old reading: no event
    event = _one(runner, text, word)
    assert (event.type, event.cameo) == ("ACCUSE", "111")
    assert event.source == ["p:Novak"] and event.target == ["p:Haddad"]


@pytest.mark.parametrize(
    "text",
    [
        "Novak called Haddad a champion of working families.",  # a good name: often sarcasm
        "Novak called Haddad a candidate.",  # no sign
        "Novak called the plan a disaster.",  # no one named as the one called so
    ],
)
def test_other_names_stay_no_event(runner, text):
    assert runner.on(text, "called") == []


def test_a_phone_call_is_not_read_as_naming(runner):
    event = _one(runner, "Novak called Haddad on Tuesday to discuss the crisis.", "called")
    assert event.type != "ACCUSE"


def test_the_name_sign_reads_the_head_then_an_unpossessed_modifier(analyzer):
    doc = analyzer.nlp("He called her a pathological liar and ISIS's best recruiter.")
    liar = next(t for t in doc if t.text == "liar")
    recruiter = next(t for t in doc if t.text == "recruiter")
    assert name_sign(liar) == -1
    assert name_sign(recruiter) == 0  # "best" modifies someone else's recruiter


# ---------------------------------------------------------------- attitude_predicates


@pytest.mark.parametrize(
    ("text", "word", "etype", "source", "target"),
    [
        ("Novak has been critical of Haddad for months.", "critical", "ACCUSE", "p:Novak", "p:Haddad"),
        ("Novak was sharply critical of Russia.", "critical", "ACCUSE", "p:Novak", "c:RUS"),
        ("Novak has been very supportive of Haddad.", "supportive", "SUPPORT", "p:Novak", "p:Haddad"),
        ("Novak was a strong supporter of Haddad.", "supporter", "SUPPORT", "p:Novak", "p:Haddad"),
        ("Novak, a fierce critic of Haddad, spoke on Monday.", "critic", "ACCUSE", "p:Novak", "p:Haddad"),
        (
            "Novak was among the earliest supporters of Haddad.",
            "supporters",
            "SUPPORT",
            "p:Novak",
            "p:Haddad",
        ),
        ("Novak has been critical of Haddad's handling of the war.", "critical", "ACCUSE", "p:Novak", "p:Haddad"),
        ("Novak was furious at Haddad after the vote.", "furious", "ACCUSE", "p:Novak", "p:Haddad"),
        ("Novak is angry with Russia over the gas deal.", "angry", "ACCUSE", "p:Novak", "c:RUS"),
    ],
)  # fmt: skip
def test_an_attitude_predicated_is_an_event(runner, text, word, etype, source, target):
    assert runner.on(text, word, (ATTITUDE,)) == []
    event = _one(runner, text, word)
    assert event.type == etype
    assert event.source == [source] and event.target == [target]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak was critical of the plan.", "critical"),  # no one it is held towards
        ("Novak was furious about the delay.", "furious"),
        ("Critics of Haddad spoke on Monday.", "Critics"),  # a subject, not a predicate
        ("It is critical to Novak that the talks go on.", "critical"),  # "crucial"
        ("Haddad's supporters marched in the capital.", "supporters"),  # a group, no "of"
    ],
)
def test_no_attitude_without_both_parties_predicated(runner, text, word):
    assert runner.on(text, word) == []


def test_a_negated_attitude_is_negated(runner):
    event = _one(runner, "Novak has never been critical of Haddad.", "critical")
    assert event.mode == "negated"


def test_the_word_list_holds_derivations_of_coded_words():
    words = attitude_words()
    assert words[("critical", "A")].type == "ACCUSE"
    assert words[("supporter", "N")].type == "SUPPORT"
    assert words[("supportive", "A")].type == "SUPPORT"
    # patients are left out: the one blamed, the one defended in court
    assert ("blamable", "A") not in words and ("defendant", "N") not in words
    rows = read_table(WORDS_FILE, required=("word", "pos", "code", "type", "via"))
    assert all(r["type"] in ("ACCUSE", "SUPPORT", "REJECT") for r in rows)


@pytest.mark.skipif(not (WORDNET / "data.adj").exists(), reason="WordNet 3.0 files absent")
def test_the_word_list_is_the_importers_output():
    rows = read_table(WORDS_FILE, required=("word", "pos", "code", "type", "via"))
    shipped = [(r["word"], r["pos"], r["code"], r["type"], r["via"]) for r in rows]
    assert shipped == imported_attitude_words(WORDNET)


# ---------------------------------------------------------------- dictionary_whole_sets

WHOLE_SETS = "events.trigger.dictionary_whole_sets"


def test_the_currency_set_is_read_whole():
    from stancemap.events.phoenix import synonym_sets

    text = "&CURRENCY\n# a comment\n+MONEY\n+DOLLAR\n\n&FOOD\n+RICE\n"
    assert synonym_sets(text)["&CURRENCY"] == []  # the reading before session 34
    assert synonym_sets(text, whole=True) == {"&CURRENCY": ["money", "dollar"], "&FOOD": ["rice"]}


@pytest.fixture(scope="module")
def whole_sets(analyzer):
    return StageRunner(analyzer, on=(WHOLE_SETS,))  # shipped off


def test_money_given_is_aid(whole_sets):
    runner = whole_sets
    text = "Novak gave Haddad money for his campaign."
    assert all(e.type != "AID" for e in runner.on(text, "gave", (WHOLE_SETS,)))
    event = _one(runner, text, "gave")
    assert (event.type, event.cameo) == ("AID", "071")
    assert event.source == ["p:Novak"] and event.target == ["p:Haddad"]


def test_set_patterns_come_before_the_bare_verb():
    from stancemap.events.lexicon import Lexicon, TriggerEntry, merge_before_bare

    def row(requires: tuple = (), cameo: str = "060") -> TriggerEntry:
        return TriggerEntry("give", "V", "event", cameo, requires, None, "t")

    from stancemap.events.lexicon import Requirement

    money = row((Requirement("obj", frozenset({"money"})),), "071")
    aid = row((Requirement("obj", frozenset({"aid"})),), "070")
    base, extra = Lexicon(), Lexicon()
    base.add(aid)
    base.add(row())
    extra.add(money)
    merge_before_bare(base, extra)
    assert [r.cameo for r in base.candidates("give", "V")] == ["070", "071", "060"]
