"""Session 37 (engineer DN): the CAMEO no-event patterns ([---]) narrowed. A pattern the
dictionary also codes for the same verb and phrase is not read as no event (rule
``events.trigger.dictionary_no_event_uncontested``); patterns the importer reads only in part
are left out (session 40 CU removed their rule, ``events.trigger.dictionary_no_event_partial``,
worth nothing measured in session 37). Sentences written for
these tests, with the hand-fixed actors of ``test_sense_pairs.cast_layer``."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.lexicon import load_lexicon
from stancemap.events.ontology import load_ontology
from stancemap.events.phoenix import NO_EVENT_CODE, dictionary_rows, read_in_full

NO_EVENT = "events.trigger.dictionary_no_event_patterns"
UNCONTESTED = "events.trigger.dictionary_no_event_uncontested"

DICTIONARY = """\
&MILITARY
+TROOPS
+ARMY

####### VERB PATTERNS #######
---  SUPPORT   [050]  ---
BACK
- * (BY TANKS)                [---]
- * (BY &MILITARY)            [---]
- * KENTUCKY DERBY            [---]
- * (BY &MILITARY)            [062:062]
"""


@pytest.mark.parametrize(
    ("pattern", "whole"),
    [
        ("* (BY TANKS)", True),
        ("* {POLITICAL TRUISM}", True),
        ("* FALL (OF TOWN)", True),
        ("* KENTUCKY DERBY", False),  # read as the object "kentucky"
        ("* (OF {NATURAL CAUSES})", False),  # read as "of natural"
        ("* FOR LESSER", False),  # read as the object "for"
        ("* WHEN A SMALL PLANE CRASHED", False),
    ],
)
def test_a_pattern_is_read_in_full_or_in_part(pattern, whole):
    assert read_in_full(pattern, {}) is whole


def test_patterns_read_in_part_are_left_out():
    ontology = load_ontology()
    full = dictionary_rows(DICTIONARY, ontology, no_event=True)
    # "* KENTUCKY DERBY" would be read as the object "kentucky": left out
    assert [r.requires for r in full] == ["prep:by=tanks|tank", "prep:by=troops|troop|army"]
    assert all(r.cameo == NO_EVENT_CODE for r in full)


def _none_rows(lexicon, lemma):
    return [r for r in lexicon.candidates(lemma, "V") if r.role == "none"]


def test_a_no_event_pattern_the_dictionary_also_codes_is_not_read():
    ontology = load_ontology()
    every = load_lexicon(ontology, no_event_patterns=True)
    uncontested = load_lexicon(ontology, no_event_patterns=True, no_event_uncontested=True)

    def stops_troops(lexicon):
        return any("troops" in q.words for r in _none_rows(lexicon, "support") for q in r.requires)

    # "BACK * (BY &MILITARY)" is both [---] and [062:062] in CAMEO.2.0.txt
    assert stops_troops(every)
    assert not stops_troops(uncontested)
    # "backed by tanks" is not contested: still no event
    assert any("tanks" in q.words for r in _none_rows(uncontested, "support") for q in r.requires)


def test_patterns_read_in_part_are_never_read():
    ontology = load_ontology()
    shipped = load_lexicon(ontology, no_event_patterns=True, no_event_uncontested=True)

    def kentucky(lexicon):
        return any("kentucky" in q.words for r in _none_rows(lexicon, "attend") for q in r.requires)

    assert not kentucky(shipped)
    # the real dictionary has the pattern ("ATTEND * KENTUCKY DERBY"): read in part only
    assert not kentucky(load_lexicon(ontology, no_event_patterns=True))


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


TEXT = "Syrian soldiers, supported by Russian troops, attacked Turkey."


def test_a_contested_no_event_pattern_keeps_the_backing(runner):
    # the dictionary's rows on, narrowed: "supported by Russian troops" is still a
    # cooperation of the troops with the soldiers
    on = runner.on(TEXT, "supported", ("+" + NO_EVENT,))
    assert [(e.type, e.source, e.target) for e in on] == [("COOPERATE", ["c:RUS"], ["c:SYR"])]
    # every [---] pattern read (session 36's rule alone): the backing is lost
    assert runner.on(TEXT, "supported", ("+" + NO_EVENT, UNCONTESTED)) == []


def test_an_uncontested_no_event_pattern_still_stops_its_row(runner):
    text = "Novak abandoned ship after the vote."  # "ABANDON * SHIP" [---], uncontested
    assert runner.on(text, "abandoned", (NO_EVENT,)) != []  # off: the dictionary's code
    assert runner.on(text, "abandoned", ("+" + NO_EVENT,)) == []
