"""Campaigning for someone is support, not a request; a dictionary verb's bare force
code needs arms (events.sense.campaigning_for_is_support, events.sense.bare_force_needs_arms).

Sentences written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer  # same folder (pytest puts it on the path)

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def types_on(analyzer):
    def run(text: str, trigger: str, disable: tuple[str, ...] = ()) -> list[str]:
        stage = EventStage(Settings())
        stage.coder.tuning.switches = rule_settings.switches(disable)
        stage.drop_unreal = "events.reality.drop" not in disable  # the stage's own switch
        document = make_document(text, doc_id="t", date="2016-05-01", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


def test_campaigning_for_a_person_is_support(types_on):
    assert types_on("Novak campaigned for Haddad in Lagos.", "campaign") == ["SUPPORT"]


def test_campaigning_for_a_cause_is_no_support(types_on):
    assert "SUPPORT" not in types_on("Novak campaigned for lower taxes in Lagos.", "campaign")


def test_support_comes_from_the_rule(types_on):
    off = types_on(
        "Novak campaigned for Haddad in Lagos.",
        "campaign",
        ("events.sense.campaigning_for_is_support",),
    )
    assert "SUPPORT" not in off


def test_bare_force_code_without_arms_is_dropped_by_the_rule(types_on):
    text = "Novak set a timeline that Haddad could still match."
    assert not {"ASSAULT", "COERCE", "THREATEN"} & set(types_on(text, "match"))
    off = types_on(text, "match", ("events.sense.bare_force_needs_arms", "events.reality.drop"))
    assert "ASSAULT" in off
