"""Session 21 (engineer S, issue 14): a spokesperson named only by a common noun phrase
(the actors stage's generic agent "Kenya's foreign ministry spokesperson") is her state's
voice (``alignment.sides.agent_spokesperson``), and a state spokesperson's words on a
foreign actor hold, weaker, for her state's office holders the story names
(``alignment.sides.voice_answers_for_holders``). Sentences written for these tests; each
rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from stancemap.config import load_settings
from stancemap.records import Analysis

AGENT = "alignment.sides.agent_spokesperson"
HOLDERS = "alignment.sides.voice_answers_for_holders"

LAUDED = (
    "Kenya's foreign ministry spokesperson on Friday lauded Tanzanian President Samia Suluhu "
    "Hassan's pledge to reopen the border crossing, adding that President William Ruto would "
    "host her in Nairobi next month."
)
KENYA, SAMIA, RUTO = "country:KEN", "person:samia-suluhu-hassan", "person:william-ruto"


def _run(analyzer: Any, text: str, off: tuple[str, ...] = ()) -> Analysis:
    """Both rules on (shipped off: tune-only gains), less ``off``."""
    settings = load_settings()
    shipped = [r for r in settings.rules.disable if r not in (AGENT, HOLDERS)]
    rules = settings.rules.model_copy(update={"disable": [*shipped, *off]})
    pipeline = analyzer.derive(settings.model_copy(update={"rules": rules}))
    return pipeline.analyze(text, doc_id="s21s", date="2024-05-20")


def _score(result: Analysis, a: str, b: str) -> float | None:
    rel = next((r for r in result.relations if {r.a, r.b} == {a, b}), None)
    return rel.score if rel is not None else None


def test_the_ministry_spokesperson_speaks_for_kenya_and_its_president(analyzer: Any) -> None:
    result = _run(analyzer, LAUDED)
    assert {a.id for a in result.actors} >= {KENYA, SAMIA, RUTO}, result.actors
    assert (_score(result, KENYA, SAMIA) or 0) > 0, result.relations
    assert (_score(result, RUTO, SAMIA) or 0) > 0, result.relations


def test_without_agent_spokesperson_kenya_gets_no_relation(analyzer: Any) -> None:
    result = _run(analyzer, LAUDED, (AGENT,))
    assert _score(result, KENYA, SAMIA) is None, result.relations


def test_without_voice_answers_the_president_gets_none(analyzer: Any) -> None:
    result = _run(analyzer, LAUDED, (HOLDERS,))
    assert (_score(result, KENYA, SAMIA) or 0) > 0, result.relations
    assert _score(result, RUTO, SAMIA) is None, result.relations
