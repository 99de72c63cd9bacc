"""Session 41 (engineer QE): a speaker's charge that another named party did harm, read
from what a quote says (``events.quotes.charged_deed``): the party the active subject of a
clause of the quote, its object noun signed negative by the claim words, the verb unsigned
and no verb of having, perceiving, being or feeling. The rule is switched on and off
explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "events.quotes.charged_deed"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "on": Pipeline(with_rules(enable=[RULE]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[RULE]), nlp=analyzer.nlp),
    }


def deeds(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(trigger, type, source names, target names) of the events the rule made."""
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    quotes = {q.id for q in analysis.quotes}
    return [
        (
            e.trigger.text,
            e.type,
            sorted(names[s] for s in e.source),
            sorted(names[t] for t in e.target),
        )
        for e in analysis.events
        if e.reported_by in quotes and e.type == "ACCUSE"
    ]


def test_a_harm_done_is_a_charge(pipelines):
    text = 'Boris Johnson said Angela Merkel "caused chaos."'
    got = deeds(pipelines["on"], text)
    assert got == [("chaos", "ACCUSE", ["Boris Johnson"], ["Angela Merkel"])]
    assert deeds(pipelines["off"], text) == []


def test_a_direct_quote_with_its_speaker_after(pipelines):
    text = '"Vladimir Putin spreads lies about our country," Joe Biden said on Tuesday.'
    got = deeds(pipelines["on"], text)
    assert [(k, s, t) for _, k, s, t in got] == [("ACCUSE", ["Joe Biden"], ["Vladimir Putin"])]


def test_what_the_party_has_or_undergoes_is_no_charge(pipelines):
    on = pipelines["on"]
    # verb.possession / verb.perception: what the party has, gets or sees
    assert deeds(on, 'Joe Biden said Vladimir Putin "received death threats."') == []
    assert deeds(on, 'Joe Biden said Vladimir Putin "has problems."') == []


def test_unreal_or_a_signed_verb_is_left(pipelines):
    on = pipelines["on"]
    assert deeds(on, 'Joe Biden said Vladimir Putin "did not cause chaos."') == []
    assert deeds(on, 'Joe Biden said Vladimir Putin "might cause chaos."') == []
    # a signed verb tells an outcome of its own ("lost the war"), not read here
    assert deeds(on, "Joe Biden said Vladimir Putin lost the war.") == []


def test_a_gerund_asserts_no_deed(pipelines):
    text = "Joe Biden said there was nothing wrong with Vladimir Putin's raising the problem."
    assert deeds(pipelines["on"], text) == []
