"""Session 34 (engineer RL, issue 14): opposite claims about one matter need signed claims.

``stances.claims.wordnet_predicate_sign``: a claim's predicate that the cues, AFINN and
VADER leave unsigned ("was momentous", "a turning point") takes its WordNet sign, so the
praise one leader gives an accord meets the blame another gives it.
``stances.claims.nothing_about``: "there was nothing unusual about the vote" is a claim
about the vote, with the opposite of the adjective's sign.

Passages written for these tests (invented people and places).
"""

from __future__ import annotations

from typing import Any

from relation_probe import relation_score
from stancemap.stances.claim_signs import wordnet_sign
from stancemap.stances.claims import wordnet_signs

WORDNET = "stances.claims.wordnet_predicate_sign"  # ships off (session 34 lead): tests switch it on
NOTHING = "stances.claims.nothing_about"


def test_the_wordnet_table_signs_words_of_praise_and_of_fault() -> None:
    table = wordnet_signs()
    assert table["momentous"][0] > 0 and table["turning point"][0] > 0
    assert table["irregular"][0] < 0 and table["abnormal"][0] < 0


def test_a_two_word_predicate_is_read_as_one_collocation(analyzer: Any) -> None:
    doc = analyzer.nlp("The meeting was a turning point.")
    point = next(t for t in doc if t.lower_ == "point")
    hit = wordnet_sign(point, wordnet_signs())
    assert hit is not None and hit[0] > 0


PRAISE_AND_BLAME = (
    "Mayor Tomas Ferreira of Valbrook said on Monday that the river accord was momentous. "
    "Governor Ilse Marchetti said the accord was a disaster for the farmers."
)


def test_praise_against_blame_of_one_accord_is_a_disagreement(analyzer: Any) -> None:
    on = relation_score(analyzer, PRAISE_AND_BLAME, "Ferreira", "Marchetti", enable=[WORDNET])
    off = relation_score(analyzer, PRAISE_AND_BLAME, "Ferreira", "Marchetti", disable=[WORDNET])
    assert on is not None and on < 0
    assert off is None  # the praise was unsigned: nothing to set against the blame


TWO_PRAISES = (
    "Mayor Tomas Ferreira said on Monday that the river accord was historic. "
    "Governor Ilse Marchetti said the accord was momentous."
)


def test_two_praises_of_one_accord_agree(analyzer: Any) -> None:
    on = relation_score(analyzer, TWO_PRAISES, "Ferreira", "Marchetti", enable=[WORDNET])
    assert on is not None and on > 0
    assert relation_score(analyzer, TWO_PRAISES, "Ferreira", "Marchetti", disable=[WORDNET]) is None


DENIED_FAULT = (
    "Senator Paula Okonjo said on Friday that the count in the northern district had been "
    "unfair. Senator Rui Vasquez said there was nothing irregular about the count."
)


def test_a_denied_fault_answers_the_claim_of_a_fault(analyzer: Any) -> None:
    on = relation_score(analyzer, DENIED_FAULT, "Okonjo", "Vasquez", enable=[WORDNET])
    off = relation_score(
        analyzer, DENIED_FAULT, "Okonjo", "Vasquez", enable=[WORDNET], disable=[NOTHING]
    )
    assert on is not None and on < 0
    assert off is None


AGREED_FAULT = (
    "Senator Paula Okonjo said on Friday that the count in the northern district had been "
    "fair. Senator Rui Vasquez said there was nothing irregular about the count."
)


def test_a_denied_fault_agrees_with_praise(analyzer: Any) -> None:
    on = relation_score(analyzer, AGREED_FAULT, "Okonjo", "Vasquez", enable=[WORDNET])
    assert on is not None and on > 0  # the sign is the adjective's reversed, not its own


def test_nothing_with_a_subject_of_its_own_is_left_alone(analyzer: Any) -> None:
    text = (
        "Senator Paula Okonjo said on Friday that the count had been unfair. "
        "Senator Rui Vasquez said the answer was nothing new."
    )
    on = relation_score(analyzer, text, "Okonjo", "Vasquez", enable=[WORDNET])
    off = relation_score(analyzer, text, "Okonjo", "Vasquez", enable=[WORDNET], disable=[NOTHING])
    assert on == off


def test_a_verb_takes_no_wordnet_sign(analyzer: Any) -> None:
    doc = analyzer.nlp("His help is needed.")
    needed = next(t for t in doc if t.lower_ == "needed")
    assert wordnet_sign(needed, wordnet_signs()) is None  # "need" is signed as a noun/verb row
