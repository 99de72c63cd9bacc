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
