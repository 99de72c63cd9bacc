"""Session 22 (engineer E): goods sent to a party are aid (``events.trigger.sent_goods``,
events/sent_goods.py): a verb of sending by its WordNet class (data/events/sending_verbs.txt)
with goods by any of a noun's first senses (data/events/goods_nouns.txt), a named giver and
another party it goes to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.sent_goods"

# pipeline_off: the shared fixture of tests/conftest.py


def aid(pipeline_off, text, off=()):
    analysis = pipeline_off(text, off)
    countries = {a.id: a.country for a in analysis.actors}
    return [
        (e.type, sorted(countries[x] for x in e.source), sorted(countries[x] for x in e.target))
        for e in analysis.events
        if e.type == "AID"
    ]


SENT = [
    ("Japan sent 200 tonnes of rice to North Korea on Monday.", "JPN", "PRK"),
    ("Norway flew tents and blankets to Nepal after the earthquake.", "NOR", "NPL"),
    ("Qatar shipped 40 tonnes of medical supplies to Lebanon.", "QAT", "LBN"),
    ("Canada sent $5 million to Haiti.", "CAN", "HTI"),
    ("Turkey sent a ship carrying 3,000 tonnes of flour to Yemen.", "TUR", "YEM"),
]


@pytest.mark.parametrize(("text", "giver", "receiver"), SENT)
def test_goods_sent_to_a_party_are_aid(pipeline_off, text, giver, receiver):
    assert aid(pipeline_off, text) == [("AID", [giver], [receiver])]


@pytest.mark.parametrize(("text", "giver", "receiver"), SENT)
def test_without_the_rule_the_goods_are_no_aid(pipeline_off, text, giver, receiver):
    assert ("AID", [giver], [receiver]) not in aid(pipeline_off, text, (RULE,))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent a letter to Uganda.",  # words, not goods
        "Iran sent a message to Washington.",
        "Turkey sent two warships to Libya.",  # forces deployed, not goods given
        "Ohio delivered the nomination to Trump.",  # no goods
        "The shipment of rice was sent to Nepal.",  # no giver named
    ],
)
def test_words_forces_and_unnamed_givers_are_no_aid(pipeline_off, text):
    assert not aid(pipeline_off, text)


def test_the_importer_reproduces_the_lists():
    if not (WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 is not installed")
    for name, read in (
        ("events/sending_verbs.txt", imp.sending_verbs),
        ("events/goods_nouns.txt", imp.goods_nouns),
    ):
        body = data_path(name).read_text("utf-8").splitlines()
        assert [x for x in body if x and not x.startswith("#")] == read(WORDNET)
    verbs = set(imp.sending_verbs(WORDNET))
    assert {"send", "ship", "deliver", "fly", "airlift", "dispatch"} <= verbs
    assert not {"give", "carry", "lift"} & verbs
    nouns = set(imp.goods_nouns(WORDNET))
    assert {"rice", "wheat", "medicine", "tent", "vaccine", "fuel"} <= nouns
    assert not {"letter", "troop", "envoy", "message", "delegation"} & nouns
