"""Session 55 (SP): a rejection answers the other side, not its own.

``stances.relations.claimant_other_side``: the earlier claimant a rejection answers is
never of the answerer's own side (his state, its bodies and office holders, his
spokespeople, his staff), and a sentence only his own side spoke in does not use up the
lookback. ``stances.relations.claimant_verbal_event``: an event stands as that claim only
where it is words aimed at someone (PLOVER's verbal-conflict quad), not a meeting or a
mediation. The rules are switched on and off explicitly. Sentences written for these
tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from rule_pairs import pair_scores, rule_analyzer
from rule_settings import with_rules
from stancemap.pipeline import Analyzer

RULE = "stances.relations.claimant_other_side"
VERBAL = "stances.relations.claimant_verbal_event"
DATE = "2024-03-05"
KURTI_VUCIC = frozenset(("Albin Kurti", "Aleksandar Vučić"))

OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)


@lru_cache(maxsize=2)
def both(on: bool) -> Analyzer:
    """claimant_other_side on, claimant_verbal_event on or off."""
    return Analyzer(
        with_rules(enable=[RULE, VERBAL]) if on else with_rules(enable=[RULE], disable=[VERBAL])
    )


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s55sp", DATE)


@pytest.mark.parametrize(
    "between",
    [
        # the answerer's own officials met: a source of his own side, nearest
        "Officials in Pristina met on Monday night.",
        # his own foreign ministry spoke: a quote of his own side, nearest
        "Kosovo's foreign ministry said the cabinet would sit on Wednesday.",
    ],
)
def test_a_rejection_answers_the_claim_of_the_other_side(between: str) -> None:
    text = (
        "Serbian President Aleksandar Vucic said on Monday that Kosovo police had raided "
        f"Serb villages near Mitrovica. {between} Kosovo Prime Minister Albin Kurti "
        "rejected the accusation on Tuesday."
    )
    assert KURTI_VUCIC not in pairs(text, OFF)
    assert pairs(text, ON)[KURTI_VUCIC] < 0


def test_no_pair_of_one_side_when_only_his_own_side_spoke() -> None:
    text = (
        "Kosovo's foreign ministry said on Monday that the cabinet would sit on Wednesday. "
        "Kosovo Prime Minister Albin Kurti rejected the accusation on Tuesday."
    )
    assert pairs(text, OFF) == {}
    assert pairs(text, ON) == {}


def test_a_rival_at_home_is_answered_as_before() -> None:
    # two office holders' rivals of one country are no side of one another
    text = (
        "Opposition leader Lumir Abdixhiku said on Monday that the government had hidden "
        "the cost of the new highway. Kosovo Prime Minister Albin Kurti rejected the "
        "accusation on Tuesday."
    )
    rivals = frozenset(("Albin Kurti", "Lumir Abdixhiku"))
    assert pairs(text, OFF)[rivals] < 0
    assert pairs(text, ON)[rivals] < 0


def test_the_nearest_claim_of_the_other_side_is_answered_as_before() -> None:
    text = (
        "Serbian President Aleksandar Vucic said on Monday that Kosovo police had raided "
        "Serb villages near Mitrovica. Kosovo Prime Minister Albin Kurti rejected the "
        "accusation on Tuesday."
    )
    assert pairs(text, OFF)[KURTI_VUCIC] < 0
    assert pairs(text, ON)[KURTI_VUCIC] < 0


def test_a_mediation_is_no_claim_a_rejection_answers() -> None:
    text = (
        "Serbian President Aleksandar Vucic said on Monday that Kosovo police had raided "
        "Serb villages near Mitrovica. The two governments have been talking under European "
        "Union mediation since 2011. Officials in Pristina met on Monday night. Kosovo Prime "
        "Minister Albin Kurti rejected the accusation on Tuesday."
    )
    mediator = frozenset(("Albin Kurti", "European Union"))
    assert mediator in pairs(text, both(False))  # the nearest source of another side
    read = pairs(text, both(True))
    assert mediator not in read
    assert read[KURTI_VUCIC] < 0
