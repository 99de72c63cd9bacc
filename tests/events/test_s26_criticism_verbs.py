"""Session 26 (engineer C): a story's core act of criticism missed.

``events.trigger.criticism_verbs``: a WordNet 3.0 verb of criticism (criticize.v.01,
denounce.v.01, condemn.v.01, attack.v.02 and below; ``data/events/criticism_verbs.tsv``)
that no row of ours reads is criticism between people ("Warren ripped Trump").
``events.trigger.headline_name_verb``: a headline whose only "verb" is a name the tagger
misread ("Obama slams Trump over ban") is verbless, and its verb's target is the actor
named right after it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

CRITICISM = "events.trigger.criticism_verbs"
HEADLINE = "events.trigger.headline_name_verb"
SPOKEN = "events.sense.spoken_attack"
NEAR = "events.trigger.near_verbs"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    def build(*off: str) -> Pipeline:
        return Pipeline(with_rules(disable=off), nlp=analyzer.nlp)

    # session 27: events.sense.spoken_attack reads the same force codes ("rip": 180) as
    # criticism from their arguments, so the off-half switches it off too
    # session 37: events.trigger.near_verbs reads "excoriate" (no row of its own) through
    # its WordNet synonym "condemn", so the off-half switches it off too
    return {
        "on": build(),
        "no-criticism": build(CRITICISM, SPOKEN, NEAR),
        "no-headline": build(HEADLINE),
    }


def criticisms(pipeline: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(trigger, source names, target names) of every ACCUSE event."""
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    return [
        (e.trigger.text, sorted(names[s] for s in e.source), sorted(names[t] for t in e.target))
        for e in analysis.events
        if e.type == "ACCUSE"
    ]


# (text, the critic's name, the criticised one's name, the trigger)
CRITICISED = [
    (
        "Elizabeth Warren ripped Donald Trump over his comments about the judge.",
        "Elizabeth Warren",
        "Donald Trump",
        "ripped",
    ),
    (
        "Bernie Sanders knocked Hillary Clinton for her paid speeches to Goldman Sachs.",
        "Bernie Sanders",
        "Hillary Clinton",
        "knocked",
    ),
    (
        "Paul Ryan excoriated Donald Trump over his remarks about the Mexican-American judge.",
        "Paul Ryan",
        "Donald Trump",
        "excoriated",
    ),
]


@pytest.mark.parametrize(("text", "critic", "criticised", "word"), CRITICISED)
def test_a_wordnet_verb_of_criticism_between_people_is_criticism(
    pipelines, text, critic, criticised, word
):
    found = criticisms(pipelines["on"], text)
    assert (word, [critic], [criticised]) in found, found
    assert not [f for f in criticisms(pipelines["no-criticism"], text) if f[0] == word]


NOT_CRITICISM = [
    "The storm ripped through the town on Sunday night.",
    "Donald Trump ripped off his jacket and waved to the crowd.",
    "Hillary Clinton trounced Bernie Sanders in the New York primary.",
    "Marco Rubio knocked on doors in New Hampshire all weekend.",
]


@pytest.mark.parametrize("text", NOT_CRITICISM)
def test_a_verb_of_criticism_in_another_sense_is_no_criticism(pipelines, text):
    assert criticisms(pipelines["on"], text) == []


def test_a_headline_verb_of_criticism_over_a_force_code(pipelines):
    text = "Bernie Sanders rips Hillary Clinton over Wall Street speeches"
    found = criticisms(pipelines["on"], text)
    assert ("rips", ["Bernie Sanders"], ["Hillary Clinton"]) in found, found
    assert criticisms(pipelines["no-criticism"], text) == []


def test_a_headline_whose_object_the_tagger_read_as_a_verb(pipelines):
    text = "Obama slams Trump over Muslim ban"
    found = criticisms(pipelines["on"], text)
    assert ("slams", ["Barack Obama"], ["Donald Trump"]) in found, found
    assert not [f for f in criticisms(pipelines["no-headline"], text) if f[2]]


def test_a_headline_object_after_a_particle_and_preposition(pipelines):
    text = "Donald Trump fires back at Elizabeth Warren"
    found = criticisms(pipelines["on"], text)
    assert ("fires", ["Donald Trump"], ["Elizabeth Warren"]) in found, found
    assert not [f for f in criticisms(pipelines["no-headline"], text) if f[2]]


def test_a_title_case_headline_with_a_particle_verb_of_criticism(pipelines):
    text = "Elizabeth Warren Lashes Out At Donald Trump"
    found = criticisms(pipelines["on"], text)
    assert ("Lashes", ["Elizabeth Warren"], ["Donald Trump"]) in found, found
    assert criticisms(pipelines["no-criticism"], text) == []


def test_a_headline_with_a_real_verb_is_read_as_before(pipelines):
    text = "Donald Trump says Hillary Clinton is weak on trade"
    assert criticisms(pipelines["on"], text) == criticisms(pipelines["no-headline"], text)


def test_the_list_holds_first_and_force_senses_and_leaves_out_defeats():
    rows = {
        line.split("\t")[0]: line.split("\t")[1]
        for line in data_path("events/criticism_verbs.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#") and not line.startswith("word\t")
    }
    assert rows["criticize"] == "first" and rows["excoriate"] == "first"
    assert rows["rip"] == "force" and rows["knock"] == "force"
    for word in ("trounce", "whip", "assault", "pick", "correct"):
        assert word not in rows


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet is not installed")
def test_the_importer_reproduces_the_criticism_list():
    rows = [f"{verb}\t{kind}" for verb, kind in imp.criticism_verbs(WORDNET)]
    text = data_path("events/criticism_verbs.tsv").read_text("utf-8")
    shipped = [x for x in text.splitlines() if x and not x.startswith("#")][1:]
    assert rows == shipped
