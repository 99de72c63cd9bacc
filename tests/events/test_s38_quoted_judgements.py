"""Session 38 (engineer QA): a speaker's judgement of another named party, read from what
the quote says.

``events.quotes.content_judgement``: an asserted quote whose content has another named
party (or a noun it owns) for a clause subject, with a predicate the AFINN/VADER claim
words sign all one way, is the speaker's ACCUSE (negative) or SUPPORT (positive) of that
party, reported by the quote, at a confidence below a narrated event's. The tests switch
the rule on and off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import constants
from stancemap.pipeline import Pipeline

RULE = "events.quotes.content_judgement"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "on": Pipeline(with_rules(enable=[RULE]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[RULE]), nlp=analyzer.nlp),
    }


def judged(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(trigger, type, source names, target names) of the events the rule made."""
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    quotes = {q.id for q in analysis.quotes}
    level = float(constants("events")["quoted_judgement_confidence"])
    return [
        (
            e.trigger.text,
            e.type,
            sorted(names[s] for s in e.source),
            sorted(names[t] for t in e.target),
        )
        for e in analysis.events
        if e.reported_by in quotes and e.confidence == level and e.cameo in ("111", "051")
    ]


def test_negative_predicate_is_accuse(pipelines):
    text = '"Angela Merkel is dangerous and dishonest," Boris Johnson said on Tuesday.'
    got = judged(pipelines["on"], text)
    assert [(t, k) for t, k, _, _ in got] == [("dangerous", "ACCUSE")]
    assert got[0][2] == ["Boris Johnson"] and got[0][3] == ["Angela Merkel"]
    assert judged(pipelines["off"], text) == []


def test_positive_predicate_is_support(pipelines):
    text = "Emmanuel Macron said that Olaf Scholz was a brilliant and honest partner."
    got = judged(pipelines["on"], text)
    assert [(k, s, t) for _, k, s, t in got] == [("SUPPORT", ["Emmanuel Macron"], ["Olaf Scholz"])]


def test_owned_noun_and_object_adjective(pipelines):
    # the party's own words judged ("X's plan was ..."), an adjective of the object
    got = judged(pipelines["on"], "Joe Biden said Vladimir Putin's plan was a disaster.")
    assert [(k, t) for _, k, _, t in got] == [("ACCUSE", ["Vladimir Putin"])]
    got = judged(pipelines["on"], 'Joe Biden said Vladimir Putin "had a stupid policy."')
    assert [(w, k) for w, k, _, _ in got] == [("stupid", "ACCUSE")]


def test_event_noun_object_is_no_judgement(pipelines):
    # an object noun or a verb tells what happened, not what the speaker thinks of it
    assert judged(pipelines["on"], "Joe Biden said Vladimir Putin won the war.") == []
    assert judged(pipelines["on"], "Joe Biden said Vladimir Putin killed the deal.") == []


def test_unreal_or_unnamed_content_is_left(pipelines):
    on = pipelines["on"]
    assert judged(on, "Joe Biden said Vladimir Putin was not dangerous.") == []
    assert judged(on, "Joe Biden said Vladimir Putin might be dangerous.") == []
    assert judged(on, "Joe Biden asked whether Vladimir Putin was dangerous.") == []
    # a pronoun names no party
    assert judged(on, "Joe Biden met Vladimir Putin. Biden said he was dangerous.") == []


def test_speaker_judging_himself_is_left(pipelines):
    assert judged(pipelines["on"], "Boris Johnson said Boris Johnson was a great leader.") == []


def test_no_double_count_with_a_coded_event(pipelines):
    # the sentence's verb already codes the criticism of the party
    text = "Joe Biden condemned Vladimir Putin, saying Putin was cruel."
    assert judged(pipelines["on"], text) == []


def test_the_judged_party_grammar_guards(pipelines):
    on = pipelines["on"]
    # a word of suffering says what the party undergoes, not what it is worth
    assert judged(on, '"Angela Merkel is the victim of a smear," Boris Johnson said.') == []
    # praise whose worth is an unsigned complement
    text = '"Angela Merkel is responsible for what happens in Berlin," Boris Johnson said.'
    assert judged(on, text) == []
    # another's judgement reported inside the quote
    text = "Boris Johnson said that everybody thought Angela Merkel was dishonest."
    assert judged(on, text) == []
    # an adjective of the party's object describes a thing, which feels nothing
    got = judged(on, 'Joe Biden said Vladimir Putin "had a crazy policy."')
    assert [(w, k) for w, k, _, _ in got] == [("crazy", "ACCUSE")]
