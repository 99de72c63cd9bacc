"""Session 27 (engineer AC): going at a rival in words.

``events.trigger.pursuit_criticism``: WordNet's two-word verbs of going at someone
(chase.v.01, quest_for.v.01 "go after", aim.v.01 "take aim", lam_into.v.01 "tear into";
``data/events/pursuit_verbs.tsv``) between people or political bodies are criticism (ACCUSE)
of the preposition's object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.pursuit_criticism"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    def build(*off: str) -> Pipeline:
        return Pipeline(with_rules(disable=off), nlp=analyzer.nlp)

    return {"on": build(), "off": build(RULE)}


def criticisms(pipeline: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    analysis = pipeline.analyze(text, date="2016-06-10")
    names = {a.id: a.name for a in analysis.actors}
    return [
        (e.trigger.text, sorted(names[s] for s in e.source), sorted(names[t] for t in e.target))
        for e in analysis.events
        if e.type == "ACCUSE"
    ]


PURSUED = [
    (
        "Marco Rubio went after Donald Trump in the debate on Thursday.",
        "went",
        "Marco Rubio",
        "Donald Trump",
    ),
    (
        "Bernie Sanders has gone after Hillary Clinton for her speeches to Goldman Sachs.",
        "gone",
        "Bernie Sanders",
        "Hillary Clinton",
    ),
    (
        "Jeb Bush took aim at Donald Trump over his comments about women.",
        "took",
        "Jeb Bush",
        "Donald Trump",
    ),
    (
        "Chris Christie tore into Marco Rubio during the debate.",
        "tore",
        "Chris Christie",
        "Marco Rubio",
    ),
]


@pytest.mark.parametrize(("text", "word", "critic", "criticised"), PURSUED)
def test_going_at_a_rival_is_criticism(pipelines, text, word, critic, criticised):
    found = criticisms(pipelines["on"], text)
    assert (word, [critic], [criticised]) in found, found
    assert not [f for f in criticisms(pipelines["off"], text) if f[0] == word]


NOT_CRITICISM = [
    "Police went after the suspect in the parking lot.",
    "Ted Cruz went after the nomination with new vigor.",
    "Hillary Clinton is going after Latino voters in Nevada.",
    "The sniper took aim at the soldiers with a rifle.",
]


@pytest.mark.parametrize("text", NOT_CRITICISM)
def test_pursuit_of_no_politician_is_no_criticism(pipelines, text):
    assert criticisms(pipelines["on"], text) == []


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet 3.0 (wordnet-base) is absent")
def test_the_pursuit_verbs_are_wordnets():
    rows = [f"{verb}\t{prep}\n" for verb, prep in imp.pursuit_verbs(WORDNET)]
    text = data_path("events/pursuit_verbs.tsv").read_text("utf-8")
    assert text.endswith("".join(rows))
    assert ("go", "after") in imp.pursuit_verbs(WORDNET)
    assert ("take aim", "at") in imp.pursuit_verbs(WORDNET)
