"""Session 39 (engineer JG): clause shapes the judged rules misread, in the shared grammar
(``nlp/judgement_grammar.py``) and the quoted-judgement reading.

- ``events.quotes.infinitive_goal``: a clause under an infinitive ("it is time to prove that X
  is ...") is a goal, not the speaker's judgement, unless the speaker is the infinitive's
  subject ("I have to say X is ...").
- ``events.quotes.weak_object_adjective``: an adjective of the clause's object that the
  claim words sign only weakly (AFINN 1: "a big sigh") judges no one.

Each rule is switched on and off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import constants
from stancemap.pipeline import Pipeline

BASE = ["events.quotes.content_judgement"]
GOAL = "events.quotes.infinitive_goal"
WEAK = "events.quotes.weak_object_adjective"
ALL = [GOAL, WEAK]


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "on": Pipeline(with_rules(enable=[*BASE, *ALL]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(enable=BASE, disable=ALL), nlp=analyzer.nlp),
    }


def judged(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str]]]:
    """(trigger, type, target names) of the events the content-judgement rule made."""
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    quotes = {q.id for q in analysis.quotes}
    level = float(constants("events")["quoted_judgement_confidence"])
    return [
        (e.trigger.text, e.type, sorted(names[t] for t in e.target))
        for e in analysis.events
        if e.reported_by in quotes and e.confidence == level and e.cameo in ("111", "051")
    ]


def test_clause_under_an_infinitive_is_a_goal(pipelines):
    text = '"It is time to prove that Mike Pence is a brilliant leader," Paul Ryan said.'
    assert judged(pipelines["on"], text) == []
    assert [(w, k) for w, k, _ in judged(pipelines["off"], text)] == [("brilliant", "SUPPORT")]
    own = '"I have to say that Mike Pence is a brilliant man," Paul Ryan said.'
    assert [(k, t) for _, k, t in judged(pipelines["on"], own)] == [("SUPPORT", ["Mike Pence"])]


def test_weak_adjective_of_an_object(pipelines):
    text = '"Bill Clinton let out a big sigh," Joe Rogan said on Tuesday.'
    assert judged(pipelines["on"], text) == []
    assert [w for w, _, _ in judged(pipelines["off"], text)] == ["big"]
    strong = 'Joe Biden said Vladimir Putin "had a stupid policy."'
    assert [(w, k) for w, k, _ in judged(pipelines["on"], strong)] == [("stupid", "ACCUSE")]
