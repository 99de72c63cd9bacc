"""Session 38 (issue 12): ``events.args.purpose_own_arguments`` - a purpose (or result)
clause lends an act with no target of its own only one of the clause's own arguments, never
the subject of a further clause inside it ("rejected the plan, noting that Germany had
drafted it": Germany is no party of the rejecting). Sentences written for these tests;
actors fixed by hand (test_coder's build_layer), so the events stage alone is tested; the rule
ships off, so each test switches it on and compares with it off."""

from __future__ import annotations

import pytest
from test_coder import build_layer, names

import rule_settings
from stancemap.events.purpose_clause import PURPOSE_OWN_ARGUMENTS
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def code(analyzer):
    """The events stage with the rule on (it ships off) or off."""
    stages = {
        on: EventStage(rule_settings.with_rules(enable=[PURPOSE_OWN_ARGUMENTS] if on else []))
        for on in (True, False)
    }

    def run(text, actors, on=True):
        document = make_document(text, doc_id="t", date="1988-01-10", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stages[on](doc, document, build_layer(text, actors), [])

    return run


def by_word(events, word):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_a_clause_inside_the_purpose_clause_lends_no_target(code):
    text = "France rejected the plan, noting that Germany had drafted it."
    actors = {"France": "FRA", "Germany": "DEU"}
    on = by_word(code(text, actors), "rejected")
    assert names(on.source) == {"france"}
    assert names(on.target) == set()
    off = by_word(code(text, actors, on=False), "rejected")
    assert names(off.target) == {"germany"}


def test_the_purpose_clauses_own_object_is_still_the_target(code):
    # "dealing a blow to X": a preposition's object of the clause itself
    text = "France ruled against the plan, dealing a blow to Germany."
    actors = {"France": "FRA", "Germany": "DEU"}
    for on in (True, False):
        event = by_word(code(text, actors, on), "ruled")
        assert names(event.target) == {"germany"}, on


def test_an_infinitive_purpose_keeps_its_target(code):
    text = "Iran began a hunger strike to protest against Germany."
    actors = {"Iran": "IRN", "Germany": "DEU"}
    for on in (True, False):
        events = code(text, actors, on)
        assert any(names(e.target) == {"germany"} for e in events), on
