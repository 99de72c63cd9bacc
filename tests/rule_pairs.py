"""A relation test's two analyzers - the shipped rules with one rule switched on, and with
it switched off - and the signed actor pairs an analyzer reads in a passage."""

from __future__ import annotations

from functools import lru_cache

from rule_settings import with_rules
from stancemap.pipeline import Analyzer
from stancemap.records import Analysis


@lru_cache(maxsize=16)
def rule_analyzer(rule: str, on: bool) -> Analyzer:
    """The shipped settings with ``rule`` on or off, whatever it ships as (cached: one
    analyzer a rule and side)."""
    return Analyzer(with_rules(enable=[rule]) if on else with_rules(disable=[rule]))


def pair_scores(
    analyzer: Analyzer, text: str, doc_id: str, date: str = "2016-05-02"
) -> dict[frozenset[str], float]:
    """Each relation of ``text`` as {frozenset of the two actor names: score}."""
    return pairs_of(analyzer.analyze_text(text, doc_id=doc_id, date=date))


def pairs_of(analysis: Analysis) -> dict[frozenset[str], float]:
    """Each relation of ``analysis`` as {frozenset of the two actor names: score}."""
    names = {a.id: a.name for a in analysis.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in analysis.relations}


def named_stances(
    analyzer: Analyzer, text: str, doc_id: str, date: str = "2016-05-02"
) -> dict[tuple[str, str], int]:
    """Each statement of ``text`` on another actor as {(holder name, target name): polarity}."""
    analysis = analyzer.analyze_text(text, doc_id=doc_id, date=date)
    names = {a.id: a.name for a in analysis.actors}
    return {
        (names[s.actor], names[s.target]): s.polarity
        for s in analysis.statements
        if s.target in names and s.actor in names
    }
