"""Constructions that report no event (events/non_events.py, data/events/non_events.tsv).

Sentences written for these tests; actors are fixed by hand (test_sense_pairs.CAST),
so the test measures the events stage's rules, not the actor linker.
"""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.non_events import KINDS, non_event_words
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def types_of(analyzer):
    """Event types on a trigger word, with every rule on or with some switched off."""
    stages: dict[tuple[str, ...], EventStage] = {}

    def run(text: str, trigger: str, disable: tuple[str, ...] = ()) -> list[str]:
        stage = analyzer.events
        if disable:
            if disable not in stages:
                stages[disable] = EventStage(Settings())
                stages[disable].coder.tuning.switches = rule_settings.switches(disable)
                stages[disable].drop_unreal = (
                    "events.reality.drop" not in disable
                )  # the stage's own switch
            stage = stages[disable]
        document = make_document(text, doc_id="t", date="2016-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


RULE = "events.trigger.no_event_"
NON_EVENTS = [
    ("Novak is ahead in Ohio, according to Haddad.", "according", "attribution"),
    # "mean" and "think" are opinion verbs too: both rules must be off
    ("I mean, Novak is not a serious candidate.", "mean", "discourse opinion"),
    ("Do you think Novak can win the primary?", "think", "discourse opinion"),
    ("Russia and Turkey think the sanctions should stay.", "think", "opinion"),
    ("Haddad claimed 41 percent of the vote in Iowa.", "claimed", "result"),
    ("Exit polls conducted for the Associated Press showed Novak ahead.", "conducted", "inquiry"),
]


@pytest.mark.parametrize(("text", "trigger", "rule"), NON_EVENTS)
def test_a_non_event_construction_is_no_event(types_of, text, trigger, rule):
    assert types_of(text, trigger) == []
    # the rule makes the difference: switched off, the dictionary codes the word
    off = tuple(RULE + name for name in rule.split())
    off += (
        "events.sense.light_verb_needs_pattern",
        "events.reality.drop",
        # session 41: "think that Novak can win" - a known claim's subject is no target,
        # and a target-less "think" is no event either
        "events.args.claim_subject_no_target",
        # session 47 (shipped off): an act a yes/no question asks about is no event
        "events.sense.open_question_no_act",
    )  # the learned reality drops it too
    assert types_of(text, trigger, off) != []


def test_the_speakers_discourse_verb_is_no_event_without_the_opinion_rule(types_of):
    # coded with both rules off (test above); the discourse rule alone keeps it out
    text = "I mean, Novak is not a serious candidate."
    assert types_of(text, "mean", (RULE + "opinion",)) == []


@pytest.mark.parametrize(
    ("text", "trigger", "expect"),
    [
        # the literal acts of the same verbs stay
        ("The rebels claimed responsibility for the bombing in Mali.", "claimed", "ACCUSE"),
        ("Novak claimed that Haddad lied to voters.", "claimed", "ACCUSE"),
        ("Russian troops took 40 percent of the city.", "took", "COERCE"),
        ("Syrian rebels captured 60 soldiers near the border.", "captured", "COERCE"),
        ("Russian troops conducted military exercises near the border.", "conducted", "MOBILIZE"),
        ("Iran thanked Russia for its support.", "thanked", "SUPPORT"),
    ],
)
def test_the_literal_act_stays(types_of, text, trigger, expect):
    assert expect in types_of(text, trigger)


def test_the_words_file_names_every_kind_with_words():
    words = non_event_words()
    assert set(words) == set(KINDS)
    assert all(words[kind] for kind in KINDS)
    assert "according to" in words["attribution"]
