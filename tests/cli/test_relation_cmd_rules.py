"""``stancemap relation`` (the store's pair report) obeys ``[rules]`` of ``--config``,
as the corpus commands and the web do: a scoring rule switched off there changes the
score it prints. Analyses written by hand, so no NLP is needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from stancemap.cli.main import app

runner = CliRunner()


def _event(no: int, etype: str, mode: str | None) -> dict[str, Any]:
    return {
        "id": f"e{no}",
        "type": etype,
        "mode": mode,
        "trigger": {"start": 0, "end": 0, "text": ""},
        "source": ["person:ann"],
        "target": ["person:bob"],
        "date": "2026-01-05",
        "confidence": 1.0,
    }


def _store(tmp_path: Path) -> str:
    """One stored story: Ann once helped Bob (history) and attacks him now."""
    doc = {
        "schema": "stancemap/analysis@1",
        "document": {"id": "d1", "sha256": "0" * 64, "date": "2026-01-05"},
        "text": "",
        "actors": [
            {"id": f"person:{n}", "name": n.title(), "type": "person", "mentions": []}
            for n in ("ann", "bob")
        ],
        "quotes": [],
        "events": [_event(1, "COOPERATE", "historical"), _event(2, "ASSAULT", None)],
        "statements": [],
        "relations": [],
    }
    source = tmp_path / "analyses.jsonl"
    source.write_text(json.dumps(doc) + "\n", "utf-8")
    db = str(tmp_path / "store.db")
    res = runner.invoke(app, ["ingest", str(source), "--analyses", "--db", db])
    assert res.exit_code == 0, res.output
    return db


def _score(db: str, *extra: str) -> float:
    res = runner.invoke(
        app, ["relation", "person:ann", "person:bob", "--by", "all", "--db", db, "--json", *extra]
    )
    assert res.exit_code == 0, res.output
    [point] = json.loads(res.stdout)["points"]
    return float(point["score"])


def test_relation_scores_with_the_rules_of_its_config(tmp_path: Path) -> None:
    db = _store(tmp_path)
    weighted = _score(db)
    config = tmp_path / "stancemap.toml"
    config.write_text('[rules]\ndisable = ["alignment.score.mode_weight"]\n', "utf-8")
    flat = _score(db, "--config", str(config))
    assert weighted < flat < 0  # off: the old help weighs as much as the attack


def test_relation_refuses_a_config_naming_no_rule(tmp_path: Path) -> None:
    db = _store(tmp_path)
    config = tmp_path / "typo.toml"
    config.write_text('[rules]\ndisable = ["alignment.score.mode_wieght"]\n', "utf-8")
    res = runner.invoke(
        app, ["relation", "person:ann", "person:bob", "--db", db, "--config", str(config)]
    )
    assert res.exit_code != 0
    assert "mode_wieght" in res.output and "typo.toml" in res.output
