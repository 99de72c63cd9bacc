"""Session 42 (BR): a contestant's lead or win over another read as opposition.

``stances.relations.lead_over``: "her lead over Y", "X's victory over Y", "X won a
landslide over Y" (a WordNet noun of advantage or victory, data/stances/lead_nouns.txt,
with "over" one person). The rule is switched on and off explicitly. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer
from stancemap.stances.lead_over import lead_nouns

RULE = "stances.relations.lead_over"


OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
LEAD = "Former Senator Ann Marlow spoke on Monday.\n\n"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, LEAD + text, "s42br")


CLINTON_SANDERS = frozenset(("Hillary Clinton", "Bernie Sanders"))


def test_the_data_is_wordnets_advantage_and_victory() -> None:
    nouns = lead_nouns()
    assert {"lead", "victory", "win", "landslide", "triumph"} <= nouns
    assert not {"race", "campaign", "attack", "defeat"} & nouns


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton won the primary on Tuesday, adding to her delegate lead over "
        "Bernie Sanders.",
        "Hillary Clinton's victory over Bernie Sanders in New York surprised no one.",
        "Hillary Clinton won a landslide over Bernie Sanders in the state.",
    ],
)
def test_a_lead_or_win_over_a_person_opposes_the_two(text: str) -> None:
    assert CLINTON_SANDERS not in pairs(text, OFF)
    assert pairs(text, ON)[CLINTON_SANDERS] < 0


@pytest.mark.parametrize(
    "text",
    [
        # two people over: they would side with each other
        "Hillary Clinton's lead over Bernie Sanders and Martin O'Malley grew.",
        # a past contest says nothing of now
        "Hillary Clinton's 2008 victory over Bernie Sanders was narrow.",
        # a noun of contest, not of a lead: contest_against's, no "over"
        "Hillary Clinton's fight over the budget angered Bernie Sanders.",
    ],
)
def test_no_lead_over_one_person_reads_nothing_new(text: str) -> None:
    assert pairs(text, ON) == pairs(text, OFF)
