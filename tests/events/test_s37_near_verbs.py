"""Session 37 (engineer VR): a core verb with no trigger row, read through WordNet.

``events.trigger.near_verbs``: a verb with no bare lexicon row whose most frequent WordNet
3.0 sense (communication, social, competition; at least half its tagged uses) is a
synonym, troponym or verb-group mate of a coded verb (``data/events/near_verbs.tsv``)
takes that verb's bare code when its object names an actor. The rule's tests switch it on
explicitly (its shipped state is decided in docs/benchmarks.md). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from party_runner import event_rows, on_off_pipelines  # same folder

from stancemap.datafiles import data_path
from stancemap.events import near_verbs as nv
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

NEAR = "events.trigger.near_verbs"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return on_off_pipelines(analyzer, NEAR)


def events(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return event_rows(pipeline, text)


# (text, trigger, type, source, target): a verb no row codes, a party as its object
READ = [
    (
        "Donald Trump has repudiated the Republican Party.",
        "repudiated",
        "REJECT",
        "Donald Trump",
        "Republican Party",
    ),
    (
        "Bernie Sanders railed against Hillary Clinton on Tuesday.",
        "railed",
        "ACCUSE",
        "Bernie Sanders",
        "Hillary Clinton",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "source", "target"), READ)
def test_a_near_verb_lends_its_code(pipelines, text, trigger, kind, source, target):
    found = events(pipelines["on"], text)
    assert (trigger, kind, [source], [target]) in found
    assert not [e for e in events(pipelines["off"], text) if e[0] == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "He railed against the new tax on Tuesday.",  # no party: no event
        "Barack Obama repudiated the old theory.",
    ],
)
def test_no_party_no_event(pipelines, text):
    assert not [e for e in events(pipelines["on"], text) if e[0] in ("railed", "repudiated")]


def test_the_table_keeps_dominant_senses_and_narrow_neighbours():
    table = nv.near_verbs()
    assert table["repudiate"] == ("reject",)
    assert table["rail"] == ("complain",)
    # "play" (competing is a quarter of its uses) and "name" (its near verb "call" has
    # 28 senses) lend no code; coded verbs are never in the table
    assert "play" not in table and "name" not in table
    assert not set(table) & nv.bare_coded()


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet is not installed")
def test_the_importer_reproduces_the_table():
    rows = ["\t".join(r) for r in nv.rows(WORDNET)]
    text = data_path(nv.TABLE).read_text("utf-8")
    shipped = [x for x in text.splitlines() if x and not x.startswith("#")][1:]
    assert rows == shipped
