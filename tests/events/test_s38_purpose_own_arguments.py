"""Session 38 (issue 12): ``events.args.purpose_own_arguments`` - a purpose (or result)
clause lends an act with no target of its own only one of the clause's own arguments, never
the subject of a further clause inside it ("rejected the plan, noting that Germany had
drafted it": Germany is no party of the rejecting). Sentences written for these tests;
actors fixed by hand (test_coder's build_layer), so the events stage alone is tested; each
test switches the rule off too."""

from __future__ import annotations

import pytest
from test_coder import names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.purpose_clause import PURPOSE_OWN_ARGUMENTS


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    def run(text, actors, disable=()):
        return code_people(text, actors, people=(), bodies=(), disable=disable)

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
    off = by_word(code(text, actors, (PURPOSE_OWN_ARGUMENTS,)), "rejected")
    assert names(off.target) == {"germany"}


def test_the_purpose_clauses_own_object_is_still_the_target(code):
    # "dealing a blow to X": a preposition's object of the clause itself
    text = "France ruled against the plan, dealing a blow to Germany."
    actors = {"France": "FRA", "Germany": "DEU"}
    for disable in ((), (PURPOSE_OWN_ARGUMENTS,)):
        event = by_word(code(text, actors, disable), "ruled")
        assert names(event.target) == {"germany"}, disable


def test_an_infinitive_purpose_keeps_its_target(code):
    text = "Iran began a hunger strike to protest against Germany."
    actors = {"Iran": "IRN", "Germany": "DEU"}
    for disable in ((), (PURPOSE_OWN_ARGUMENTS,)):
        events = code(text, actors, disable)
        assert any(names(e.target) == {"germany"} for e in events), disable
