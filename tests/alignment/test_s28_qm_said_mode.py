"""Session 28 (engineer QM, issue 14): what is said in a mode of what is not (so).

- ``alignment.relations.said_mode_unreal``: a statement whose mode (stances/modes.py) is
  conditional or a question, or hypothetical/future told of another, is unreal evidence:
  with ``unreal_no_relation`` a relation resting only on it is none, with
  ``unreal_evidence`` it scores the mode weight;
- ``alignment.corpus.unreal_rules``: the corpus series applies the same rules.

Records written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from said_records import AT, PEOPLE, quote, switches

from stancemap.alignment import relate_document
from stancemap.alignment.corpus import build_corpus
from stancemap.alignment.relations import reality_of
from stancemap.alignment.timeseries import Window, pair_series
from stancemap.records import Actor, Issue, Statement
from stancemap.rules import RuleSwitches

SAID = "alignment.relations.said_mode_unreal"
SHRINK = "alignment.score.unreal_evidence"
DROP = "alignment.relations.unreal_no_relation"
CORPUS = "alignment.corpus.unreal_rules"
# session 50 RE: another's unreal words on a third party, a neighbour rule kept off here
TOLD = "alignment.relations.told_unreal_of_another"
RULES = (SAID, SHRINK, DROP, CORPUS, TOLD)


def _switches(*on: str) -> RuleSwitches:
    return switches(RULES, *on)


def _backs(sid: str, holder: str, other: str, mode: str | None, quote: str) -> Statement:
    return Statement(
        id=sid,
        actor=holder,
        issue=Issue(id=f"alignment:{other}", label="x"),
        polarity=1,
        evidence=[quote],
        confidence=0.6,
        text=AT,
        target=other,
        target_kind="actor",
        mode=mode,
    )


def _score(rels: list, a: str, b: str) -> float | None:  # type: ignore[type-arg]
    for r in rels:
        if {r.a, r.b} == {a, b}:
            return float(r.score)
    return None


def test_a_hypothetical_told_of_another_is_unreal_evidence() -> None:
    # C says: "A would probably encourage people to back B" (holder A, C's quote)
    said = [_backs("s1", "person:a", "person:b", "hypothetical", "q1")]
    quotes = [quote("q1", "person:c")]
    assert reality_of(said, [], quotes, said_mode=True) == {"s1": pytest.approx(0.3)}
    assert reality_of(said, [], quotes, said_mode=False) == {}
    on = relate_document(said, [], actors=PEOPLE, quotes=quotes, switches=_switches(SAID, DROP))
    off = relate_document(said, [], actors=PEOPLE, quotes=quotes, switches=_switches(DROP))
    assert _score(on, "person:a", "person:b") is None
    assert _score(off, "person:a", "person:b") == pytest.approx(1.0)


def test_the_score_of_a_relation_resting_only_on_it_is_its_mode_weight() -> None:
    said = [_backs("s1", "person:a", "person:b", "hypothetical", "q1")]
    quotes = [quote("q1", "person:c")]
    rels = relate_document(said, [], actors=PEOPLE, quotes=quotes, switches=_switches(SAID, SHRINK))
    assert _score(rels, "person:a", "person:b") == pytest.approx(0.3)


def test_the_holder_s_own_hypothetical_or_future_is_a_position_now() -> None:
    # A says: "I would back B" / "we will back B"
    quotes = [quote("q1", "person:a")]
    for mode in ("hypothetical", "future"):
        said = [_backs("s1", "person:a", "person:b", mode, "q1")]
        assert reality_of(said, [], quotes, said_mode=True) == {}
        rels = relate_document(
            said, [], actors=PEOPLE, quotes=quotes, switches=_switches(SAID, DROP)
        )
        assert _score(rels, "person:a", "person:b") == pytest.approx(1.0)


def test_a_conditional_or_a_question_is_unreal_even_in_one_s_own_words() -> None:
    quotes = [quote("q1", "person:a")]
    for mode in ("conditional", "question"):
        said = [_backs("s1", "person:a", "person:b", mode, "q1")]
        rels = relate_document(
            said, [], actors=PEOPLE, quotes=quotes, switches=_switches(SAID, DROP)
        )
        assert _score(rels, "person:a", "person:b") is None


def test_asserted_evidence_beside_it_keeps_the_relation() -> None:
    quotes = [quote("q1", "person:c"), quote("q2", "person:a")]
    said = [
        _backs("s1", "person:a", "person:b", "hypothetical", "q1"),
        _backs("s2", "person:a", "person:b", "asserted", "q2"),
    ]
    said[1] = said[1].model_copy(update={"issue": Issue(id="alignment:person:b", label="y")})
    rels = relate_document(said, [], actors=PEOPLE, quotes=quotes, switches=_switches(SAID, DROP))
    assert _score(rels, "person:a", "person:b") == pytest.approx(1.0)


def _analysis(doc: str, day: str, mode: str) -> dict:  # type: ignore[type-arg]
    return {
        "document": {"id": doc, "date": day},
        "actors": [a.model_dump() for a in PEOPLE],
        "quotes": [quote("q1", "person:c").model_dump()],
        "statements": [_backs("s1", "person:a", "person:b", mode, "q1").model_dump()],
        "events": [],
    }


def _points(switches: RuleSwitches) -> list[tuple[date, float]]:
    corpus = build_corpus(
        [
            ("one", _analysis("d1", "2016-03-02", "asserted")),
            ("two", _analysis("d2", "2016-04-02", "hypothetical")),
        ],
        switches=switches,
    )
    series = pair_series(corpus, Window.parse("month"))
    return [(p.start, p.score) for p in series[("person:a", "person:b")]]


def test_the_corpus_series_applies_the_same_rules() -> None:
    on = _points(_switches(SAID, DROP, CORPUS))
    off = _points(_switches(SAID, DROP))
    assert on == [(date(2016, 3, 1), pytest.approx(1.0))]  # April rests on "would" only
    assert off == [(date(2016, 3, 1), pytest.approx(1.0)), (date(2016, 4, 1), pytest.approx(1.0))]
    shrunk = _points(_switches(SAID, SHRINK, CORPUS))
    assert shrunk[1] == (date(2016, 4, 1), pytest.approx(0.3))


def test_a_statement_on_another_s_quote_and_unreal_events_is_unreal() -> None:
    from stancemap.records import Event

    quotes = [quote("q1", "person:c")]
    said = [_backs("s1", "person:a", "person:b", "future", "q1")]
    said[0] = said[0].model_copy(update={"evidence": ["q1", "e1"]})
    unreal_act = Event(
        id="e1",
        type="ENDORSE",
        mode="future",
        trigger=AT,
        source=["person:a"],
        target=["person:b"],
        confidence=1.0,
    )
    real_act = unreal_act.model_copy(update={"mode": None})
    assert "s1" in reality_of(said, [unreal_act], quotes, said_mode=True)
    assert "s1" not in reality_of(said, [real_act], quotes, said_mode=True)


def test_a_leader_s_future_for_her_own_state_is_the_state_s_position() -> None:
    # the president of A's country says: "Country A will back B" (holder: country A)
    states = [
        Actor(id="country:AAA", name="Aland", type="country", country="AAA"),
        Actor(id="person:p", name="P", type="person", country="AAA", sector="GOV"),
        Actor(id="person:b", name="B", type="person", country="BBB"),
    ]
    quotes = [quote("q1", "person:p")]
    said = [_backs("s1", "country:AAA", "person:b", "future", "q1")]
    assert reality_of(said, [], quotes, said_mode=True, actors=states) == {}
    assert "s1" in reality_of(said, [], quotes, said_mode=True)  # without knowing whose state
    spokes = [quote("q1", "person:c").model_copy(update={"speaks_for": "country:AAA"})]
    assert reality_of(said, [], spokes, said_mode=True, actors=states) == {}
