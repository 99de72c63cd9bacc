"""Session 16 (E): ``bench/real_news_sample.py score`` reports the precision of the kept
judged relations at or above a confidence on the current tree. Items written by hand."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from bench_modules import load_bench


def _bench() -> ModuleType:
    return load_bench("real_news_sample")


def _item(b: str, confidence: float, verdict: str | None = None) -> dict[str, Any]:
    return {"article": "a1", "pair": ["ann", b], "read_as": "+", "kind": "event",
            "confidence": confidence, "verdict": verdict}  # fmt: skip


def test_precision_at_confidence_reads_the_current_tree_s_confidence() -> None:
    bench = _bench()
    judged = [_item("bo", 0.1, "right"), _item("cy", 0.1, "wrong"), _item("di", 0.1, "right")]
    # on the current tree the first two are sure, the third is not
    now = [_item("bo", 0.8), _item("cy", 0.6), _item("di", 0.2)]
    at = bench.score(judged, now)["at_confidence"]
    assert at["0.3"] == {"kept": 2, "precision": 0.5}
    assert at["0.7"] == {"kept": 1, "precision": 1.0}


def test_mentions_have_no_confidence_table() -> None:
    bench = _bench()
    judged = [{"article": "a1", "start": 0, "end": 3, "read_as": "x", "verdict": "right"}]
    assert "at_confidence" not in bench.score(judged, [dict(judged[0])])
