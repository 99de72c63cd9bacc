"""Session 43 (engineer SJ): a named party's mention signs no quoted judgement.

``events.quotes.name_words_unsigned`` (with ``events.quotes.content_judgement``): the words
of what a quote says a party is are signed by the claim words (AFINN-165, else VADER); a
word that is another named party's mention ("a disaster for the Republican Party") says
who, not what the subject is worth - AFINN signs "party" positive and cancelled the
judgement. The tests switch the rule on and off explicitly. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "events.quotes.name_words_unsigned"
JUDGEMENT = "events.quotes.content_judgement"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "on": Pipeline(with_rules(enable=[JUDGEMENT, RULE]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(enable=[JUDGEMENT], disable=[RULE]), nlp=analyzer.nlp),
    }


def judged(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(trigger, type, source names, target names) of the quoted judgements."""
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    return [
        (
            e.trigger.text,
            e.type,
            sorted(names[s] for s in e.source),
            sorted(names[t] for t in e.target),
        )
        for e in analysis.events
        if e.cameo in ("111", "051") and e.reported_by
    ]


def test_party_name_in_complement_does_not_cancel(pipelines):
    text = "Jeb Bush said Donald Trump is a disaster for the Republican Party."
    assert judged(pipelines["on"], text) == [("disaster", "ACCUSE", ["Jeb Bush"], ["Donald Trump"])]
    assert judged(pipelines["off"], text) == []


def test_unnamed_signed_complement_still_counts(pipelines):
    # a common noun of the complement is no name: "a disaster for the party" is signed
    # both ways still (AFINN: disaster -2, party +2), so nothing is read either way
    text = "Jeb Bush said Donald Trump is a disaster for the party."
    assert judged(pipelines["on"], text) == judged(pipelines["off"], text) == []


def test_no_sign_left_reads_nothing(pipelines):
    # with the name's word set apart no signed word is left
    text = "Jeb Bush said Donald Trump is a member of the Republican Party."
    assert judged(pipelines["on"], text) == []
