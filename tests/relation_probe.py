"""One actor pair's relation in a test passage, under the shipped rules plus a test's switches
(``rule_settings.with_rules``): the probe the relation tests share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation


def relation_between(analysis: Analysis, a: str, b: str) -> Relation | None:
    """The relation of the first actors whose names contain ``a`` and ``b``."""
    ids = {x.name: x.id for x in analysis.actors}
    x = next((i for n, i in ids.items() if a in n), None)
    y = next((i for n, i in ids.items() if b in n), None)
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


def relation_score(
    analyzer: Any,
    text: str,
    a: str,
    b: str,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
) -> float | None:
    """The a~b score (None: no relation) with ``enable`` on and ``disable`` off."""
    settings = with_rules(enable=list(enable), disable=list(disable))
    rel = relation_between(Pipeline(settings, nlp=analyzer.nlp).analyze(text), a, b)
    return None if rel is None else rel.score
