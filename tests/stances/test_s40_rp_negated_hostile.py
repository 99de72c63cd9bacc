"""Session 40 (RP): a position for another actor read from a negated clause ("did not
attack Y", "Y was not opposed by X") is no position (``stances.polarity.
negated_hostile_no_position``); a negated friendly act and a negated taking back stay
positions. Sentences written for these tests."""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer

RULE = "stances.polarity.negated_hostile_no_position"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s40rp", "2016-04-28")


SENATORS = frozenset(("Mark Dalton", "Susan Whitfield"))


def test_a_negated_attack_is_no_alignment() -> None:
    text = (
        "Senator Mark Dalton did not attack Senator Susan Whitfield in his speech on Tuesday night."
    )
    assert pairs(text, False).get(SENATORS, 0.0) > 0  # restraint read as a weak sign for her
    assert SENATORS not in pairs(text, True)


def test_a_negated_opposition_in_the_passive_is_no_alignment() -> None:
    text = (
        "Aides said that Senator Mark Dalton was not opposed by Senator Susan Whitfield, "
        "but by the party's donors."
    )
    assert pairs(text, False).get(SENATORS, 0.0) > 0
    assert SENATORS not in pairs(text, True)


def test_a_negated_friendly_act_still_opposes() -> None:
    text = "Senator Mark Dalton said he will not support Senator Susan Whitfield."
    assert pairs(text, True)[SENATORS] < 0
    assert pairs(text, False)[SENATORS] < 0


def test_a_negated_taking_back_is_still_support() -> None:
    text = "Senator Mark Dalton said he did not withdraw his support for Senator Susan Whitfield."
    assert pairs(text, True)[SENATORS] > 0
