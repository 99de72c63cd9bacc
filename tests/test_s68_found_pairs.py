"""Session 68 (MP, issue 14): pairs an analyst reports that no rule read.

``stances.claims.counterfactual_reproach``: "Y said X should have acted sooner" - should /
ought + a perfect, said of another named party, is the speaker's reproach of it.
``stances.relations.ally_possessor``: "Pakistan's close ally China", "his ally Y" - a
friendly agent noun of campaign.tsv with a possessor and a named party: aligned.
Both ship off. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.config import Settings
from stancemap.pipeline import Analyzer
from stancemap.stances.ally_possessor import ally_nouns

REPROACH = "stances.claims.counterfactual_reproach"
ALLY = "stances.relations.ally_possessor"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s68mp")


def test_reproach_ships_off_ally_is_on() -> None:
    disabled = set(Settings().rules.disable)
    assert REPROACH in disabled
    assert ALLY not in disabled  # on since session 69, with stances.mode.standing_undated


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Senator Peter Hoekstra said Barack Obama should have insisted on getting all "
            "imprisoned Americans out.",
            ("Peter Hoekstra", "Barack Obama"),
        ),
        (
            '"Tony Blair should never have taken us to war," said Charles Kennedy.',
            ("Charles Kennedy", "Tony Blair"),
        ),
        (
            "Senator John McCain said Hillary Clinton ought to have resigned.",
            ("John McCain", "Hillary Clinton"),
        ),
    ],
)
def test_a_reproach_of_another_party_opposes_the_speaker(text: str, pair: tuple[str, str]) -> None:
    key = frozenset(pair)
    off, on = (
        pairs(text, rule_analyzer(REPROACH, False)),
        pairs(text, rule_analyzer(REPROACH, True)),
    )
    assert key not in off
    assert on[key] < 0


@pytest.mark.parametrize(
    "text",
    [
        # expected, not owed: a verb of contest
        "Hillary Clinton said Donald Trump should have won the primary easily.",
        # passive: the subject is the one acted on
        "Michael Howard said Tony Blair should have been told about the advice.",
        # conditional
        '"If Barack Obama should have known, we need to ask why," said Mitch McConnell.',
        # the speaker on himself
        '"I should have done more," Tony Blair said.',
        # a prescription, not a reproach
        "Senator John McCain said Hillary Clinton should resign.",
    ],
)
def test_no_reproach_of_another_party_reads_nothing_new(text: str) -> None:
    assert pairs(text, rule_analyzer(REPROACH, True)) == pairs(text, rule_analyzer(REPROACH, False))


def test_the_ally_nouns_are_campaign_tsvs_friendly_agents() -> None:
    nouns = ally_nouns()
    assert {"ally", "supporter", "backer"} <= nouns
    assert not {"critic", "opponent", "foe", "enemy", "rival"} & nouns


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "During the visit to Pakistan's close ally China, General Musharraf met officials.",
            ("Pakistan", "China"),
        ),
        (
            "Vladimir Putin spoke on Monday. Vladimir Putin's ally, Ramzan Kadyrov, said the "
            "plan was good.",
            ("Vladimir Putin", "Ramzan Kadyrov"),
        ),
        (
            "Tony Blair spoke on Monday. His ally John Prescott said the party would win.",
            ("Tony Blair", "John Prescott"),
        ),
        (
            "Donald Trump spoke on Monday. Former House speaker Newt Gingrich, a Trump ally, "
            "said the speech was strong.",
            ("Newt Gingrich", "Donald Trump"),
        ),
        ("Israel spoke on Monday. US ally Israel sent troops.", ("United States", "Israel")),
    ],
)
def test_a_possessed_ally_aligns_the_two(text: str, pair: tuple[str, str]) -> None:
    key = frozenset(pair)
    off, on = pairs(text, rule_analyzer(ALLY, False)), pairs(text, rule_analyzer(ALLY, True))
    assert key not in off
    assert on[key] > 0


@pytest.mark.parametrize(
    "text",
    [
        # a tie told as past
        "Hillary Clinton spoke. Hillary Clinton's former ally Bernie Sanders attacked her.",
        # a plural names no one
        "Donald Trump's supporters cheered in Ohio on Monday.",
        # an "of" phrase is stances.campaign.agent's; "Republican" names no owner
        "Donald Trump spoke. Chris Christie, a Republican ally of Donald Trump, said the "
        "speech was strong.",
        # a rival is rival_possessor's (on), not an ally
        "China's rival India sent troops to the border on Monday.",
    ],
)
def test_no_named_ally_reads_nothing_new(text: str) -> None:
    assert pairs(text, rule_analyzer(ALLY, True)) == pairs(text, rule_analyzer(ALLY, False))
