"""Session 27 (engineer AC): a verbal attack read as force.

``events.sense.spoken_attack``: a force code on a verb (or its object noun) with a WordNet
sense of criticism (``data/events/criticism_verbs.tsv``: attack, rip, blast, assail), no
armed actor, weapon or physical target among its arguments (the grounds of the criticism -
"for her anti-gun agenda" - and its clauses left out), whose named sides are all speakers
(no armed body, country or place), is criticism (ACCUSE, CAMEO 111). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "events.sense.spoken_attack"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    def build(*off: str) -> Pipeline:
        return Pipeline(with_rules(disable=off), nlp=analyzer.nlp)

    return {"on": build(), "off": build(RULE)}


def typed(pipeline: Pipeline, text: str, word: str) -> list[str]:
    """The types of the events whose trigger contains ``word``."""
    analysis = pipeline.analyze(text, date="2016-06-10")
    return [e.type for e in analysis.events if word in e.trigger.text]


# (text, trigger word): criticism with the rule, force without it
SPOKEN = [
    (
        "The National Rifle Association put out a new video ad ripping Hillary Clinton "
        "for her anti-gun agenda.",
        "ripping",
    ),
    ("The super PAC said it would launch attacks on Hillary Clinton in Iowa.", "attacks"),
    (
        "Tuttle's article also attacked Chris Christie by accusing him of endorsing Trump "
        "in an attempt to gain a position in the administration.",
        "attacked",
    ),
]


@pytest.mark.parametrize(("text", "word"), SPOKEN)
def test_a_force_verb_of_criticism_between_speakers_is_criticism(pipelines, text, word):
    assert typed(pipelines["on"], text, word) == ["ACCUSE"]
    off = typed(pipelines["off"], text, word)
    assert off and "ACCUSE" not in off, off


# force that stays force: arms around it, or a verb with no sense of criticism
LITERAL = [
    ("Gunmen attacked the mayor of Kabul with rifles.", "attacked"),
    ("Russian troops attacked the Ukrainian town of Debaltseve.", "attacked"),
    ("A convoy of NATO supply trucks came under attack near the Khyber Pass.", "attack"),
    (
        "Hillary Clinton's aides said Susan Rice's comments about the Benghazi attacks were "
        "consistent with her previous statements.",
        "attacks",
    ),
    ("Militants ripped through the base of the army with rockets.", "ripped"),
]


@pytest.mark.parametrize(("text", "word"), LITERAL)
def test_force_with_arms_or_places_stays_force(pipelines, text, word):
    found = typed(pipelines["on"], text, word)
    assert found and "ACCUSE" not in found, found
