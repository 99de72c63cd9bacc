"""Session 13 (engineer H): a claim answered by naming it with a judging word ("called the
claims absurd", "described the charges as nonsense") sets the one who names it against
whoever made the claim (``stances.relations.response_naming``). Sentences written for these
tests; with the rule off they give no relation.
"""

from __future__ import annotations

import pytest

from relation_probe import relation_between
from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "stances.relations.response_naming"
CLAIM = "Senator Maria Alvarez said on Monday that Governor Tom Becker had hidden the deficit. "


def _switched(analyzer, on: bool) -> Pipeline:  # type: ignore[no-untyped-def]
    settings = with_rules(enable=[RULE]) if on else with_rules(disable=[RULE])
    return Pipeline(settings, nlp=analyzer.nlp)


_relation = relation_between


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (CLAIM + "Becker called the accusation absurd.", "called the accusation absurd"),
        (CLAIM + "Becker described the claims as nonsense.", "described the claims as nonsense"),
        ("Governor Tom Becker called Senator Maria Alvarez's remarks outrageous.", "outrageous"),
    ],
)
def test_a_claim_named_with_a_judging_word_answers_the_claimant(
    analyzer, text: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    rel = _relation(_switched(analyzer, True).analyze(text), "Alvarez", "Becker")
    assert rel is not None and rel.score < 0
    assert any(e.span is not None and words in e.span.text for e in rel.evidence_spans)
    assert _relation(_switched(analyzer, False).analyze(text), "Alvarez", "Becker") is None


def test_a_fair_name_or_a_claim_nobody_made_relates_nobody(analyzer) -> None:  # type: ignore[no-untyped-def]
    pipeline = _switched(analyzer, True)
    assert (
        _relation(pipeline.analyze(CLAIM + "Becker called the claims fair."), "Alvarez", "Becker")
        is None
    )
    text = (
        "Governor Tom Becker called the report ridiculous. Senator Maria Alvarez visited a school."
    )
    assert _relation(pipeline.analyze(text), "Alvarez", "Becker") is None
