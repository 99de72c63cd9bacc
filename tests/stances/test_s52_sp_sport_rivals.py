"""Session 52 (SP): rivals in a match are no political sides.

``stances.relations.sport_rivals`` drops a position between two actors read in a sentence
that holds a WordNet noun of sport (or, in a sports story, one naming a contest, its
outcome or a rivalry); with the events rules ``events.sense.sport_contest`` and
``events.sense.sport_story_rivalry`` the match read as force goes too. All three ship
off: each test reads its text with them off and on. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.pipeline import Analyzer

RIVALS = "stances.relations.sport_rivals"
ALL = ("events.sense.sport_contest", "events.sense.sport_story_rivalry", RIVALS)

OFF = Analyzer(rule_settings.with_rules())
ONLY_RIVALS = Analyzer(rule_settings.with_rules(enable=[RIVALS]))
ON = Analyzer(rule_settings.with_rules(enable=list(ALL)))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    result = analyzer.analyze_text(text, doc_id="s52sp", date="2016-05-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_a_test_match_against_a_country_is_no_opposition():
    text = (
        "Pakistan will go into the second Test against India in Lahore with most of its "
        "batsmen in good form."
    )
    pair = frozenset(("Pakistan", "India"))
    assert pairs(text, OFF)[pair] < 0  # shipped off: "against" opposes them
    assert pair not in pairs(text, ONLY_RIVALS)
    assert pair not in pairs(text, ON)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("India beat Pakistan by six wickets in the cricket final in Lahore.", "India", "Pakistan"),
        (
            "Kumar teamed with fellow Indian Rahul Singh to beat Pakistan 3-0 in the opening "
            "round of the tennis championship.",
            "Kumar",
            "Pakistan",
        ),
    ],
)
def test_a_match_won_makes_no_pair_with_the_rules_on(text, one, other):
    pair = frozenset((one, other))
    assert pairs(text, OFF)[pair] < 0
    assert pair not in pairs(text, ON)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Pakistan accused India of shelling villages near the border.", "Pakistan", "India"),
        # a government is a political actor, cricket or not
        (
            "The Pakistani government protested against India after the cricket match in "
            "Lahore was cancelled.",
            "Pakistani government",
            "India",
        ),
    ],
)
def test_political_opposition_stays(text, one, other):
    pair = frozenset((one, other))
    off = pairs(text, OFF)
    assert off[pair] < 0
    assert pairs(text, ON)[pair] == off[pair]
