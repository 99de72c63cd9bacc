"""Session 36 (engineer DC): the CAMEO dictionary's no-event patterns ([---]) stop its rows
for the verb (rule ``events.trigger.dictionary_no_event_patterns``). Sentences written for
these tests, with the hand-fixed actors of ``test_sense_pairs.cast_layer``."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.lexicon import load_lexicon
from stancemap.events.ontology import load_ontology
from stancemap.events.phoenix import NO_EVENT_CODE, dictionary_rows

RULE = "events.trigger.dictionary_no_event_patterns"

DICTIONARY = """\
####### VERB PATTERNS #######
---  AVOID   [---]  ---
AVOID   [036]
- * ATTACK        [---]
- * TALKS         [046]
"""


def test_the_importer_reads_no_event_patterns_apart():
    ontology = load_ontology()
    rows = dictionary_rows(DICTIONARY, ontology, no_event=True)
    assert [(r.lemma, r.cameo, r.requires) for r in rows] == [
        ("avoid", NO_EVENT_CODE, "obj=attack")
    ]
    coded = dictionary_rows(DICTIONARY, ontology)
    assert all(r.cameo != NO_EVENT_CODE for r in coded)
    assert ("avoid", "046", "obj=talks|talk") in {(r.lemma, r.cameo, r.requires) for r in coded}


def test_no_event_rows_go_before_the_dictionary_rows_only():
    ontology = load_ontology()
    on = load_lexicon(ontology, no_event_patterns=True)
    off = load_lexicon(ontology)
    avoid = on.candidates("avoid", "V")
    assert avoid[0].role == "none" and "cameo_no_event_patterns" in avoid[0].source
    assert all(r.role != "none" for r in off.candidates("avoid", "V"))
    # "deliver": the project's own row (triggers.tsv) stays first
    deliver = on.candidates("deliver", "V")
    assert "triggers.tsv" in deliver[0].source
    assert any(r.role == "none" for r in deliver)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak abandoned ship after the vote.", "abandoned"),  # "ABANDON * SHIP" [---]
        ("Russia strongly implored the court on Monday.", "implored"),  # "* COURT" [---]
    ],
)
def test_a_no_event_pattern_stops_the_dictionary_row(runner, text, word):
    assert runner.on(text, word, (RULE,)) != []  # the dictionary's code fired
    assert runner.on(text, word, ("+" + RULE,)) == []  # shipped off: switched on here


def test_a_verb_without_its_no_event_phrase_is_still_coded(runner):
    text = "Russia strongly implored Ukraine on Monday."
    assert [e.type for e in runner.on(text, "implored", ("+" + RULE,))] == ["REQUEST"]
