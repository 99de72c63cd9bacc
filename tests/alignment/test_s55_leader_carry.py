"""Session 55 (SP): a country follows its leader, and its spokespeople its words.

``alignment.carry.leader_to_country``: an office holder's relation with a foreign person
is his country's too, carried, where that pair has no evidence of its own;
``alignment.carry.state_to_spokesperson``: a state's words on a foreign party are its
spokespeople's too. Never a pair of one side, never a party at home, never a state's deed
to a spokesperson. The rules are switched on and off explicitly. Sentences written for
these tests."""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer

LEADER = "alignment.carry.leader_to_country"
SPOKES = "alignment.carry.state_to_spokesperson"
DATE = "2024-03-05"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s55sp", DATE)


def test_a_leaders_relation_with_a_foreign_leader_is_his_countrys() -> None:
    text = (
        "Guyanese President Irfaan Ali on Thursday accused Venezuelan President Nicolas "
        "Maduro of threatening the oil fields off the coast."
    )
    off, on = pairs(text, rule_analyzer(LEADER, False)), pairs(text, rule_analyzer(LEADER, True))
    for pair in (frozenset(("Guyana", "Nicolás Maduro")), frozenset(("Irfaan Ali", "Venezuela"))):
        assert pair not in off
        assert on[pair] < 0
    # the leaders' own pair and the states' pair stay as they were
    for pair in (frozenset(("Irfaan Ali", "Nicolás Maduro")), frozenset(("Guyana", "Venezuela"))):
        assert on[pair] == off[pair]


def test_a_states_words_are_its_spokespersons() -> None:
    text = (
        "Russia on Friday accused Azerbaijan of mistreating Russian citizens arrested in the "
        "city of Baku. Foreign ministry spokeswoman Maria Zakharova said the embassy had "
        "asked for consular access to the detained men."
    )
    pair = frozenset(("Azerbaijan", "Maria Zakharova"))
    assert pair not in pairs(text, rule_analyzer(SPOKES, False))
    on = pairs(text, rule_analyzer(SPOKES, True))
    assert on[pair] < 0
    assert frozenset(("Russia", "Maria Zakharova")) not in on  # one side: no pair


def test_a_states_deed_reaches_no_spokesperson() -> None:
    text = (
        "Russia on Friday expelled two Azerbaijani diplomats from Moscow. Foreign ministry "
        "spokeswoman Maria Zakharova said the embassy had asked for consular access to the "
        "detained men."
    )
    off = pairs(text, rule_analyzer(SPOKES, False))
    assert pairs(text, rule_analyzer(SPOKES, True)) == off


def test_a_rival_at_home_is_no_relation_of_the_state() -> None:
    text = (
        "Kosovo Prime Minister Albin Kurti on Monday accused opposition leader Lumir "
        "Abdixhiku of lying about the cost of the new highway."
    )
    on = pairs(text, rule_analyzer(LEADER, True))
    assert on == pairs(text, rule_analyzer(LEADER, False))
    assert frozenset(("Kosovo", "Lumir Abdixhiku")) not in on


def test_the_leader_carry_ships_on_and_the_spokesperson_carry_off() -> None:
    # session 55 lead: the leader carry passed docs/judging.md's criterion blind; the other
    # carry fired once on the blind sets and stays off until it can be judged
    from stancemap.config import Settings

    disabled = Settings().rules.disable
    assert LEADER not in disabled
    assert SPOKES in disabled
