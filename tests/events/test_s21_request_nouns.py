"""Session 21 (engineer E): nouns of asking (WordNet request.n.01, entreaty.n.01, urging)
are requests where the clause shows the asking (``events.trigger.request_nouns``), and a
verb of rejecting with one as object rejects the one who asked
(``events.frame.rejected_request_noun``; events/request_nouns.py,
data/events/request_nouns.txt). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner, codes

from stancemap.datafiles import data_path
from stancemap.events import wordnet_import as imp
from stancemap.wordnet_files import WORDNET

NOUNS = "events.trigger.request_nouns"
REJECTED = "events.frame.rejected_request_noun"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def typed(runner, text, kind, off=()):
    return [e for e in runner.events(text, off) if e.type == kind]


# (sentence, the asker's country, the country rejecting): the object is a noun of asking
# that no lexicon row names
REJECTED_PLEAS = [
    ("Turkey dismissed Syrian pleas for leniency toward the three fishermen.", "SYR", "TUR"),
    ("India rebuffed Pakistani entreaties to reopen the water dispute.", "PAK", "IND"),
]


@pytest.mark.parametrize(("text", "asker", "rejecter"), REJECTED_PLEAS)
def test_a_rejected_plea_is_a_rejection_of_the_asker(runner, text, asker, rejecter):
    found = typed(runner, text, "REJECT")
    assert len(found) == 1, runner.events(text)
    assert codes(found[0].target) == [asker]
    assert codes(found[0].source) == [rejecter]


@pytest.mark.parametrize(("text", "asker", "rejecter"), REJECTED_PLEAS)
def test_without_the_rules_the_plea_is_no_rejection_of_the_asker(runner, text, asker, rejecter):
    for off in ((NOUNS,), (REJECTED,)):
        found = typed(runner, text, "REJECT", off)
        assert not [e for e in found if codes(e.target) == [asker]], (off, found)


def test_a_plea_made_for_something_is_a_request(runner):
    text = "Kenya made an urgent plea to Somalia for help with the drought."
    found = typed(runner, text, "REQUEST")
    assert len(found) == 1, runner.events(text)
    assert codes(found[0].source) == ["KEN"]
    assert codes(found[0].target) == ["SOM"]
    assert not typed(runner, text, "REQUEST", (NOUNS,))


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's appeal among foreign investors grew after the reform.",  # charm, not asking
        "Kenya made two calls to Somalia on Monday.",  # telephone calls, nothing asked
    ],
)
def test_a_noun_of_asking_that_asks_nothing_is_no_request(runner, text):
    assert not typed(runner, text, "REQUEST"), runner.events(text)


def test_the_importer_reproduces_the_request_nouns():
    if not (WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 is not installed")
    body = data_path("events/request_nouns.txt").read_text("utf-8").splitlines()
    words = [x for x in body if x and not x.startswith("#")]
    assert words == imp.request_nouns(WORDNET)
    assert {"plea", "entreaty", "call", "appeal", "petition"} <= set(words)
    assert not {"question", "interview", "invitation"} & set(words)
