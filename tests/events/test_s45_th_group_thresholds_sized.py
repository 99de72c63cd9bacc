"""Session 45 (engineer TH): the type x mode group drop thresholds of the learned reality
from a document size up (rule ``events.reality.group_thresholds_sized``, shipped off). The
thresholds were fitted on judged news articles (3 to 213 sentences); a one-sentence text
keeps the other thresholds. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from misread_helpers import StageRunner, one

from bench_modules import load_bench
from stancemap.datafiles import data_path
from stancemap.events import reality

RULE = "events.reality.group_thresholds_sized"
WHOLE = "events.reality.group_thresholds"
AGREED = "The two leaders agreed to meet again next month."
LONGER = (
    "The two leaders agreed to meet again next month. The talks lasted four hours. "
    "Reporters waited outside in the rain."
)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


def _file(cut: int) -> dict:
    # every event under 0.999: the group thresholds drop (almost) everything they reach
    return {"min_sentences": cut, "fits": {"s28": {"threshold": 0.999, "cells": {}}}}


def test_a_short_document_keeps_the_other_thresholds(runner, monkeypatch):
    monkeypatch.setattr(reality, "_group_file", lambda: _file(3))
    assert [e.type for e in runner.on(AGREED, "agreed")] == ["AGREE"]  # one sentence < 3
    assert runner.on(LONGER, "agreed") == []  # three sentences: the group threshold
    # the whole-range rule drops it in the one sentence too
    assert runner.on(AGREED, "agreed", (RULE, "+" + WHOLE)) == []


def test_the_cut_counts_sentences(runner, monkeypatch):
    monkeypatch.setattr(reality, "_group_file", lambda: _file(4))
    assert [e.type for e in runner.on(LONGER, "agreed")] == ["AGREE"]  # 3 < 4
    assert reality.group_min_sentences() == 4
    # a file without a fitted cut: the sized rule gives the thresholds to no document
    monkeypatch.setattr(reality, "_group_file", lambda: {"fits": _file(1)["fits"]})
    assert reality.group_min_sentences() is None
    assert [e.type for e in runner.on(LONGER, "agreed")] == ["AGREE"]


def test_a_literal_act_in_one_sentence_stands_with_the_shipped_file(runner):
    # session 44's failures with the whole-range rule on: a literal attack in one sentence
    assert one(runner, "Gunmen hurt him with a knife.", "hurt").type == "ASSAULT"


def test_the_shipped_cut_is_inside_the_judged_articles():
    loaded = json.loads(data_path("events/reality_groups.json").read_text("utf-8"))
    sizes = load_bench("events_reality_groups").read_sizes()
    assert len(sizes) >= 100 and min(sizes.values()) >= 2
    # above a one-sentence record, no larger than the smallest judged article but a few
    assert 1 < loaded["min_sentences"] <= sorted(sizes.values())[5]


def _row(p, right, article, fold=0):
    return {
        "fold": fold,
        "article": article,
        "type": "ACCUSE",
        "mode": "asserted",
        "right": right,
        "verdict": "right" if right else "no_event",
        "shipped": 0.14,
        "p_s28": p,
        "p_s43": p,
    }


def test_the_cut_is_the_largest_keeping_the_census_net(monkeypatch):
    script = load_bench("events_reality_groups")
    fitted = {"threshold": 0.3, "cells": {}}
    # a no-event at 0.2 in an article of 5 sentences and one in an article of 9: dropping
    # both is the net +2; a cut over 5 loses the first, so the cut is 5
    rows = [_row(0.2, False, "a"), _row(0.2, False, "b"), _row(0.5, True, "c")]
    rows.append({**_row(0.2, True, None), "fold": "gold"})  # a one-sentence gold row
    sizes = {"a": 5, "b": 9, "c": 40}
    assert script.census_net(rows, fitted, "s28", sizes, 1) == 2
    assert script.census_net(rows, fitted, "s28", sizes, 6) == 1
    assert script.choose_cut(rows, {"s28": fitted}, sizes) == 5
    assert script.choose_cut(rows, {"s28": fitted}, {}) == 1  # no sizes: every document


def test_shipped_on():
    # on since session 45 (lead): the blind A/B and the net criterion (docs/benchmarks.md)
    from stancemap.config import Settings

    assert RULE not in set(Settings().rules.disable)
