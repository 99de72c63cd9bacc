"""Session 15: two claims are opposed only when they judge the same thing (issue 14).

``stances.claims.earlier_mention`` (a bare "the deal" is the one an earlier claim named in
full, an issue frame's trigger too, never one named only later), ``time_bound`` (a claim
tied to another time by a temporal clause meets no claim about now), and a guard on what
judges: ``act_asserted`` (a judged act under "may" is no position). Each rule is switched
off in its own pipeline;
passages written for these tests.
"""

from __future__ import annotations

import json

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation

PREDICATE = "stances.claims.predicate"
EARLIER = "stances.claims.earlier_mention"
TIME = "stances.claims.time_bound"
ASSERTED = "stances.claims.act_asserted"


@pytest.fixture(scope="module")
def rules_on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[PREDICATE]), nlp=analyzer.nlp)


def _without(analyzer, rule: str) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[PREDICATE], disable=[rule]), nlp=analyzer.nlp)


def _relation(analysis: Analysis, a: str, b: str) -> Relation | None:
    x = next(i.id for i in analysis.actors if a == i.name or a in i.name.split())
    y = next(i.id for i in analysis.actors if b == i.name or b in i.name.split())
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


def _score(pipeline: Pipeline, text: str, a: str, b: str) -> float | None:
    rel = _relation(pipeline.analyze(text), a, b)
    return None if rel is None else rel.score


def test_a_bare_noun_is_not_a_thing_named_only_later(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mary Jones, a welder, said the pay was wonderful. "
        "Ann Smith, a nurse, said her daughter's pay was terrible."
    )
    assert _score(rules_on, text, "Jones", "Smith") is None  # two different pays
    off = _score(_without(analyzer, EARLIER), text, "Jones", "Smith")
    assert off is not None and off < 0


def test_a_bare_noun_is_the_thing_named_before(rules_on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Anna Berg said the bridge contract signed in Lyon was good. "
        "The senator Paul Crane said the contract was terrible."
    )
    score = _score(rules_on, text, "Berg", "Crane")
    assert score is not None and score < 0


def test_a_bare_noun_is_the_issue_an_earlier_claim_named(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Anna Berg said the peace deal signed in Lyon was good and fair. "
        "The senator Paul Crane said the deal was terrible."
    )
    score = _score(rules_on, text, "Berg", "Crane")
    assert score is not None and score < 0
    assert _score(_without(analyzer, EARLIER), text, "Berg", "Crane") is None


def test_a_claim_about_another_time_meets_no_claim_about_now(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The senator Anna Berg said the harbour had been terrible when the mayor took office. "
        "The governor Paul Crane said the harbour was wonderful."
    )
    assert _score(rules_on, text, "Berg", "Crane") is None
    off = _score(_without(analyzer, TIME), text, "Berg", "Crane")
    assert off is not None and off < 0


def test_a_judged_act_under_may_is_no_position(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The governor Paul Crane spoke on Monday. "
        "The professor Anna Berg said Crane's remarks may be dangerous."
    )
    assert _score(rules_on, text, "Berg", "Crane") is None
    off = _score(_without(analyzer, ASSERTED), text, "Berg", "Crane")
    assert off is not None and off < 0


def test_a_claim_relation_names_both_statements_as_evidence(rules_on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Anna Berg said the bridge contract was a success. "
        "The senator Paul Crane said the bridge contract was a disaster."
    )
    analysis = rules_on.analyze(text)
    rel = _relation(analysis, "Berg", "Crane")
    assert rel is not None and rel.score < 0
    out = json.loads(analysis.model_dump_json())
    found = next(r for r in out["relations"] if {r["a"], r["b"]} == {rel.a, rel.b})
    statements = {s["id"]: s for s in out["statements"]}
    named = [statements[e] for e in found["evidence"] if e in statements]
    assert {s["actor"] for s in named} == {rel.a, rel.b}  # one statement of each side
    assert len({s["issue"]["id"] for s in named}) == 1  # on one and the same thing
    pieces = {e["id"]: e for e in found["evidence_spans"]}
    for s in named:
        span = pieces[s["id"]]["span"]
        assert text[span["start"] : span["end"]] == span["text"]  # the words, exactly


def test_a_bare_noun_the_story_named_before_is_its_one_thing(rules_on) -> None:  # type: ignore[no-untyped-def]
    named = (
        "The merger was announced in May. "
        "Anna Berg, a banker, said the merger was a disaster. "
        "Paul Crane, a senator, said the merger with Lyon Bank was a success."
    )
    score = _score(rules_on, named, "Berg", "Crane")
    assert score is not None and score < 0  # the story's one merger
    fresh = named.removeprefix("The merger was announced in May. ")
    assert _score(rules_on, fresh, "Berg", "Crane") is None  # no earlier mention: unknown
