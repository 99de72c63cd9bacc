"""Session 50 TG: ``stances.claims.two_claimants_same_matter`` (issue 14).

``stances.claims.two_claimants`` meets two speakers' opposite claims in adjacent sentences
only when exactly two speakers make signed claims in the whole text. With the rule on, the
claimants are counted over the passage the two claims span, and the two claims must show
one matter: one claim key, or one claim's matter noun among the other's own words.
Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

LEARNED = "stances.claims.learned_polarity"
RULE = "stances.claims.two_claimants_same_matter"

BRIDGE = (
    "Transport Minister Lena Varga said the new bridge over the river is holding up well."
    " Opposition leader Tomas Berg said the bridge has been a disaster for drivers."
)
HOSPITAL = (
    "Transport Minister Lena Varga said the new bridge over the river is holding up well."
    " Opposition leader Tomas Berg said the new hospital is failing its patients."
)
# the learned claim judges "the port deal", the other claim "the deal's terms": two keys, the
# first claim's matter among the second's words
DEAL = (
    "Transport Minister Lena Varga said the port deal with the Chinese firm is bringing jobs"
    " back to the region."
    " Opposition leader Tomas Berg said the deal's terms have been a disaster for local fishermen."
)
ASIDE = " The city council met on Monday to discuss the schedule."
THIRD = " Union leader Maria Ruiz said the school reform has been a disaster for teachers."


def _pipeline(analyzer, *enable: str):  # type: ignore[no-untyped-def]
    # off states the rule off, so these tests hold whether it ships on or off
    off = [] if RULE in enable else [RULE]
    return Pipeline(with_rules(enable=[LEARNED, *enable], disable=off), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer)


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, RULE)


def _pairs(pipeline, text: str) -> list[tuple[frozenset[str], bool]]:  # type: ignore[no-untyped-def]
    analysis = pipeline.analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [(frozenset({names[r.a], names[r.b]}), r.score < 0) for r in analysis.relations]


PAIR = frozenset({"Lena Varga", "Tomas Berg"})


def test_two_claimants_alone_meet_either_way(on, off) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(off, BRIDGE) == [(PAIR, True)]
    assert _pairs(on, BRIDGE) == [(PAIR, True)]


@pytest.mark.parametrize("text", [BRIDGE + ASIDE + THIRD, THIRD.strip() + ASIDE + " " + BRIDGE])
def test_third_claimant_elsewhere_no_longer_drops_one_matter(on, off, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(off, text) == []  # three claimants in the text: the pair is lost
    assert _pairs(on, text) == [(PAIR, True)]


def test_matter_named_in_the_other_claim(on, off) -> None:  # type: ignore[no-untyped-def]
    text = DEAL + ASIDE + THIRD
    assert _pairs(off, text) == []
    assert _pairs(on, text) == [(PAIR, True)]


def test_two_matters_do_not_meet(on) -> None:  # type: ignore[no-untyped-def]
    # a bridge praised, a hospital blamed: the passage holds two claimants, but no one matter
    assert _pairs(on, HOSPITAL + ASIDE + THIRD) == []


def test_third_claimant_inside_the_passage_still_stops_the_pair(on) -> None:  # type: ignore[no-untyped-def]
    text = BRIDGE.replace(
        " holding up well.",
        " holding up well, and union leader Maria Ruiz said the school reform has been a"
        " disaster for teachers.",
    )
    assert _pairs(on, text) == []


def test_far_claims_still_do_not_meet(on) -> None:  # type: ignore[no-untyped-def]
    apart = BRIDGE.replace(" Opposition leader", ASIDE + ASIDE + " Opposition leader")
    assert _pairs(on, apart + ASIDE + THIRD) == []
