"""Session 18: two speakers judging one matter under two words (issue 14).

``stances.claims.definite_bridge``: a bare definite subject met for the first time ("the
purchase") judges what another speaker judged just before under another word ("the new
radar contract"), so opposite judgements are a disagreement. Not when the noun was met
before, has words of its own that say which one, names no matter (a place, a group, a
person, a time), or when the claim before it is the same speaker's. Passages written for
these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.claims import matter_nouns

BRIDGE = "stances.claims.definite_bridge"
FIRST = (
    "Norwegian Defence Minister Bjorn Arild Gram said on Monday that the new radar "
    "contract had been a success."
)


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[BRIDGE]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[BRIDGE]), nlp=analyzer.nlp)


def _scores(pipeline: Pipeline, text: str) -> list[float]:
    return [r.score for r in pipeline.analyze(text).relations]


def test_a_first_met_definite_judges_the_matter_judged_before(on, off) -> None:  # type: ignore[no-untyped-def]
    text = FIRST + " Opposition leader Sylvi Listhaug said the purchase had been a disaster."
    scores = _scores(on, text)
    assert len(scores) == 1 and scores[0] < 0
    assert _scores(off, text) == []  # two words, two things: no pair


def test_issues_meet_under_the_earlier_claims_matter(on) -> None:  # type: ignore[no-untyped-def]
    text = FIRST + " Opposition leader Sylvi Listhaug said the purchase had been a disaster."
    issues = {s.issue.id for s in on.analyze(text).statements}
    assert issues == {"claim-radar-contract"}


def test_a_noun_met_before_is_its_own_thing(on) -> None:  # type: ignore[no-untyped-def]
    text = (
        FIRST + " The purchase was debated in parliament on Tuesday."
        " Opposition leader Sylvi Listhaug said the purchase had been a disaster."
    )
    assert _scores(on, text) == []


def test_words_that_say_which_one_keep_it_apart(on) -> None:  # type: ignore[no-untyped-def]
    text = FIRST + " Opposition leader Sylvi Listhaug said the tank purchase had been a disaster."
    assert _scores(on, text) == []


def test_a_place_or_group_is_no_matter_of_another(on) -> None:  # type: ignore[no-untyped-def]
    text = FIRST + " Opposition leader Sylvi Listhaug said the country had been a disaster."
    assert _scores(on, text) == []
    assert "country" not in matter_nouns() and "purchase" in matter_nouns()


def test_the_same_speakers_two_claims_are_not_bridged(on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norwegian Defence Minister Bjorn Arild Gram said on Monday that the new radar "
        "contract had been a success and that the purchase had been a disaster."
    )
    issues = {s.issue.id for s in on.analyze(text).statements}
    assert "claim-purchase" in issues


def test_the_matter_nouns_are_what_the_importer_builds() -> None:
    from stancemap.stances import opposing_import
    from stancemap.wordnet_files import WORDNET

    if not (WORDNET / "index.noun").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    assert frozenset(opposing_import.matter_nouns(WORDNET)) == matter_nouns()


def test_a_generic_noun_bridges_or_stays_no_claim(on, off) -> None:  # type: ignore[no-untyped-def]
    text = FIRST + " Opposition leader Sylvi Listhaug said the measure had been a disaster."
    scores = _scores(on, text)
    assert len(scores) == 1 and scores[0] < 0
    assert _scores(off, text) == []
    alone = "Opposition leader Sylvi Listhaug said the measure had been a disaster."
    issues = {s.issue.id for s in on.analyze(alone).statements}
    assert "claim-measure" not in issues  # a generic noun judged alone: no claim, as before
