"""Session 50 (RE, issue 14): ``alignment.relations.told_unreal_of_another`` (ships off).

A position of one actor read from another speaker's question, conditional or
hypothetical is unreal evidence: a relation resting only on it is none. The holder's own
conditional, another's future and a statement with no quoted speaker stay real evidence.
Each test reads the rule on and off. Sentences and records written for these tests.
"""

from __future__ import annotations

import pytest
from said_records import AT, PEOPLE, quote, switches

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment import relate_document
from stancemap.alignment.told_unreal import TOLD_UNREAL, told_of_another, told_rule
from stancemap.records import Issue, Quote, Statement
from stancemap.rules import RuleSwitches

TOLD = "alignment.relations.told_unreal_of_another"
DROP = "alignment.relations.unreal_no_relation"
SAID = "alignment.relations.said_mode_unreal"
NARROW = "alignment.relations.said_conditional_unreal"
RULES = (TOLD, DROP, SAID, NARROW)
SPEAKS = ("person:c", "person:a")  # C speaks for A: A's voices


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(TOLD, on), text, "s50re", "2016-05-02")


def test_another_s_conditional_on_a_third_party_is_no_relation() -> None:
    text = (
        '"If the senators lose, Mitch McConnell could back Merrick Garland," '
        "said Anne Lee, a radio host."
    )
    pair = frozenset(("Merrick Garland", "Mitch McConnell"))
    assert pairs(text, False)[pair] > 0
    assert pair not in pairs(text, True)


def test_the_holder_s_own_conditional_stays() -> None:
    text = '"If Michael Bloomberg runs, I might vote for Michael Bloomberg," said Jane Smith.'
    pair = frozenset(("Jane Smith", "Michael Bloomberg"))
    assert pairs(text, True)[pair] > 0


def test_another_s_future_stays() -> None:
    text = "The Boston Globe reports that Elizabeth Warren will endorse Joe Biden at a rally."
    pair = frozenset(("Elizabeth Warren", "Joe Biden"))
    assert pairs(text, True)[pair] == pytest.approx(pairs(text, False)[pair])


def _backs(mode: str, evidence: list[str]) -> Statement:
    # A backs B, read in the given mode from the given quotes
    return Statement(
        id="s1",
        actor="person:a",
        issue=Issue(id="alignment:person:b", label="x"),
        polarity=1,
        evidence=evidence,
        confidence=0.6,
        text=AT,
        target="person:b",
        target_kind="actor",
        mode=mode,
    )


def _score(mode: str, quotes: list[Quote], *on: str) -> float | None:
    rels = relate_document(
        [_backs(mode, [q.id for q in quotes])],
        [],
        actors=PEOPLE,
        quotes=quotes,
        switches=switches(RULES, *on),
    )
    for r in rels:
        if {r.a, r.b} == {"person:a", "person:b"}:
            return float(r.score)
    return None


@pytest.mark.parametrize("mode", ["question", "conditional", "hypothetical"])
def test_a_statement_told_by_another_in_an_unreal_mode_is_dropped(mode: str) -> None:
    told = [quote("q1", "person:c")]  # C asks or supposes that A backs B
    assert _score(mode, told, DROP) == pytest.approx(1.0)
    assert _score(mode, told, TOLD, DROP) is None


@pytest.mark.parametrize("mode", ["asserted", "negated", "future"])
def test_other_modes_told_by_another_stay(mode: str) -> None:
    assert _score(mode, [quote("q1", "person:c")], TOLD, DROP) is not None


def test_the_holder_s_own_question_and_an_unknown_speaker_stay() -> None:
    assert _score("question", [quote("q1", "person:a")], TOLD, DROP) is not None
    assert _score("hypothetical", [], TOLD, DROP) is not None


def test_a_spokesperson_s_words_are_the_holder_s_own() -> None:
    voice = Quote(
        id="q1",
        kind="direct",
        content=AT,
        speaker="person:c",
        speaks_for="person:a",
        confidence=0.9,
    )
    speakers = {"q1": "person:c"}
    assert told_of_another("person:a", ["q1"], speakers, {}) is True
    assert told_of_another("person:a", ["q1"], speakers, {"q1": frozenset(SPEAKS)}) is False
    assert _score("conditional", [voice], TOLD, DROP) is not None


def test_the_rule_needs_switches_that_name_it_on() -> None:
    assert told_rule(None) is False
    assert told_rule(RuleSwitches.shipped().enabled) is False  # shipped off
    assert told_rule(RuleSwitches.shipped(off=[TOLD]).enabled) is False
    assert told_rule(RuleSwitches.shipped(on=[TOLD]).enabled) is True
    assert TOLD_UNREAL == TOLD
