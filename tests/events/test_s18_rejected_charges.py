"""Session 18 (engineer V): a charge rejected is a rejection aimed at the one who made it
(``events.frame.rejected_charge``, events/rejected_charges.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import data_path
from stancemap.events import rejected_charges as rc
from stancemap.events import wordnet_import as imp
from stancemap.wordnet_files import WORDNET

RULE = "events.frame.rejected_charge"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def rejections(runner, text, word, off=()):
    return [e for e in runner.on(text, word, off) if e.type == "REJECT"]


# (sentence, the verb, the country of the one who made the charge)
CHARGES = [
    ("Turkey rejected Russian accusations that it had armed the militants.", "rejected", "RUS"),
    ("Pakistan dismissed Indian criticism of its handling of the inquiry.", "dismissed", "IND"),
    ("Iran brushed aside Israeli accusations over the drone strikes.", "brushed", "ISR"),
    ("Sudan shrugged off criticism from Kenya over the refugee camps.", "shrugged", "KEN"),
    ("Japan rebuffed the accusations made by China over the island dispute.", "rebuffed", "CHN"),
]


@pytest.mark.parametrize(("text", "verb", "accuser"), CHARGES)
def test_a_rejected_charge_is_aimed_at_the_accuser(runner, text, verb, accuser):
    found = rejections(runner, text, verb)
    assert len(found) == 1, runner.events(text)
    assert [a.split(":")[-1] for a in found[0].target] == [accuser]


def aimed_at(runner, text, verb, accuser, off=()):
    found = rejections(runner, text, verb, off)
    return len(found) == 1 and [a.split(":")[-1] for a in found[0].target] == [accuser]


def test_without_the_rule_most_charges_are_misread(runner):
    right = [aimed_at(runner, *charge, off=(RULE,)) for charge in CHARGES]
    assert sum(right) <= 2, right


def test_a_rejected_proposal_keeps_its_reading(runner):
    # the object is no charge: the rule does not touch it
    text = "Syria rejected the Turkish proposal for a buffer zone."
    on = [(e.type, e.cameo, e.source, e.target) for e in runner.events(text)]
    off = [(e.type, e.cameo, e.source, e.target) for e in runner.events(text, (RULE,))]
    assert on == off


def test_a_charge_made_is_no_rejection(runner):
    # accusing, not rejecting an accusation: no REJECT
    text = "Turkey repeated its accusations against Russia over the strikes."
    assert not [e for e in runner.events(text) if e.type == "REJECT"]


def test_a_verb_of_rejecting_with_no_charge_object_gets_no_row(runner):
    text = "Pakistan doubted the figures published in Lagos."
    assert not [e for e in runner.events(text) if e.type == "REJECT"]


def test_the_rejecting_verbs_are_wordnets():
    verbs = rc.rejecting_verbs()
    assert {"reject", "dismiss", "deny", "rebuff", "refute", "brush aside", "shrug off"} <= verbs
    assert "accuse" not in verbs and "criticize" not in verbs


def test_the_importer_reproduces_the_rejecting_verbs():
    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 is not installed")
    body = [x for x in data_path("events/rejecting_verbs.txt").read_text("utf-8").splitlines()]
    words = [x for x in body if x and not x.startswith("#")]
    assert words == imp.rejecting_verbs(WORDNET)
