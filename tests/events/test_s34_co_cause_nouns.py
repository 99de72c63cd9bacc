"""The cause nouns of "in defiance of X" from WordNet (session 34 CO,
``events/cause_phrases_import.py`` -> ``data/events/cause_phrases.tsv``, read by rule
``events.args.cause_phrase_target``), and the subordinate modifiers' sense filter
("designated" of "designated hitter" is no rank). Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from s33_pt_pipelines import targets  # noqa: E402

from stancemap.actors import subordinate_import  # noqa: E402
from stancemap.datafiles import word_list, words_by_kind  # noqa: E402
from stancemap.events import cause_phrases_import  # noqa: E402

CAUSE = "events.args.cause_phrase_target"
HAND = {"defiance", "protest", "solidarity", "opposition", "retaliation"}  # session 33's list


def _nouns() -> frozenset[str]:
    return words_by_kind("events/cause_phrases.tsv", ("noun", "prep"))["noun"]


def test_the_hand_nouns_are_all_imported() -> None:
    assert _nouns() >= HAND
    assert {"resistance", "revenge", "reprisal", "boycott", "support"} <= _nouns()


def test_nouns_of_no_reaction_are_not() -> None:
    # a trait, a belief and a thing: none says whom an act is done against or for
    assert not {"royalism", "kabbalism", "building", "response", "wake", "order"} & _nouns()


def test_the_list_is_wordnet_s() -> None:
    if not (cause_phrases_import.WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 database files not installed")
    assert set(cause_phrases_import.cause_nouns(cause_phrases_import.WORDNET)) == set(_nouns())


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # nouns the hand list lacked: the phrase names the one the act is aimed at
        ("Farmers blocked roads in Lyon in revenge against the German police.", "blocked", "DEU"),
        ("Thousands rallied in Manila in resistance to the Chinese authorities.", "rallied", "CHN"),
        ("Thousands rallied in Kyiv in support of the Polish government.", "rallied", "POL"),
    ],
)
def test_an_imported_cause_noun_names_the_target(text: str, word: str, country: str) -> None:
    assert [country] in targets(text, word)
    assert [country] not in targets(text, word, (CAUSE,))


def test_designated_is_no_subordinate_rank() -> None:
    listed = word_list("lexicon/subordinate_modifiers.txt")
    assert "designated" not in listed
    assert {"deputy", "vice", "lieutenant", "brigadier", "suffragan"} <= listed
    if (subordinate_import.WORDNET / "data.noun").exists():
        assert "designated" not in subordinate_import.subordinate_modifiers(
            subordinate_import.WORDNET
        )
