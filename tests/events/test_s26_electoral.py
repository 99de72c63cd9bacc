"""Session 26 (engineer V): polls, scores and electoral rivals are standings, no act
between the parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.electoral import rivalry_verbs

SCORE = "events.sense.dash_score"
SHARE = "events.sense.poll_share_verb"
RIVAL = "events.sense.rival_standing"
ARENA = "events.sense.contest_arena"
RULES = (SCORE, SHARE, RIVAL, ARENA)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=RULES)


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("Novak leads Haddad 45-41 in the new count.", "leads", SCORE),
        ("In Ohio, 51 percent of voters backed Novak.", "backed", SHARE),
        ("Novak now enjoys 39% support in Iowa.", "enjoys", SHARE),
        ("Novak said he was the only candidate who could beat Haddad.", "beat", RIVAL),
        ("Senator Novak is competing with Haddad for the nomination.", "competing", RIVAL),
        ("Novak is challenging Haddad in the primary.", "challenging", ARENA),
    ],
)
def test_a_standing_is_no_act(runner, text, word, rule):
    assert runner.on(text, word, (rule,)) != []  # read as an event with the rule off
    assert runner.on(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak beat Haddad with a stick.", "beat"),  # an instrument: physical
        ("Police beat the protesters with batons in Cairo.", "beat"),  # armed, no rivals
        ("Government troops defeated the rebels near Aleppo.", "defeated"),  # fighters
        ("The army killed 3-4 militants in the raid.", "killed"),  # a count of victims
        ("Novak accused Haddad of rigging the election.", "accused"),  # under "of"
        ("Senator Novak criticized the election in Russia.", "criticized"),  # an object
        ("Novak attacked Haddad for his vote on the budget.", "attacked"),  # "for"
        ("The United States imposed a 25 percent tariff on China.", "imposed"),  # a tariff
    ],
)
def test_a_real_act_keeps_its_event(runner, text, word):
    found = runner.on(text, word, RULES)
    assert found != []  # an event with the rules off
    assert len(runner.on(text, word)) == len(found)


def test_the_rivalry_verbs_come_from_wordnet():
    verbs = rivalry_verbs()
    assert {"beat", "defeat", "compete", "vie", "outpace"} <= verbs
    assert "attack" not in verbs and "kill" not in verbs and "strike" not in verbs


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Novak applauded the ruling.", "applauded"),  # a court's act
        ("Novak announced the deal with the unions on Monday.", "announced"),  # a deal
    ],
)
def test_an_act_as_object_keeps_its_event(analyzer, text, word):
    """Session 26: abstract_object_no_act reads ideas and words, not acts (noun.act)."""
    runner = StageRunner(analyzer, on=("events.sense.abstract_object_no_act",))
    assert runner.on(text, word) != []
