"""Session 54 (SP): an act told by its nationality adjective is that country's act.

``stances.claims.demonym_act_owner``: "'The Israeli raid on the camp was unacceptable,' X
said" - a nationality adjective before a judged act noun that names no owner makes the
owner the country, when the text names that country, for ``stances.claims.judged_act``.
The rule is switched on and off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer

RULE = "stances.claims.demonym_act_owner"

OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
RUSSIA_CLINTON = frozenset(("Russia", "Hillary Clinton"))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s54sp")


@pytest.mark.parametrize(
    "text",
    [
        "Russia held talks with Ukraine on Monday. Hillary Clinton said the Russian decision "
        "was a mistake.",
        'Russia held talks with Ukraine on Monday. "The Russian decision was a mistake," '
        "Hillary Clinton said on Tuesday.",
    ],
)
def test_a_judged_act_of_a_nationality_is_the_countrys(text: str) -> None:
    assert RUSSIA_CLINTON not in pairs(text, OFF)
    assert pairs(text, ON)[RUSSIA_CLINTON] < 0


def test_a_named_owner_is_read_as_before() -> None:
    text = "Russia held talks with Ukraine on Monday. Hillary Clinton said Russia's decision was a mistake."
    assert pairs(text, OFF)[RUSSIA_CLINTON] < 0
    assert pairs(text, ON)[RUSSIA_CLINTON] < 0


@pytest.mark.parametrize(
    "text",
    [
        # the country itself is not named: no actor to relate
        "Hillary Clinton said the Russian decision was a mistake.",
        # a party's adjective, not a nationality
        "Donald Trump said on Monday that the Republican proposal was a disaster.",
        # a noun of no act
        "Russia held talks with Ukraine on Monday. Hillary Clinton said the Russian winter "
        "was harsh.",
    ],
)
def test_what_it_leaves_alone(text: str) -> None:
    assert pairs(text, ON) == pairs(text, OFF)
