"""Session 37 (engineer DN): an object relative clause's verb takes the noun the clause
modifies as its object (rule ``events.trigger.relative_clause_object``, shipped off: its
tests switch it on). Sentences written for these tests, with the hand-fixed actors of
``test_sense_pairs.cast_layer``."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.relative_object import relative_object
from stancemap.nlp import parse_documents

RULE = "events.trigger.relative_clause_object"


@pytest.fixture(scope="module")
def parse(analyzer):
    def run(text):
        return next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))

    return run


def _clause(doc):
    return next(t for t in doc if t.dep_ == "relcl")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ukraine made an offer Russia rebuffed.", "offer"),
        ("Ukraine made an offer that Russia rebuffed.", "offer"),
        ("The sanctions Russia lifted had hurt Iran.", "sanctions"),
        ("Ukraine named the country that lifted the sanctions.", None),  # a subject relative
        ("The day Russia attacked Ukraine, Turkey called Iran.", None),  # a time, an object
        ("Iraq is the country Iran fought against.", None),  # the preposition's object
    ],
)
def test_the_noun_an_object_relative_clause_acts_on(parse, text, noun):
    found = relative_object(_clause(parse(text)))
    assert (found.text if found is not None else None) == noun


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_a_relative_clause_verb_reads_its_noun_for_the_dictionary_pattern(runner):
    text = "The offer that Russia rebuffed came from Ukraine."
    on = runner.on(text, "rebuffed", ("+" + RULE,))
    assert [(e.type, e.source) for e in on] == [("REJECT", ["c:RUS"])]  # "REBUFF * OFFER" 125
    off = runner.on(text, "rebuffed", (RULE,))
    assert [e.type for e in off] != ["REJECT"]  # the bare verb's code


def test_a_lifted_sanction_is_eased(runner):
    text = "The sanctions Russia lifted had hurt Iran."
    assert [e.type for e in runner.on(text, "lifted", ("+" + RULE,))] == ["RETREAT"]
    assert runner.on(text, "lifted", (RULE,)) == []
