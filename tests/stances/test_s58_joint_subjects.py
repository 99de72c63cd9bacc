"""Session 58 (JS, issue 14): ``stances.relations.joint_subject_act`` (ships off).

Joined subjects of one verb of criticism, rejection or threat with an object of its own
("X and Y lamented the tax rise") did the act together: no rivals by the coordination.
Reciprocal readings ("X and Y clashed", "attacked each other") stay. Sentences written for
these tests.
"""

from __future__ import annotations

from functools import lru_cache

from rule_pairs import pair_scores
from rule_settings import with_rules
from stancemap.pipeline import Analyzer

RULE = "stances.relations.joint_subject_act"
# session 67 RQ's rule (on since the session 67 lead) also reads these shapes: it is kept
# off on both sides so that this test still measures RULE alone
CO_SOURCES = "stances.relations.co_sources_together"


@lru_cache(maxsize=2)
def _analyzer(on: bool) -> Analyzer:
    if on:
        return Analyzer(with_rules(enable=[RULE], disable=[CO_SOURCES]))
    return Analyzer(with_rules(disable=[RULE, CO_SOURCES]))


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(_analyzer(on), text, "s58js-a", "2016-03-01")


def test_joined_critics_of_a_thing_are_no_rivals() -> None:
    for text, pair in (
        (
            "Hillary Clinton and Bernie Sanders lamented the influence of money in politics.",
            ("Hillary Clinton", "Bernie Sanders"),
        ),
        (
            "Senator Alan Brooks and Governor Maria Lent rejected the proposal on Monday.",
            ("Alan Brooks", "Maria Leon"),
        ),
        ("India and Pakistan threatened sanctions.", ("India", "Pakistan")),
    ):
        assert pairs(text, False).get(frozenset(pair), 0) < 0, text  # read as rivals
        assert pairs(text, True).get(frozenset(pair), 0) >= 0, text


def test_a_shared_criticism_is_no_hostility_between_its_subjects() -> None:
    text = "Senator Alan Brooks and Governor Maria Lent criticised the budget cuts on Tuesday."
    pair = frozenset(("Alan Brooks", "Maria Leon"))
    assert pairs(text, True)[pair] > pairs(text, False)[pair]


def test_reciprocal_and_aimed_readings_stay() -> None:
    for text in (
        "Donald Trump and Ted Cruz clashed at the debate.",
        "Donald Trump and Ted Cruz traded insults at the debate.",
        "Donald Trump and Ted Cruz attacked each other on immigration.",
        "Donald Trump and Ted Cruz complained about the debate rules.",
        "Donald Trump and Ted Cruz denounced the nuclear agreement with Iran.",
    ):
        assert pairs(text, True) == pairs(text, False), text
