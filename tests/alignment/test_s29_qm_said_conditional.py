"""Session 29 (engineer QM, issue 14): ``alignment.relations.said_conditional_unreal``,
the narrow form of ``said_mode_unreal``: only a statement read from a conditional or a
question is unreal evidence; a hypothetical or future one stays real evidence (on real
news "I think it is good" reads hypothetical, a scheduled act reported by a paper future).

Records written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from said_records import AT, PEOPLE, quote, switches

from stancemap.alignment import relate_document
from stancemap.alignment.corpus import build_corpus
from stancemap.alignment.relations import said_rule
from stancemap.alignment.timeseries import Window, pair_series
from stancemap.records import Issue, Statement
from stancemap.rules import RuleSwitches

NARROW = "alignment.relations.said_conditional_unreal"
SAID = "alignment.relations.said_mode_unreal"
DROP = "alignment.relations.unreal_no_relation"
SHRINK = "alignment.score.unreal_evidence"
CORPUS = "alignment.corpus.unreal_rules"
# session 50 RE: another's unreal words on a third party, a neighbour rule kept off here
TOLD = "alignment.relations.told_unreal_of_another"
RULES = (NARROW, SAID, DROP, SHRINK, CORPUS, TOLD)


def _switches(*on: str) -> RuleSwitches:
    return switches(RULES, *on)


def _backs(sid: str, mode: str) -> Statement:
    # C says A backs B, in the given mode
    return Statement(
        id=sid,
        actor="person:a",
        issue=Issue(id="alignment:person:b", label="x"),
        polarity=1,
        evidence=["q1"],
        confidence=0.6,
        text=AT,
        target="person:b",
        target_kind="actor",
        mode=mode,
    )


def _score(mode: str, *on: str) -> float | None:
    rels = relate_document(
        [_backs("s1", mode)],
        [],
        actors=PEOPLE,
        quotes=[quote("q1", "person:c")],
        switches=_switches(*on),
    )
    for r in rels:
        if {r.a, r.b} == {"person:a", "person:b"}:
            return float(r.score)
    return None


@pytest.mark.parametrize("mode", ["conditional", "question"])
def test_a_conditional_or_a_question_is_no_relation(mode: str) -> None:
    assert _score(mode, NARROW, DROP) is None
    assert _score(mode, DROP) == pytest.approx(1.0)  # the rule off: a relation


@pytest.mark.parametrize("mode", ["hypothetical", "future"])
def test_another_s_hypothetical_or_future_stays_real_evidence(mode: str) -> None:
    assert _score(mode, NARROW, DROP) == pytest.approx(1.0)
    assert _score(mode, SAID, DROP) is None  # the broad rule drops it


def test_the_score_of_a_relation_resting_on_a_conditional_is_its_mode_weight() -> None:
    assert _score("conditional", NARROW, SHRINK) == pytest.approx(0.3)


def test_the_broad_rule_decides_when_both_are_on() -> None:
    # the shipped rules with each on and off (session 64: not every rule on but these)
    assert said_rule(RuleSwitches.shipped(on=[NARROW], off=[SAID]).enabled) == (
        True,
        frozenset({"conditional", "question"}),
    )
    assert said_rule(RuleSwitches.shipped(on=[SAID], off=[NARROW]).enabled) == (True, None)
    assert said_rule(RuleSwitches.shipped(on=[SAID, NARROW]).enabled) == (True, None)
    assert said_rule(RuleSwitches.shipped(off=[SAID, NARROW]).enabled) == (False, None)
    assert _score("future", NARROW, SAID, DROP) is None


def _analysis(doc: str, day: str, mode: str) -> dict:  # type: ignore[type-arg]
    return {
        "document": {"id": doc, "date": day},
        "actors": [a.model_dump() for a in PEOPLE],
        "quotes": [quote("q1", "person:c").model_dump()],
        "statements": [_backs("s1", mode).model_dump()],
        "events": [],
    }


def test_the_corpus_series_reads_the_narrow_rule() -> None:
    def points(*on: str) -> list[tuple[date, float]]:
        corpus = build_corpus(
            [
                ("one", _analysis("d1", "2016-03-02", "conditional")),
                ("two", _analysis("d2", "2016-04-02", "future")),
            ],
            switches=_switches(*on),
        )
        series = pair_series(corpus, Window.parse("month"))
        return [(p.start, p.score) for p in series[("person:a", "person:b")]]

    assert points(NARROW, DROP, CORPUS) == [(date(2016, 4, 1), pytest.approx(1.0))]
    assert len(points(DROP, CORPUS)) == 2
