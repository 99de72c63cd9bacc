"""Session 53 (RS): how two parties stand, told by a phrase of a preposition and a noun.

``stances.relations.standing_phrase``: "X is at odds with Y", "X and Y at loggerheads over
Z", "in agreement with Y" (WordNet 3.0 satellite adjectives of a preposition and a noun
under a head of relation between parties, data/stances/standing_phrases.tsv);
``stances.relations.attitude_phrase``: "spoke in support of Y", "in opposition to Y"
(WordNet nouns of the attitude verbs, data/stances/standing_nouns.tsv). Each rule is
switched on and off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer
from stancemap.stances.standing import standing_nouns, standing_phrases
from stancemap.stances.standing_import import standing_nouns as imported_nouns
from stancemap.stances.standing_import import standing_phrases as imported

RULE = "stances.relations.standing_phrase"

OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
LEAD = "Former Senator Ann Marlow spoke on Monday.\n\n"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, LEAD + text, "s53rs")


CLINTON_SANDERS = frozenset(("Hillary Clinton", "Bernie Sanders"))


def test_the_data_is_wordnets_phrases_of_relation_between_parties() -> None:
    phrases = standing_phrases()
    assert phrases[("at", "odds")] == -1
    assert phrases[("at", "loggerheads")] == -1
    assert phrases[("in", "agreement")] == 1
    # prepositional adjectives under other heads: no relation between parties
    assert not {("at", "peace"), ("at", "fault"), ("in", "love"), ("in", "line")} & set(phrases)


def test_the_data_file_is_what_the_importer_writes() -> None:
    try:
        rows = imported()
    except FileNotFoundError:
        pytest.skip("WordNet 3.0 is not installed (apt-get install wordnet-base)")
    assert {tuple(p.split()): s for p, s, _h in rows} == standing_phrases()


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton is at odds with Bernie Sanders over the minimum wage.",
        "Hillary Clinton and Bernie Sanders have been at loggerheads over the minimum wage "
        "for weeks.",
        "Hillary Clinton, who has been at odds with Bernie Sanders since March, spoke in Ohio.",
        "Hillary Clinton found herself at odds with Bernie Sanders on trade.",
        # the side the verb's object, the partner the owner of what it is at odds with
        "The vote put Hillary Clinton at odds with Bernie Sanders' stated goals.",
    ],
)
def test_a_phrase_of_enmity_opposes_the_two(text: str) -> None:
    assert CLINTON_SANDERS not in pairs(text, OFF)
    assert pairs(text, ON)[CLINTON_SANDERS] < 0


def test_a_phrase_of_agreement_aligns_the_two() -> None:
    text = "Hillary Clinton was in agreement with Bernie Sanders on the minimum wage."
    assert CLINTON_SANDERS not in pairs(text, OFF)
    assert pairs(text, ON)[CLINTON_SANDERS] > 0


def test_a_headline_of_two_names_at_loggerheads() -> None:
    text = (
        "Clinton and Sanders at loggerheads over wage bill\n\n"
        "Hillary Clinton spoke in Ohio on Tuesday. Bernie Sanders held a rally in Vermont."
    )
    assert CLINTON_SANDERS not in pairs(text, OFF)
    assert pairs(text, ON)[CLINTON_SANDERS] < 0


@pytest.mark.parametrize(
    "text",
    [
        # things at odds, not parties
        "Hillary Clinton said the figures were at odds with the forecast by Bernie Sanders.",
        # a negated standing: neither side
        "Hillary Clinton is no longer at odds with Bernie Sanders.",
        # one party and no "with": nobody to stand against
        "Hillary Clinton was at odds over the minimum wage, Bernie Sanders said nothing.",
        # a prepositional phrase under another head
        "Hillary Clinton is at peace with Bernie Sanders' decision to run.",
    ],
)
def test_what_it_leaves_alone(text: str) -> None:
    assert pairs(text, ON) == pairs(text, OFF)


# ---- stances.relations.attitude_phrase: "in support of Y", "in opposition to Y"

ATTITUDE = "stances.relations.attitude_phrase"
ATTITUDE_OFF = rule_analyzer(ATTITUDE, False)
ATTITUDE_ON = rule_analyzer(ATTITUDE, True)
WARREN_CLINTON = frozenset(("Elizabeth Warren", "Hillary Clinton"))


def test_the_nouns_are_wordnets_of_the_attitude_verbs_less_people() -> None:
    nouns = standing_nouns()
    assert nouns["support"] == 1 and nouns["favor"] == 1
    assert nouns["opposition"] == -1
    assert not {"supporter", "critic", "opponent"} & set(nouns)


def test_the_nouns_file_is_what_the_importer_writes() -> None:
    try:
        rows = imported_nouns()
    except FileNotFoundError:
        pytest.skip("WordNet 3.0 is not installed (apt-get install wordnet-base)")
    assert {n: s for n, s, _v in rows} == standing_nouns()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Senator Elizabeth Warren spoke in support of Hillary Clinton in Boston.", 1),
        ("Senator Elizabeth Warren came out in opposition to Hillary Clinton on Friday.", -1),
        ("Senator Elizabeth Warren voted in opposition to Hillary Clinton's trade plan.", -1),
    ],
)
def test_a_noun_of_position_towards_a_party(text: str, sign: int) -> None:
    assert WARREN_CLINTON not in pairs(text, ATTITUDE_OFF)
    assert pairs(text, ATTITUDE_ON)[WARREN_CLINTON] * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        # towards a thing no party owns
        "Senator Elizabeth Warren spoke in support of the bill; Hillary Clinton was silent.",
        # negated
        "Senator Elizabeth Warren did not speak in support of Hillary Clinton.",
        # "in" and a noun of no position
        "Senator Elizabeth Warren spoke in memory of Hillary Clinton's mother.",
        # the object is no holder: the subject chose Clinton over him
        "The committee dropped Senator Elizabeth Warren in favor of Hillary Clinton.",
    ],
)
def test_what_the_attitude_phrase_leaves_alone(text: str) -> None:
    assert pairs(text, ATTITUDE_ON) == pairs(text, ATTITUDE_OFF)
