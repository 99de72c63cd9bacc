"""Session 43 (DR): a verb whose lexicon rows are all conditional, read by the family its
rows agree on (events/conditional_family.py, ``events.trigger.dictionary_conditional_family``,
shipped off). The sentences were written for this test; the actors are the cast of
test_sense_pairs, so the test measures the trigger, not the linker."""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.conditional_family import family_of
from stancemap.events.lexicon import TriggerEntry
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

RULE = "events.trigger.dictionary_conditional_family"


@pytest.fixture(scope="module")
def stage():
    return EventStage(Settings())


@pytest.fixture(scope="module")
def types_on(analyzer, stage):
    """(text, trigger, rules off, rules on) -> the event types on the trigger word."""

    def run(
        text: str, trigger: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()
    ) -> list[str]:
        stage.coder.tuning.switches = rule_settings.switches(list(off), list(on))
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


def test_freeze_rows_agree_on_one_family(stage):
    # the imported dictionary codes "freeze" only with an object (assets, aid, talks...)
    family = family_of(stage.lexicon.candidates("freeze", "V"))
    assert family is not None
    assert family[:2] == ("16", "SANCTION")


def test_rows_of_two_families_do_not_agree(stage):
    # "block": our road rows (PROTEST) and the dictionary's boycotts and exclusions
    assert family_of(stage.lexicon.candidates("block", "V")) is None


def test_a_bare_row_is_no_conditional_family(stage):
    assert family_of(stage.lexicon.candidates("criticize", "V")) is None


def test_one_pattern_is_no_agreement():
    row = TriggerEntry("x", "V", "event", "163", (), "SANCTION", "t:1")
    assert family_of([row]) is None


def test_froze_a_country_is_read_by_the_family(types_on):
    text = "Russia froze Ukraine out of the talks on Monday."
    assert types_on(text, "froze", on=(RULE,)) == ["SANCTION"]
    assert types_on(text, "froze", off=(RULE,)) == []


def test_froze_a_thing_stays_no_event(types_on):
    # the object names no actor: no deed between parties
    text = "Russia froze the accounts on Monday."
    assert types_on(text, "froze", on=(RULE,)) == []
