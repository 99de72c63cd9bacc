"""Session 18: verbs that judge their subject as "be" does (issue 14).

``stances.claims.wordnet_copula``: "the clinics stood empty", "the border stays closed"
link the subject to the judging word like "were"; the verbs are those WordNet 3.0 lists
with both predicative frames (``data/stances/copula_verbs.txt``, ``opposing_import``).
Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.claims import copula_verbs

COPULA = "stances.claims.wordnet_copula"
TEXT = (
    "Czech Health Minister Vlastimil Valek said on Friday that the new rural clinics "
    "were a success. Opposition leader Andrej Babis said the new rural clinics stood empty."
)


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[COPULA]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[COPULA]), nlp=analyzer.nlp)


def test_stood_empty_judges_the_clinics_against_a_success(on, off) -> None:  # type: ignore[no-untyped-def]
    scores = [r.score for r in on.analyze(TEXT).relations]
    assert len(scores) == 1 and scores[0] < 0
    assert [r.score for r in off.analyze(TEXT).relations] == []


def test_the_verbs_are_wordnets_predicative_ones() -> None:
    verbs = copula_verbs()
    assert {"be", "stand", "stay", "remain", "seem"} <= verbs
    assert not {"say", "call", "make"} & verbs  # not both frames: no copula


def test_the_copula_verbs_are_what_the_importer_builds() -> None:
    from stancemap.stances import opposing_import
    from stancemap.wordnet_files import WORDNET

    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    assert frozenset(opposing_import.copula_verbs(WORDNET)) == copula_verbs()
