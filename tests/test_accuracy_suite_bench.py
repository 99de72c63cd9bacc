"""bench/accuracy_suite.py: the commands it runs and the summary it prints from their output."""

from __future__ import annotations

import json

from bench_modules import load_bench


def test_the_suite_scores_every_blind_set_in_the_repository() -> None:
    names = load_bench("accuracy_suite").commands()
    for name in ("w15_tune", "w15_check", "relation_w18", "relation_w18_mentions", "unseen"):
        assert name in names
    assert "--mentions" not in names["relation_w18"]


def test_the_summary_reads_each_scorer_s_output() -> None:
    suite = load_bench("accuracy_suite")
    plover = {
        "records": 10,
        "stancemap": {
            "type_accuracy": 0.9,
            "source_country_accuracy": 0.8,
            "target_country_accuracy": 0.7,
            "predicted_per_gold": 1.1,
        },
    }
    relation = 'tune {"pairs": 4, "sign_accuracy": 0.75, "found": 1.0, "by_kind": {"x": "3/4"}}\n'
    lines = suite.summarise(
        {"w15_check": json.dumps(plover), "relation_w18": relation, "speakers_tune": "not json"}
    )
    assert lines[0] == "w15_check: 0.900/0.800/0.700 (1.10 per gold, 10 records)"
    assert lines[1].startswith("relation_w18 tune 3/4 found 1.0")
    assert lines[2].startswith("speakers_tune: unreadable output")


def test_the_suite_scores_each_judged_real_news_file() -> None:
    names = load_bench("accuracy_suite").commands()
    for name in ("realnews_relations_tune_s24", "realnews_events_tune_s24"):
        assert names[name][-3:-1] == ["realnews", names[name][-2]]
        assert names[name][-2].endswith(f"bench/data/realnews/{name[9:]}.jsonl")
        assert names[name][-1] == "--json"


def test_the_summary_reads_a_real_news_report() -> None:
    report = {
        "precision": 0.5,
        "precision_bounds": [0.4, 0.6],
        "kept": {"right": 2, "wrong": 2},
        "dropped": {},
        "changed": 0,
        "new": 1,
        "args": {"right": 1, "wrong": 1, "precision": 0.5},
    }
    suite = load_bench("accuracy_suite")
    (line,) = suite.summarise({"realnews_events_tune_s24": json.dumps(report)})
    assert line.startswith("realnews_events_tune_s24: precision 0.5 bounds [0.4, 0.6]")
    assert line.endswith("new 1 args 0.5")
    (skipped,) = suite.summarise({"realnews_x": json.dumps({"skipped": "no shared"})})
    assert skipped == "realnews_x: skipped (no shared)"
