"""Session 43 (RS): criticism aimed at a named person read as opposition.

``stances.relations.criticism_aimed``: "concentrating her fire on Y", "X took a potshot at
Y" (a noun with a WordNet sense of criticism, data/stances/criticism_nouns.txt, with
"on"/"at"/"against" a person). The rule is switched on and off explicitly. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer
from stancemap.stances.criticism_aimed import criticism_nouns
from stancemap.stances.criticism_import import criticism_nouns as imported

RULE = "stances.relations.criticism_aimed"


OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
LEAD = "Former Senator Ann Marlow spoke on Monday.\n\n"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, LEAD + text, "s43rs")


CLINTON_TRUMP = frozenset(("Hillary Clinton", "Donald Trump"))


def test_the_data_is_wordnets_criticism_less_other_messages_and_things() -> None:
    nouns = criticism_nouns()
    assert {"fire", "attack", "potshot", "rebuke", "criticism"} <= nouns
    # a first sense that is another message, a thing, a person or a state
    assert not {"speech", "lecture", "sermon", "wig", "flak", "stricture"} & nouns


def test_the_data_file_is_what_the_importer_writes() -> None:
    try:
        words = imported()
    except FileNotFoundError:
        pytest.skip("WordNet 3.0 is not installed (apt-get install wordnet-base)")
    assert frozenset(words) == criticism_nouns()


@pytest.mark.parametrize(
    "text",
    [
        "After her win in New York, Hillary Clinton began to treat Bernie Sanders as a "
        "diminished threat, concentrating her fire on Donald Trump.",
        "Hillary Clinton concentrated her fire on Donald Trump.",
        "Hillary Clinton took a potshot at Donald Trump on Sunday.",
    ],
)
def test_criticism_aimed_at_a_person_opposes_the_two(text: str) -> None:
    assert CLINTON_TRUMP not in pairs(text, OFF)
    assert pairs(text, ON)[CLINTON_TRUMP] < 0


@pytest.mark.parametrize(
    "text",
    [
        # a message that is no criticism
        "Hillary Clinton gave a speech on Donald Trump.",
        # no holder: the noun under a preposition, its critic named by "from"
        "Hillary Clinton came under fire at the rally in Ohio.",
        # aimed at a thing, not a person
        "Hillary Clinton concentrated her fire on the budget that Donald Trump wrote.",
    ],
)
def test_no_criticism_aimed_at_a_person_reads_nothing_new(text: str) -> None:
    assert pairs(text, ON) == pairs(text, OFF)
