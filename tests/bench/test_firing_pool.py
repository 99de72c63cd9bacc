"""bench/firing_pool.py: blind A/B rounds of a rule pooled, judges of one round averaged."""

from __future__ import annotations

import json
from pathlib import Path

from bench_modules import load_bench


def _write(folder: Path, name: str, data: dict) -> None:
    (folder / f"{name}.json").write_text(json.dumps(data), "utf-8")


def _key(rules: dict[str, str]) -> dict:
    """Item id -> rule; the rule's reading is always side A here."""
    firings: dict[str, int] = {}
    for rule in rules.values():
        firings[rule] = firings.get(rule, 0) + 1
    items = {i: {"rule": r, "rule_side": "A", "article": "x"} for i, r in rules.items()}
    return {"firings": firings, "items": items}


def _judged(better: dict[str, str]) -> dict:
    return {"items": [{"id": i, "what": "event", "better": b} for i, b in better.items()]}


def test_two_judges_of_one_round_are_averaged_and_halves_joined(tmp_path: Path) -> None:
    pool = load_bench("firing_pool")
    _write(tmp_path, "r1.key", _key({"i1": "x.rule", "i2": "x.rule", "i3": "y.rule"}))
    # two judges of the same items: x.rule 2/0 and 1/1 -> 1.5 / 0.5
    _write(tmp_path, "r1_j1", _judged({"i1": "A", "i2": "A", "i3": "B"}))
    _write(tmp_path, "r1_j2", _judged({"i1": "A", "i2": "B", "i3": "B"}))
    _write(tmp_path, "r2.key", _key({"i1": "x.rule", "i2": "x.rule", "i3": "x.rule"}))
    # one judging in two halves (disjoint ids): x.rule 3/0
    _write(tmp_path, "r2_a", _judged({"i1": "A", "i2": "A"}))
    _write(tmp_path, "r2_b", _judged({"i3": "A"}))
    # a round whose name extends another's is its own round, not r2's third judge
    _write(tmp_path, "r22.key", _key({"i1": "y.rule"}))
    _write(tmp_path, "r22_j1", _judged({"i1": "both_right"}))

    pooled = pool.pool(tmp_path)

    x = pooled["x.rule"]
    assert [(r["round"], r["judges"]) for r in x["rounds"]] == [("r1", 2), ("r2", 1)]
    assert (x["rule_better"], x["default_better"]) == (4.5, 0.5)
    assert x["passes"]
    y = pooled["y.rule"]
    assert (y["rule_better"], y["default_better"]) == (0.0, 1.0)  # both judges: B
    assert [r["round"] for r in y["rounds"]] == ["r1", "r22"]
    assert not y["passes"]


def test_criterion_needs_twice_and_a_margin_of_three() -> None:
    pool = load_bench("firing_pool")
    assert pool.passes(3, 0)
    assert not pool.passes(2, 0)  # margin under 3
    assert not pool.passes(7, 4)  # under twice
    assert pool.passes(8, 4)


def test_markdown_lists_each_round() -> None:
    pool = load_bench("firing_pool")
    row = {
        "rounds": [{"round": "check_s9_round1", "rule_better": 2.0, "default_better": 0.5}],
        "rule_better": 2.0,
        "default_better": 0.5,
        "passes": False,
    }
    text = pool.markdown({"a.rule": row}, ["a.rule"])
    assert "| `a.rule` | s9_round1 2/0.5 | 2/0.5 | - |" in text
