"""Session 37 (engineer TP, issue 12): targets inside a phrase of the event word.

``events.args.own_object_resolved_other``: an object owned by a possessive pronoun is the
source's own ("Russia withdrew its ambassador") only where the actors stage did not read
that pronoun as another actor ("Trump acknowledged her backing", "her" read as the woman
named before). ``events.args.topic_owner_one_sided``: an "on" object's possessor is the
target, not a talk topic, where the act has one source ("Republican attacks on Clinton's
record"). Sentences written for these tests; the full pipeline, each rule switched off
for the other half."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.events.party_phrases import TOPIC_OWNER_ONE_SIDED
from stancemap.events.roles import OWN_OBJECT_RESOLVED_OTHER
from stancemap.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipelines(analyzer):
    rules = (OWN_OBJECT_RESOLVED_OTHER, TOPIC_OWNER_ONE_SIDED)
    return {
        "on": Pipeline(with_rules(enable=rules), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=(OWN_OBJECT_RESOLVED_OTHER,)), nlp=analyzer.nlp),
        "no-owner": Pipeline(with_rules(disable=(TOPIC_OWNER_ONE_SIDED,)), nlp=analyzer.nlp),
    }


def parties(pipeline: Pipeline, text: str, word: str) -> tuple[list[str], list[str]]:
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    found = [e for e in analysis.events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    event = found[0]
    return sorted(names[s] for s in event.source), sorted(names[t] for t in event.target)


def test_a_possessive_read_as_another_person_is_the_target(pipelines):
    text = "Phyllis Schlafly endorsed Donald Trump. Trump acknowledged her backing on Monday."
    source, target = parties(pipelines["on"], text, "acknowledged")
    assert source == ["Donald Trump"]
    assert target == ["Phyllis Schlafly"]
    _, off = parties(pipelines["off"], text, "acknowledged")
    assert off == []  # off: "her" agrees with a person source, so the object was his own


def test_a_possessive_of_the_source_stays_its_own(pipelines):
    # "its" is Russia's: the ambassador is Russia's own, the place is the target
    text = "Russia withdrew its ambassador from Austria."
    for state in ("on", "off"):
        source, target = parties(pipelines[state], text, "withdrew")
        assert source == ["Russia"]
        assert target == ["Austria"]


def test_the_owner_of_an_on_object_is_the_target_of_a_one_sided_attack(pipelines):
    text = "Republican attacks on Barack Obama's record continued on Monday."
    source, target = parties(pipelines["on"], text, "Republican")
    assert source == ["Republican Party"]
    assert target == ["Barack Obama"]
    _, off = parties(pipelines["no-owner"], text, "Republican")
    assert off == []  # off: the record is the topic of a quarrel, its owner no party


def test_a_talk_topic_of_two_sides_keeps_its_owner_out(pipelines):
    # two sources: "on Iran's nuclear programme" is what they agree about
    text = "Germany and France agreed on Iran's nuclear programme."
    source, target = parties(pipelines["on"], text, "agreed")
    assert source == ["France", "Germany"]
    assert target == []
