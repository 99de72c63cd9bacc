"""Session 17 (E): ``bench/relation_pooled.py`` compares relation confidences with one
judged sample left out at a time. Rows written by hand (no judged text)."""

from __future__ import annotations

import random
from types import ModuleType
from typing import Any

import pytest

from bench_modules import load_bench


def _bench() -> ModuleType:
    return load_bench("relation_pooled")


def test_auc_counts_ties_as_half_and_needs_both_labels() -> None:
    bench = _bench()
    assert bench.auc([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0]) == 0.875
    assert bench.auc([0.9, 0.5], [1, 1]) is None
    assert bench.at([0.9, 0.5, 0.4], [1, 0, 1]) == {"kept": 2, "right": 1, "precision": 0.5}


def _rows() -> list[dict[str, Any]]:
    pytest.importorskip("sklearn")
    from stancemap.alignment.confidence import FEATURES

    rng = random.Random(7)
    out = []
    for s in range(4):
        for i in range(40):
            y = int(rng.random() < 0.5)
            x = dict.fromkeys(FEATURES, 0.0)
            # evidence count and weight rise with rightness; the noisy-or is noise
            x["log_items"] = rng.random() + y
            x["max_weight"] = rng.random() + 0.5 * y
            x["abs_score"] = rng.random()
            out.append({"sample": f"s{s}", "key": ("a", str(i)), "y": y, "x": x,
                        "noisy_or": rng.random(), "abs_score": x["abs_score"]})  # fmt: skip
    return out


def test_each_sample_is_a_fold_and_the_informative_model_wins() -> None:
    bench = _bench()
    result = bench.cross_validate(_rows())
    assert set(result["folds"]) == {"s0", "s1", "s2", "s3", "pooled"}
    pooled = result["folds"]["pooled"]
    assert pooled["n"] == 160
    assert pooled["small"]["auc"] > pooled["noisy_or"]["auc"] + 0.2
    assert result["folds_won"]["noisy_or"] == 0
    drop = result["drop"]["small"]["folds"]["s0"]
    assert drop["right_lost"] <= drop["right"] and 0.0 <= drop["t"] <= 0.6
