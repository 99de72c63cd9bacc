"""Session 28 (engineer LV): support verbs by the role their subject plays in the noun's event.

``data/events/support_verbs.tsv`` (WordNet 3.0, ``events.wordnet_import.support_verbs``):
verbs of aiming words (agent: level, direct, hurl, heap) and of undergoing or drawing
(patient: face, suffer, incur, attract). Rules ``events.frame.aimed_support_verbs``,
``events.frame.patient_support_verbs``, ``events.frame.patient_support_no_own_code`` and
``events.args.medium_no_target``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.events.support_verbs import support_verbs
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

AIMED = "events.frame.aimed_support_verbs"
PATIENT = "events.frame.patient_support_verbs"
NO_OWN_CODE = "events.frame.patient_support_no_own_code"
MEDIUM = "events.args.medium_no_target"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    def build(*off: str) -> Pipeline:
        # aimed_support_verbs ships off (session 28, lead): every rule of the family is
        # switched on here but the one under test
        on = [r for r in (AIMED, PATIENT, NO_OWN_CODE, MEDIUM) if r not in off]
        return Pipeline(with_rules(disable=off, enable=on), nlp=analyzer.nlp)

    return {
        "on": build(),
        AIMED: build(AIMED),
        PATIENT: build(PATIENT),
        NO_OWN_CODE: build(NO_OWN_CODE),
        MEDIUM: build(MEDIUM),
    }


def events(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    return [
        (
            e.type,
            e.trigger.text,
            sorted(names[s] for s in e.source),
            sorted(names[t] for t in e.target),
        )
        for e in analysis.events
    ]


AIMED_CASES = [
    (
        "Elizabeth Warren leveled accusations at Barack Obama on Tuesday.",
        ("ACCUSE", "leveled accusations", ["Elizabeth Warren"], ["Barack Obama"]),
    ),
    (
        "Elizabeth Warren leveled criticism at Barack Obama.",
        ("ACCUSE", "leveled criticism", ["Elizabeth Warren"], ["Barack Obama"]),
    ),
    (
        "Elizabeth Warren directed her criticism at Barack Obama.",
        ("ACCUSE", "directed her criticism", ["Elizabeth Warren"], ["Barack Obama"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIMED_CASES)
def test_words_aimed_at_someone_are_the_nouns_event(pipelines, text, expected):
    assert expected in events(pipelines["on"], text)
    assert expected not in events(pipelines[AIMED], text)


def test_aiming_needs_someone_aimed_at(pipelines):
    found = events(pipelines["on"], "Elizabeth Warren directed the campaign in Ohio.")
    assert not [e for e in found if e[0] == "ACCUSE"], found


def test_drawing_criticism_is_undergoing_it(pipelines):
    text = "Barack Obama attracted criticism from Vladimir Putin."
    expected = ("ACCUSE", "attracted criticism", ["Vladimir Putin"], ["Barack Obama"])
    assert expected in events(pipelines["on"], text)
    assert expected not in events(pipelines[PATIENT], text)


def test_facing_a_backlash_is_no_meeting(pipelines):
    text = "Barack Obama faced a backlash from Republicans over the remarks."
    assert not [e for e in events(pipelines["on"], text) if e[0] == "CONSULT"]
    assert [e for e in events(pipelines[NO_OWN_CODE], text) if e[0] == "CONSULT"]


def test_facing_someone_keeps_its_reading(pipelines):
    text = "Barack Obama faced Vladimir Putin in the debate."
    assert events(pipelines["on"], text) == events(pipelines[NO_OWN_CODE], text)


MEDIUM_CASES = [
    ("Elizabeth Warren lashed out at Barack Obama on Twitter.", "Twitter"),
    ("Elizabeth Warren lashed out at Barack Obama on Fox News.", "Fox News"),
]


@pytest.mark.parametrize(("text", "medium"), MEDIUM_CASES)
def test_a_platform_is_no_target(pipelines, text, medium):
    on = [e for e in events(pipelines["on"], text) if e[1] == "lashed"]
    assert on and on[0][3] == ["Barack Obama"], on
    off = [e for e in events(pipelines[MEDIUM], text) if e[1] == "lashed"]
    assert off and off[0][3] == [medium], off


def test_sanctions_on_a_company_keep_it(pipelines):
    text = "The European Union imposed sanctions on Gazprom."
    found = [e for e in events(pipelines["on"], text) if e[0] == "SANCTION"]
    assert found and found[0][3] == ["Gazprom"], found


def test_the_support_verb_classes():
    verbs = support_verbs()
    assert {"level", "direct", "hurl", "heap"} <= verbs["agent"]
    assert {"face", "suffer", "incur", "attract", "undergo"} <= verbs["patient"]
    assert "take" not in verbs["agent"]  # aim.v.01 is its 28th sense
    assert "have" not in verbs["patient"]
    assert not verbs["agent"] & verbs["patient"]


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet 3.0 (wordnet-base) is absent")
def test_the_support_verbs_are_wordnets():
    rows = [f"{verb}\t{kind}\n" for verb, kind in imp.support_verbs(WORDNET)]
    text = data_path("events/support_verbs.tsv").read_text("utf-8")
    assert text.endswith("word\tkind\n" + "".join(rows))


def test_a_particle_verb_is_no_support_verb(pipelines):
    text = "Cambodia pulled back artillery units from its disputed frontier with Thailand."
    assert events(pipelines["on"], text) == events(pipelines[NO_OWN_CODE], text)
    assert events(pipelines["on"], text)


def test_a_deed_keeps_its_target_after_on(pipelines):
    # "cracked down on CNN" is no verb of words: CNN stays its target
    text = "The government cracked down on CNN after the report."
    found = [e for e in events(pipelines["on"], text) if e[1] == "cracked"]
    assert found and found[0][3] == ["CNN"], found


def test_the_medium_nouns_are_wordnets():
    text = data_path("events/medium_nouns.txt").read_text("utf-8")
    assert "\ntelevision\n" in text and "\nradio\n" in text
    if (WORDNET / "data.noun").exists():
        assert text.endswith("".join(f"{w}\n" for w in imp.medium_nouns(WORDNET)))


def test_aimed_at_doing_is_no_aiming_at_someone(pipelines):
    text = (
        "Eggleston's meeting with the Democrats on Capitol Hill, officials said, was aimed at "
        "explaining the president's executive actions and the deportation priorities."
    )
    assert events(pipelines["on"], text) == events(pipelines[AIMED], text)
