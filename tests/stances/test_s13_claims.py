"""Session 13 guards on claims judged by their predicate (``stances.claims.predicate``,
switched on here; it ships off): a conceded or asked claim is not set against another
(``stances.claims.conceded``), a claim about a kind does not meet a claim about one
thing of that kind (``stances.claims.generic_apart``), and a clause that describes a noun
judges nothing (``stances.claims.modifier_clause``). Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation

PREDICATE = "stances.claims.predicate"
CONCEDED = "stances.claims.conceded"
GENERIC = "stances.claims.generic_apart"
MODIFIER = "stances.claims.modifier_clause"

BASE = "The senator Maria Lopez said the port deal was harmful to workers. "


@pytest.fixture(scope="module")
def with_rules_on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[PREDICATE]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def without_guards(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(
        # session 15: earlier_mention too, which alone keeps a bare "such deals" (a kind, with
        # GENERIC off) from meeting "the port deal" claimed after it; session 30: a shared issue
        # needs two real positions (an asked one is none), off too
        with_rules(
            disable=[
                CONCEDED,
                GENERIC,
                MODIFIER,
                "stances.claims.earlier_mention",
                "alignment.score.shared_issue_asserted",
            ],
            enable=[PREDICATE],
        ),
        nlp=analyzer.nlp,
    )


def _claim(statement) -> bool:  # type: ignore[no-untyped-def]
    """A statement read from a predicate claim (a proposition, or an issue its target names)."""
    return statement.target_kind == "proposition" or statement.issue.id in ("trade",)


def _relation(analysis: Analysis, a: str, b: str) -> Relation | None:
    x = next(i.id for i in analysis.actors if a in i.name)
    y = next(i.id for i in analysis.actors if b in i.name)
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


def test_opposite_claims_on_one_deal_oppose(with_rules_on) -> None:  # type: ignore[no-untyped-def]
    text = BASE + "The governor Tom Hardy said the port deal was a great success."
    rel = _relation(with_rules_on.analyze(text), "Lopez", "Hardy")
    assert rel is not None and rel.score < 0


@pytest.mark.parametrize(
    "second",
    [
        "The governor Tom Hardy said that although the port deal was a success, "
        "it needed more work.",
        "The governor Tom Hardy asked whether the port deal was a success?",
    ],
    ids=["concessive", "question"],
)
def test_a_conceded_or_asked_claim_is_no_claim(with_rules_on, without_guards, second) -> None:  # type: ignore[no-untyped-def]
    text = BASE + second
    assert _relation(with_rules_on.analyze(text), "Lopez", "Hardy") is None
    # without the rule the conceded praise is set against the senator's claim
    rel = _relation(without_guards.analyze(text), "Lopez", "Hardy")
    assert rel is not None and rel.score < 0


def test_a_claim_about_a_kind_does_not_meet_one_thing(with_rules_on, without_guards) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The senator Maria Lopez said such deals were harmful to workers. "
        "The governor Tom Hardy said the port deal was a great success."
    )
    assert _relation(with_rules_on.analyze(text), "Lopez", "Hardy") is None
    rel = _relation(without_guards.analyze(text), "Lopez", "Hardy")
    assert rel is not None and rel.score < 0


@pytest.mark.parametrize(
    "second",
    [
        "The governor Tom Hardy said the deal brought jobs to towns that were poor.",
        "In March, the governor Tom Hardy announced a new 50% tariff on Chinese steel being "
        "dumped onto the American market.",
    ],
    ids=["relative-clause", "non-finite-passive"],
)
def test_a_clause_describing_a_noun_is_no_claim(with_rules_on, without_guards, second) -> None:  # type: ignore[no-untyped-def]
    text = BASE + second
    analysis = with_rules_on.analyze(text)
    hardy = next(a.id for a in analysis.actors if "Hardy" in a.name)
    assert not [s for s in analysis.statements if s.actor == hardy and _claim(s)]
    # without the rule the description is read as the governor's judgement
    off = without_guards.analyze(text)
    hardy = next(a.id for a in off.actors if "Hardy" in a.name)
    assert [s for s in off.statements if s.actor == hardy and _claim(s)]
