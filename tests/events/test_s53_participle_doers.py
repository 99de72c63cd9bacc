"""Session 53 (EA): the doer of a nominal event is the 'by' agent of the support-verb
participle that makes it (events/participle_doers.py, ``events.args.participle_agent_doer``,
shipped off). The sentences were written for this test; each runs the whole pipeline with
the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import event_rows, on_off_pipelines

from stancemap.config import Settings
from stancemap.events.lexicon import load_lexicon
from stancemap.events.ontology import load_ontology
from stancemap.events.participle_doers import LIGHT

RULE = "events.args.participle_agent_doer"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return on_off_pipelines(analyzer, RULE)


def _on_trigger(pipelines, text: str, trigger: str, on: bool):
    rows = event_rows(pipelines["on" if on else "off"], text)
    return [(kind, source) for word, kind, source, _ in rows if trigger in word]


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "doer"),
    [
        ("Farmers in the valley depend on emergency aid sent by Norway.", "aid", "AID", "Norway"),
        (
            "Residents fled the air strikes carried out by Turkey near the town.",
            "strikes",
            "ASSAULT",
            "Turkey",
        ),
        ("The ceasefire declared by Ethiopia held for a week.", "ceasefire", "RETREAT", "Ethiopia"),
    ],
)
def test_a_support_participle_names_the_doer(pipelines, text, trigger, kind, doer):
    assert _on_trigger(pipelines, text, trigger, on=False) == []  # a bare noun: no event
    assert _on_trigger(pipelines, text, trigger, on=True) == [(kind, [doer])]


def test_the_participles_own_phrase_names_the_target(pipelines):
    text = "Prices rose during the embargo imposed on Cuba by Washington."
    assert event_rows(pipelines["off"], text) == []
    assert event_rows(pipelines["on"], text) == [
        ("embargo", "SANCTION", ["United States"], ["Cuba"])
    ]


def test_each_conjunct_of_the_agent_by_its_own_head(pipelines):
    text = "The vote followed a lawsuit filed by Ghana and its long dispute with Togo."
    assert _on_trigger(pipelines, text, "lawsuit", on=True) == [("ACCUSE", ["Ghana"])]


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions condemned by Venezuela took effect on Friday.",
        "The aid praised by Norway arrived in the valley.",
        "The protests watched by Chinese diplomats ended peacefully.",
        "The raids reported by Kurdish officials killed four fighters.",
    ],
)
def test_another_verbs_participle_names_no_doer(pipelines, text):
    assert event_rows(pipelines["on"], text) == event_rows(pipelines["off"], text)


def test_support_verbs_are_the_lexicons_light_rows():
    lexicon = load_lexicon(load_ontology())
    assert is_support_verb_word("send", lexicon)
    assert is_support_verb_word("carry out", lexicon)
    assert not is_support_verb_word("condemn", lexicon)
    assert not is_support_verb_word("praise", lexicon)


def is_support_verb_word(key: str, lexicon) -> bool:
    return any(r.role == LIGHT for r in lexicon.candidates(key, "V"))
