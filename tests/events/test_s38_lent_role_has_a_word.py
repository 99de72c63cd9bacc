"""Session 38 (issue 12): ``events.merge.lent_role_has_a_word`` - a later mention of an event
fills a role the first mention lacks only where the first mention's sentence names the party
or has a word in that role; where no word of the first sentence stands in the role, the two
are two events and the first keeps the role empty. Texts written for these tests; actors
fixed by hand (test_coder's build_layer), so the events stage alone is tested; the rule
ships off, so each test switches it on and compares with it off."""

from __future__ import annotations

import pytest
from test_coder import build_layer, names

import rule_settings
from stancemap.events.lent_roles import LENT_ROLE_HAS_A_WORD
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def code(analyzer):
    stages = {
        on: EventStage(rule_settings.with_rules(enable=[LENT_ROLE_HAS_A_WORD] if on else []))
        for on in (True, False)
    }

    def run(text, actors, on):
        document = make_document(text, doc_id="t", date="2016-05-05", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stages[on](doc, document, build_layer(text, actors), [])

    return run


ACTORS = {"France": "FRA", "Germany": "DEU"}


def test_a_role_with_a_word_still_takes_the_later_mentions_party(code):
    # "criticized the plan": the object names no actor; the later mention names France
    text = "Germany criticized the plan. Germany also criticized France."
    for on in (True, False):
        events = code(text, ACTORS, on)
        assert len(events) == 1, on
        assert names(events[0].source) == {"germany"}, on
        assert names(events[0].target) == {"france"}, on


def test_a_role_with_no_word_stays_empty(code):
    # "Germany threatened to act": no word of the first sentence stands in the target role
    text = "Germany threatened to act. Later Germany threatened France."
    off = code(text, ACTORS, False)
    assert len(off) == 1
    assert names(off[0].target) == {"france"}
    on = code(text, ACTORS, True)
    assert [(names(e.source), names(e.target)) for e in on] == [
        ({"germany"}, set()),
        ({"germany"}, {"france"}),
    ]
