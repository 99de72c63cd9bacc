"""The server's ``[rules] disable`` reaches the corpus its pair answers score: with
``alignment.score.mode_weight`` off, a historical cooperation weighs as much as the
story's own assault."""

from __future__ import annotations

import sys
from pathlib import Path

from web_support import make_client

from stancemap.config import load_settings
from stancemap.records import Analysis
from stancemap.rules import RuleSwitches
from stancemap.store.core import Store
from stancemap.web.queries_extra import pair_answer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "alignment"))
from alignment_builders import analysis  # noqa: E402

ANN, BOB = "person:ann", "person:bob"
OFF = "alignment.score.mode_weight"


def _store(tmp_path: Path) -> Path:
    record = analysis(
        "d1", "2026-01-05", [], events=[("COOPERATE", ANN, BOB), ("ASSAULT", ANN, BOB)]
    )
    record["events"][0]["mode"] = "historical"
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.write(Analysis.model_validate(record))
    return path


def _scores(store_path: Path, switches: RuleSwitches | None) -> list[float]:
    with Store(store_path) as store:
        report, _ = pair_answer(store, ANN, BOB, by="all", switches=switches)
    return [p.score for p in report.points]


def test_pair_answer_obeys_the_switches_and_caches_them_apart(tmp_path: Path) -> None:
    path = _store(tmp_path)
    weighted = _scores(path, None)
    # the shipped rules less OFF: not the answer cached for the shipped rules
    flat = _scores(path, RuleSwitches.shipped(off=[OFF]))
    assert len(weighted) == len(flat) == 1
    assert weighted[0] < flat[0] < 0
    assert _scores(path, None) == weighted


def test_the_server_settings_reach_the_relation_api(tmp_path: Path) -> None:
    path = _store(tmp_path)
    params = {"a": ANN, "b": BOB, "by": "all"}
    with make_client(path) as client:
        shipped = client.get("/api/relation", params=params).json()
    settings = load_settings(overrides={"rules": {"disable": [OFF]}})
    with make_client(path, settings) as client:
        switched = client.get("/api/relation", params=params).json()
    assert shipped["relation"]["points"][0]["score"] < switched["relation"]["points"][0]["score"]
