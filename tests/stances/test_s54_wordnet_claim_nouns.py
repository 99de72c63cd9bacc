"""Session 54 (SP): the nouns a rejection answers, read from WordNet.

``stances.relations.wordnet_claim_nouns``: "X brushed aside the complaint", "waved away
warnings from Y", "pushed back against that account" - a noun naming another's words by
WordNet 3.0 (data/stances/claim_nouns_wordnet.txt) is a claim noun of the response rules,
beside the 17 ``claim`` rows of relations.tsv. The rule is switched on and off explicitly.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer
from stancemap.stances.claim_noun_import import claim_nouns as imported
from stancemap.stances.claim_nouns import wordnet_claim_nouns

RULE = "stances.relations.wordnet_claim_nouns"

OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
CLINTON_SANDERS = frozenset(("Hillary Clinton", "Bernie Sanders"))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s54sp")


def test_the_data_names_words_charged_or_asked_not_things_done() -> None:
    nouns = wordnet_claim_nouns()
    assert {"complaint", "warning", "account", "objection", "appeal", "grievance"} <= nouns
    assert not {"plan", "bill", "deal", "law", "policy", "budget", "treaty"} & nouns


def test_the_data_file_is_what_the_importer_writes() -> None:
    try:
        words = imported()
    except FileNotFoundError:
        pytest.skip("WordNet 3.0 is not installed (apt-get install wordnet-base)")
    assert frozenset(words) == wordnet_claim_nouns()


@pytest.mark.parametrize(
    "text",
    [
        # the earlier claimant answered
        "Senator Bernie Sanders said on Monday that the trade pact would cost Ohio thousands "
        "of jobs. Hillary Clinton brushed aside the complaint on Tuesday, saying the pact "
        "protected workers.",
        # the author the noun names
        "Hillary Clinton waved away warnings from Bernie Sanders about the banks on Tuesday.",
    ],
)
def test_a_rejected_complaint_or_warning_opposes_its_author(text: str) -> None:
    assert CLINTON_SANDERS not in pairs(text, OFF)
    assert pairs(text, ON)[CLINTON_SANDERS] < 0


def test_dismissed_objections_are_answered_not_shared() -> None:
    # off, the dismissal of what Sanders objects to reads as agreement with him
    text = "Hillary Clinton dismissed the objections of Bernie Sanders to the pipeline."
    assert pairs(text, OFF).get(CLINTON_SANDERS, 0.0) >= 0
    assert pairs(text, ON)[CLINTON_SANDERS] < 0


def test_the_words_of_the_hand_list_answer_as_before() -> None:
    text = (
        "Senator Bernie Sanders said on Monday that the trade pact would cost Ohio thousands "
        "of jobs. Hillary Clinton rejected the accusation on Tuesday."
    )
    assert pairs(text, OFF)[CLINTON_SANDERS] < 0
    assert pairs(text, ON)[CLINTON_SANDERS] < 0


@pytest.mark.parametrize(
    "text",
    [
        # a thing done, not words: a stance on an issue, no claimant answered
        "Senator Bernie Sanders said on Monday that the trade pact would cost Ohio thousands "
        "of jobs. Hillary Clinton rejected the pipeline plan on Tuesday.",
        # no one made the complaint before it was brushed aside
        "Hillary Clinton brushed aside the complaint on Tuesday. Bernie Sanders spoke in "
        "Vermont on Wednesday.",
    ],
)
def test_what_it_leaves_alone(text: str) -> None:
    assert CLINTON_SANDERS not in pairs(text, OFF)
    assert CLINTON_SANDERS not in pairs(text, ON)
