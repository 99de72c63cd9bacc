"""bench/realnews_checks.py net and bench/judge_merge.py: the session-44 net from two runs'
totals, and two judges' verdicts merged. Hand-made reports and samples (no parse)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from bench_modules import load_bench


def _checks() -> ModuleType:
    return load_bench("realnews_checks")


def _merge() -> ModuleType:
    return load_bench("judge_merge")


def _report(right: int, wrong: int, no_event: int, **extra: Any) -> dict[str, Any]:
    report = {"kept": {"right": right, "wrong": wrong, "no_event": no_event}}
    report.update(extra)
    return report


def test_identical_reports_have_no_net() -> None:
    value, delta = _checks().file_net(_report(5, 2, 3), _report(5, 2, 3))
    assert (value, delta) == (0, {})


def test_a_dropped_wrong_reading_counts_once_and_a_lost_right_one_three_times() -> None:
    file_net = _checks().file_net
    assert file_net(_report(5, 2, 3), _report(5, 1, 3))[0] == 1
    assert file_net(_report(5, 2, 3), _report(4, 2, 3))[0] == -3


def test_new_readings_count_against_until_judged() -> None:
    value, delta = _checks().file_net(_report(5, 2, 3), _report(5, 2, 3, new=2))
    assert value == -2 and delta == {"unjudged": 2}


def test_argument_verdicts_and_found_items_weigh_like_readings() -> None:
    file_net = _checks().file_net
    off = _report(5, 2, 3, args={"right": 4}, missed={"found": 1})
    assert file_net(off, _report(5, 2, 3, args={"right": 3}, missed={"found": 1}))[0] == -3
    assert file_net(off, _report(5, 2, 3, args={"right": 4}, missed={"found": 2}))[0] == 1


def _sample(what: str, verdicts: list[str], missed: list[dict[str, Any]]) -> dict[str, Any]:
    items = [
        {"article": "a", "start": 10 * n, "end": 10 * n + 5, "read_as": "ACCUSE", "verdict": v}
        for n, v in enumerate(verdicts)
    ]
    return {"what": what, "items": items, "missed": missed}


def test_third_gets_only_the_disagreements_without_verdicts() -> None:
    third = _merge().third
    j1 = _sample("relations", ["right", "wrong", "right"], [])
    j2 = _sample("relations", ["right", "no_relation", "right"], [])
    out = third(j1, j2)
    assert [(i["start"], i["verdict"]) for i in out["items"]] == [(10, None)]


def test_final_takes_the_third_verdict_and_the_missed_items_both_list() -> None:
    merge = _merge()
    pair = {"article": "a", "names": ["Paris prosecutors", "Francois Fillon"], "sign": "-"}
    other = {"article": "a", "names": ["Le Monde", "Francois Fillon"], "sign": "-"}
    j1 = _sample("relations", ["right", "wrong"], [pair, other])
    j2 = _sample(
        "relations", ["right", "no_relation"], [{**pair, "names": ["prosecutors", "Fillon"]}]
    )
    settled = merge.third(j1, j2)
    settled["items"][0]["verdict"] = "no_relation"
    out = merge.final(j1, j2, settled)
    assert [i["verdict"] for i in out["items"]] == ["right", "no_relation"]
    assert out["missed"] == [pair]
    with pytest.raises(ValueError):
        merge.final(j1, j2, None)


def test_missed_events_match_by_overlapping_spans() -> None:
    final = _merge().final
    one = {"article": "a", "start": 100, "end": 110, "type": "ACCUSE"}
    j1 = _sample("events", ["right"], [one, {"article": "a", "start": 300, "end": 305}])
    j2 = _sample("events", ["right"], [{"article": "a", "start": 105, "end": 120}])
    assert final(j1, j2, None)["missed"] == [one]
