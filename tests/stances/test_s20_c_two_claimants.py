"""Session 20: ``stances.claims.two_claimants`` (with ``stances.claims.learned_polarity``).

Two opponents name one matter with different nouns ("the border fence" / "the barrier"):
when exactly two speakers make the signed claims of a passage, a learned claim and the
other speaker's opposite claim in the same or the next sentence meet. Passages written for
these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

LEARNED = "stances.claims.learned_polarity"
RULE = "stances.claims.two_claimants"

FENCE = (
    "Defence Minister Paulo Reis said the border fence has cut illegal crossings by half."
    " Rights campaigner Marta Lind said the barrier has pushed families onto deadlier routes"
    " through the mountains."
)


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[LEARNED, RULE]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[LEARNED], disable=[RULE]), nlp=analyzer.nlp)


def test_two_claimants_in_adjacent_sentences_disagree_across_nouns(on, off) -> None:  # type: ignore[no-untyped-def]
    assert [r.score < 0 for r in on.analyze(FENCE).relations] == [True]
    assert off.analyze(FENCE).relations == []  # "fence" and "barrier" share no first sense


def test_claims_far_apart_do_not_meet(on) -> None:  # type: ignore[no-untyped-def]
    far = FENCE.replace(
        " Rights campaigner",
        " The ministry published the figures on its website on Tuesday. Officials met in the"
        " capital on Wednesday to discuss the budget. Rights campaigner",
    )
    assert on.analyze(far).relations == []
