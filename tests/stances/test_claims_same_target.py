"""Two claims meet only when they judge the same thing (``stances.claims.same_target``):
"the AP report was misleading" and "the inspector general's report was damning" judge two
reports; a bare "the deal" is the one deal the story names ("the European asylum deal");
a name, a date or a number is no thing judged. Passages written for these tests, with
``stances.claims.predicate`` switched on (it ships off).
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation

RULE = "stances.claims.same_target"
PREDICATE = "stances.claims.predicate"


def _pipeline(analyzer, *off: str) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=off, enable=[PREDICATE]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def with_rule(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer)


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, RULE)


def _relation(analysis: Analysis, a: str, b: str) -> Relation | None:
    x = next(i.id for i in analysis.actors if a in i.name)
    y = next(i.id for i in analysis.actors if b in i.name)
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


TWO_REPORTS = (
    'The campaign spokesman Tom Reddy said: "The AP report was misleading." '
    'The party chairman Paul Garnet said: "The inspector general\'s report was damning."'
)


def test_claims_on_two_different_reports_do_not_meet(with_rule, without_rule) -> None:  # type: ignore[no-untyped-def]
    assert _relation(with_rule.analyze(TWO_REPORTS), "Reddy", "Garnet") is None
    # without the rule both are claims on "report": a false agreement
    rel = _relation(without_rule.analyze(TWO_REPORTS), "Reddy", "Garnet")
    assert rel is not None and rel.score > 0


def test_a_bare_noun_is_the_one_the_story_named(with_rule) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The minister Anna Berg said: "The Nordic fishing deal is a good compromise." '
        'The fisherman Lars Holm said: "The deal is a disaster for the coast."'
    )
    analysis = with_rule.analyze(text)
    rel = _relation(analysis, "Berg", "Holm")
    assert rel is not None and rel.score < 0
    # both on the named deal's key, not on a bare "deal"
    (issue,) = {s.issue.id for s in analysis.statements if s.target_kind == "proposition"}
    assert issue.endswith("fishing-deal")


def test_a_bare_noun_two_named_ones_fit_meets_neither(with_rule) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The minister Anna Berg said: "The Nordic fishing deal is a good compromise." '
        'The trader Eva Lund said: "The Baltic grain deal is a disaster." '
        'The fisherman Lars Holm said: "The deal is a disaster."'
    )
    analysis = with_rule.analyze(text)
    assert _relation(analysis, "Berg", "Holm") is None
    assert _relation(analysis, "Lund", "Holm") is None


@pytest.mark.parametrize(
    "text",
    [
        'The pollster Ann Reed said: "Indiana will be decisive." '
        'The strategist Bob Vance said: "Indiana is hopeless."',
        'The pollster Ann Reed said: "Today was a disaster." '
        'The strategist Bob Vance said: "Today was a triumph."',
    ],
)
def test_a_name_or_a_date_is_no_thing_judged(with_rule, without_rule, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _relation(with_rule.analyze(text), "Reed", "Vance") is None
