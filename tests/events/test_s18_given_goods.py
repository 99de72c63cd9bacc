"""Session 18 (engineer V): goods handed to another party are aid where no lexicon row
reads the verb (``events.trigger.given_goods``, events/given_goods.py). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import data_path
from stancemap.events import given_goods as gg
from stancemap.events import wordnet_import as imp
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.given_goods"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))  # shipped off (W4 tune only): on here


def aid(runner, text, word, off=()):
    return [e for e in runner.on(text, word, off) if e.type == "AID"]


# (sentence, the verb, the recipient's country)
GIVEN = [
    ("Turkey sent three shiploads of fuel and flour to Yemen on Monday.", "sent", "YEM"),
    ("India delivered two patrol boats to Lithuania.", "delivered", "LTU"),
    ("Japan shipped forty fire engines to Georgia last week.", "shipped", "GEO"),
    ("Israel gave radar equipment to Azerbaijani forces.", "gave", "AZE"),
]


@pytest.mark.parametrize(("text", "verb", "recipient"), GIVEN)
def test_goods_handed_to_a_party_are_aid(runner, text, verb, recipient):
    found = aid(runner, text, verb)
    assert len(found) == 1, runner.events(text)
    assert found[0].cameo.startswith("07")
    assert [a.split(":")[-1] for a in found[0].target] == [recipient]
    assert found[0].source


@pytest.mark.parametrize(("text", "verb", "recipient"), GIVEN)
def test_without_the_rule_the_goods_are_no_event(runner, text, verb, recipient):
    assert not aid(runner, text, verb, (RULE,))


def test_weapons_are_military_aid(runner):
    found = aid(runner, "Turkey shipped rifles and ammunition to Somalia.", "shipped")
    assert [e.cameo for e in found] == ["072"], found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent a letter to Yemen on Monday.",  # words, not goods
        "India sent two ministers to Lithuania.",  # people
        "Japan sold forty fire engines to Georgia.",  # a sale is no gift
        "Turkey sent three shiploads of fuel to its own troops.",  # no other party named
    ],
)
def test_no_aid_without_goods_given_to_another_party(runner, text):
    assert not [e for e in runner.events(text) if e.type == "AID"], runner.events(text)


def test_the_aid_verbs_are_transfer_verbs_the_lexicon_codes_as_aid(analyzer):
    stage = StageRunner(analyzer, on=(RULE,)).stage(())
    verbs = gg.aid_verbs(stage.lexicon)
    assert {"send", "deliver", "donate", "supply", "provide"} <= verbs
    assert "sell" not in verbs and "offer" not in verbs


def test_the_importer_reproduces_the_goods_nouns():
    if not (WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 is not installed")
    body = data_path("events/goods_nouns.txt").read_text("utf-8").splitlines()
    words = [x for x in body if x and not x.startswith("#")]
    assert words == imp.goods_nouns(WORDNET)
    assert {"tank", "fuel", "vaccine", "food"} <= set(words)
    assert not {"letter", "minister", "visit"} & set(words)


def test_goods_with_no_named_giver_are_no_aid(runner):
    # figures of speech on real news had no giver named ("has been sending him options"); the same with a giver is aid
    text = "Someone has been sending fuel to Minister Haddad."
    assert not [e for e in runner.events(text) if e.type == "AID"], runner.events(text)
    named = "Turkey has been sending fuel to Minister Haddad."
    assert [e.type for e in runner.events(named)] == ["AID"], runner.events(named)
