"""``[rules] disable`` in ``--config`` reaches the corpus commands: the corpus they
build (``alignment.names.*``) and its scoring (``alignment.score.*``)."""

from __future__ import annotations

import json
from pathlib import Path

from alignment_builders import analysis, write_jsonl
from typer.testing import CliRunner

from stancemap.cli.main import app

runner = CliRunner()

RYAN, SURNAME = "new:person:ryan", "new:person:ryan-only"
NAMES = {RYAN: "Paul Ryan", SURNAME: "Ryan", "trump": "Donald Trump"}


def _config(tmp_path: Path, disabled: str) -> str:
    path = tmp_path / "stancemap.toml"
    path.write_text(f'[rules]\ndisable = ["{disabled}"]\n', "utf-8")
    return str(path)


def _relations(corpus: Path, tmp_path: Path, *extra: str) -> list[dict]:  # type: ignore[type-arg]
    res = runner.invoke(
        app,
        ["relations", str(corpus), "--json", "--registry", str(tmp_path / "r.json"), *extra],
    )
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]


def test_disabled_name_rules_keep_a_surname_apart(tmp_path: Path) -> None:
    docs = [
        analysis("d1", "2016-05-05", [(RYAN, "tax", -1), ("trump", "tax", 1)], names=NAMES),
        analysis("d2", "2016-05-06", [(SURNAME, "wall", -1), ("trump", "wall", 1)], names=NAMES),
        analysis("d3", "2016-05-07", [(RYAN, "trade", -1), ("trump", "trade", 1)], names=NAMES),
        analysis("d4", "2016-05-08", [(RYAN, "x", -1), ("trump", "x", 1)], names=NAMES),
    ]  # three documents name Paul Ryan in full: the corpus reads "Ryan" as him
    corpus = write_jsonl(tmp_path / "c.jsonl", docs)
    joined = {(r["a"], r["b"]) for r in _relations(corpus, tmp_path)}
    assert joined == {(RYAN, "trump")}  # "Ryan" is Paul Ryan
    off = _config(tmp_path, "alignment.names.*")
    apart = {(r["a"], r["b"]) for r in _relations(corpus, tmp_path, "--config", off)}
    assert apart == {(RYAN, "trump"), (SURNAME, "trump")}


def test_a_disabled_scoring_rule_changes_the_corpus_score(tmp_path: Path) -> None:
    doc = analysis(
        "d1", "2026-01-05", [], events=[("COOPERATE", "ann", "bob"), ("ASSAULT", "ann", "bob")]
    )
    doc["events"][0]["mode"] = "historical"  # weighs less than the story's own assault
    corpus = write_jsonl(tmp_path / "m.jsonl", [doc])
    (weighted,) = _relations(corpus, tmp_path)
    off = _config(tmp_path, "alignment.score.mode_weight")
    (flat,) = _relations(corpus, tmp_path, "--config", off)
    assert weighted["score"] < flat["score"] < 0  # off: the history weighs as much
