"""Headline forms read by word order: "X vs Y", "X v. Y" (``stances.relations.headline_versus``).
Passages written for these tests (real office holders, invented events); the rule switched
off gives no relation.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation

BODY = (
    "\n\nNAIROBI, March 12 - Kenyan President William Ruto spoke to reporters on Tuesday. "
    "Ugandan President Yoweri Museveni met his cabinet in Kampala on the same day."
)


def _switched(analyzer, rule: str, on: bool) -> Pipeline:  # type: ignore[no-untyped-def]
    settings = with_rules(enable=[rule]) if on else with_rules(disable=[rule])
    return Pipeline(settings, nlp=analyzer.nlp)


def _relation(analysis: Analysis, a: str, b: str) -> Relation | None:
    ids = {x.name: x.id for x in analysis.actors}
    x = next(i for n, i in ids.items() if a in n)
    y = next(i for n, i in ids.items() if b in n)
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


@pytest.mark.parametrize(
    ("headline", "rule"),
    [
        ("Ruto vs Museveni: two plans for the pipeline", "stances.relations.headline_versus"),
        ("Ruto v. Museveni: no deal on the pipeline", "stances.relations.headline_versus"),
    ],
)
def test_a_headline_contest_opposes_the_two(analyzer, headline: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    text = headline + BODY
    rel = _relation(_switched(analyzer, rule, True).analyze(text), "Ruto", "Museveni")
    assert rel is not None and rel.score < 0
    assert any(e.span is not None and e.span.text == headline for e in rel.evidence_spans)
    assert _relation(_switched(analyzer, rule, False).analyze(text), "Ruto", "Museveni") is None


def test_a_contest_word_far_from_the_names_relates_nobody(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Ruto speaks on the pipeline: jobs vs climate in the Great Lakes region" + BODY
    assert _relation(analyzer.analyze(text), "Ruto", "Museveni") is None
