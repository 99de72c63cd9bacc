"""The monthly window detector sizes a shift on shrunk means (``alignment.shifts.shrunk_window``,
session 28 SG): a window of two articles leaning neither way after a long opposed course is no
shift with the rule, one without it; a reversal on many articles is a shift either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.scoring import Observation
from stancemap.alignment.timeseries import (
    WINDOW_SHRINK_ARTICLES,
    Window,
    detect_shifts,
    pair_series,
    shrunk_change,
)
from stancemap.rules import RuleSwitches

RULE = "alignment.shifts.shrunk_window"


def _docs(
    before: list[list[tuple[str, str, int]]], after: list[list[tuple[str, str, int]]]
) -> list:
    """Articles of January-March (``before``, spread over the three months) and of April,
    each on issues of its own (a window pools one actor's statements on one issue)."""

    def own(tag: str, stances: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
        return [(actor, f"{issue}-{tag}", pol) for actor, issue, pol in stances]

    docs = [
        analysis(f"b{i}", f"2016-{1 + i % 3:02d}-{1 + i:02d}", own(f"b{i}", stances))
        for i, stances in enumerate(before)
    ]
    docs += [
        analysis(f"a{i}", f"2016-04-{1 + i:02d}", own(f"a{i}", st)) for i, st in enumerate(after)
    ]
    return docs


OPPOSED = [("ann", "x", 1), ("bob", "x", -1)]
ALIGNED = [("ann", "x", 1), ("bob", "x", 1)]
MIXED = [("ann", "y", 1), ("bob", "y", 1), ("ann", "z", 1), ("bob", "z", -1)]


def _shifts(tmp_path: Path, docs: list, *off: str) -> list:
    # the shipped rules with RULE on but for ``off`` (session 64: not every rule on)
    switches = RuleSwitches.shipped(on=[r for r in (RULE,) if r not in off], off=off)
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs), switches=switches)
    return [s for s in detect_shifts(corpus, pair_series(corpus, Window.parse("month")))]


def test_two_unsigned_articles_after_a_long_opposed_course_are_no_shift(tmp_path: Path) -> None:
    docs = _docs([OPPOSED] * 11, [MIXED] * 2)
    without = _shifts(tmp_path, docs, RULE)
    assert [(s.a, s.b, s.start.month) for s in without] == [("ann", "bob", 4)]
    assert _shifts(tmp_path, docs) == []


def test_a_reversal_on_many_articles_is_a_shift_with_the_rule(tmp_path: Path) -> None:
    docs = _docs([ALIGNED] * 10, [OPPOSED] * 10)
    for off in ((), (RULE,)):
        found = _shifts(tmp_path, docs, *off)
        assert [(s.start.month, s.before, s.after) for s in found] == [(4, 1.0, -1.0)]


def test_shrunk_change_counts_articles_not_observations() -> None:
    def obs(value: float, doc: str) -> Observation:
        return Observation(value, 1.0, "issue", "x", [f"{doc}#s1"])

    # two articles a side, a full reversal: 0.2 of the raw change at k = 8
    before = [obs(1.0, "d1"), obs(1.0, "d2")]
    after = [obs(-1.0, "d3"), obs(-1.0, "d4")]
    assert WINDOW_SHRINK_ARTICLES == 8.0
    assert shrunk_change(before, after, 8.0) == pytest.approx(-2.0 * 2 / 10)
    # ten observations from one article weigh as one article
    many = [obs(-1.0, "d3") for _ in range(10)]
    assert shrunk_change(before, many, 8.0) == pytest.approx(
        (-1.0 * 1 + 8 * (-8 / 12)) / 9 - (2 + 8 * (-8 / 12)) / 10
    )
    assert shrunk_change(before, after, 0.0) == pytest.approx(-2.0)
