"""Session 21: the learned claim model's confident sign replaces a claim rule's opposite
sign (issue 14).

``stances.claims.learned_overrides`` (shipped off): on 2,400 blind-written claims, out of
fold, where a claim rule and the confident model (at its CV threshold) read opposite signs,
the model was right 21 times and the rule 3 times. The model judges the cue's own clause,
not a contrasting one beside it. Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "stances.claims.learned_overrides"

STALLED = (
    'Anna Weber, the finance minister, said on Monday: "The housing plan delivered nothing'
    ' for tenants."'
)
AGREED = (
    'Anna Weber, the finance minister, said on Monday: "The housing plan has failed and'
    ' hurt thousands of tenants."'
)

CONTRAST = (
    'Anna Weber, the finance minister, said on Monday: "The tax credit was a real success,'
    ' although it still leaves out many part-time workers."'
)


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[RULE]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[RULE]), nlp=analyzer.nlp)


def _signs(pipeline: Pipeline, text: str) -> dict[str, int]:
    return {s.issue.id: s.polarity for s in pipeline.analyze(text).statements}


def test_the_confident_model_sign_replaces_an_opposite_rule_sign(on, off) -> None:  # type: ignore[no-untyped-def]
    # the outcome rule reads "delivered" as a gain; the model reads the clause as a failure
    assert _signs(off, STALLED).get("claim-housing-plan") == 1
    assert _signs(on, STALLED).get("claim-housing-plan") == -1


def test_a_contrasting_clause_beside_the_cue_is_not_judged(on, off) -> None:  # type: ignore[no-untyped-def]
    assert _signs(on, CONTRAST) == _signs(off, CONTRAST)
    assert _signs(on, CONTRAST).get("claim-tax-credit") == 1


def test_a_rule_sign_the_model_shares_is_kept(on, off) -> None:  # type: ignore[no-untyped-def]
    assert _signs(on, AGREED) == _signs(off, AGREED)
    assert _signs(on, AGREED).get("claim-housing-plan") == -1
