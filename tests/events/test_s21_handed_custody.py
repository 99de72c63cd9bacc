"""Session 21 (engineer E): people or papers handed over to another party
(``events.trigger.handed_custody``, events/handed_custody.py, data/events/handing_verbs.txt).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner, codes

from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.handed_custody"

# (sentence, the verb, CAMEO code, giver, receiver); the lexicon's own "hand over" rows read
# the second already (063); the rule makes the first (the people's own country) and third
HANDED = [
    (
        "Turkey handed over twelve Syrian soldiers to Syria on Monday.",
        "handed",
        "0841",
        "TUR",
        "SYR",
    ),
    (
        "Kenya handed over two alleged smugglers to Somalia last week.",
        "handed",
        "063",
        "KEN",
        "SOM",
    ),
    ("India turned over the intercepted messages to Pakistan.", "turned", "064", "IND", "PAK"),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))  # shipped off: on here


@pytest.mark.parametrize(("text", "verb", "code", "giver", "receiver"), HANDED)
def test_people_or_papers_handed_over(runner, text, verb, code, giver, receiver):
    found = runner.on(text, verb)
    assert [e.cameo for e in found] == [code], runner.events(text)
    assert codes(found[0].source) == [giver]
    assert codes(found[0].target) == [receiver]


@pytest.mark.parametrize(("text", "verb", "code", "giver", "receiver"), [HANDED[0], HANDED[2]])
def test_without_the_rule_no_such_event(runner, text, verb, code, giver, receiver):
    assert not [e for e in runner.on(text, verb, (RULE,)) if e.cameo == code]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya handed over the keys to Somalia.",  # a thing: not people, not papers
        "Kenya handed over the intercepted messages on Monday.",  # no one receives them
    ],
)
def test_other_objects_or_no_receiver_make_no_custody(runner, text):
    assert not [e for e in runner.events(text) if e.cameo in ("0841", "063", "064")]


def test_the_importer_reproduces_the_handing_verbs():
    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 is not installed")
    body = data_path("events/handing_verbs.txt").read_text("utf-8").splitlines()
    words = [x for x in body if x and not x.startswith("#")]
    assert words == imp.handing_verbs(WORDNET)
    assert {"hand over", "turn over", "extradite"} <= set(words)
