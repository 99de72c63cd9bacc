"""Session 20 (engineer E): for ``events.trigger.given_goods`` a noun whose second WordNet
sense is goods counts as goods (``events.trigger.goods_second_sense``,
events/given_goods.py, data/events/goods_second_nouns.txt). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.wordnet_files import WORDNET

GIVEN = "events.trigger.given_goods"
RULE = "events.trigger.goods_second_sense"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(GIVEN, RULE))  # given_goods is shipped off: on here


def aid(runner, text, word, off=()):
    return [e for e in runner.on(text, word, off) if e.type == "AID"]


# (sentence, the verb, the recipient's country): the goods' first sense is a plant or
# a state of matter
SECOND = [
    ("Ukraine sent 40,000 tonnes of wheat to Somalia on Tuesday.", "sent", "SOM"),
    ("India delivered natural gas to Yemen last month.", "delivered", "YEM"),
]


@pytest.mark.parametrize(("text", "verb", "recipient"), SECOND)
def test_goods_by_their_second_sense_are_aid(runner, text, verb, recipient):
    found = aid(runner, text, verb)
    assert len(found) == 1, runner.events(text)
    assert [a.split(":")[-1] for a in found[0].target] == [recipient]
    assert found[0].source


@pytest.mark.parametrize(("text", "verb", "recipient"), SECOND)
def test_without_the_rule_they_are_no_aid(runner, text, verb, recipient):
    assert not aid(runner, text, verb, (RULE,))


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent a document to Lithuania on Monday.",  # first sense: a message
        "India sent doctors to Yemen last month.",  # first sense: people
    ],
)
def test_no_goods_by_second_sense_when_the_first_is_words_or_people(runner, text):
    assert not [e for e in runner.events(text) if e.type == "AID"], runner.events(text)


def test_the_importer_reproduces_the_second_sense_goods():
    if not (WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 is not installed")
    body = data_path("events/goods_second_nouns.txt").read_text("utf-8").splitlines()
    words = [x for x in body if x and not x.startswith("#")]
    assert words == imp.goods_second_nouns(WORDNET)
    assert {"wheat", "medicine"} <= set(words)
    assert not {"document", "doctor", "tank"} & set(words)
