"""``--config`` on the corpus commands: [alignment] window and [stances] reach them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from alignment_builders import analysis, write_jsonl
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.stances import similarity

runner = CliRunner()

TURN = date(2026, 2, 2)  # a Monday: Bob turns against Ann from here on


@pytest.fixture
def turning_corpus(tmp_path: Path) -> Path:
    """Every third day from 5 Jan to 28 Feb 2026, Ann and Bob state four issues.

    Bob agrees with Ann before ``TURN`` and opposes her after it, so a monthly
    window sees the shift in the month starting 1 Feb and a weekly one in the
    week starting Monday 2 Feb.
    """
    docs = []
    day = date(2026, 1, 5)
    while day <= date(2026, 2, 28):
        bob = 1 if day < TURN else -1
        stances = [
            (actor, issue, 1 if actor == "ann" else bob)
            for issue in ("tax", "trade", "health", "housing")
            for actor in ("ann", "bob")
        ]
        docs.append(analysis(f"d{day}", day.isoformat(), stances))
        day += timedelta(days=3)
    return write_jsonl(tmp_path / "turning.jsonl", docs)


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "stancemap.toml"
    path.write_text(text, "utf-8")
    return str(path)


def _invoke(*args: str) -> tuple[int, str, list[dict]]:
    res = runner.invoke(app, list(args))
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    return res.exit_code, res.output, rows


def _shift_starts(corpus: Path, tmp_path: Path, *extra: str) -> list[str]:
    code, output, rows = _invoke(
        "shifts", str(corpus), "--json", "--registry", str(tmp_path / "r.json"), *extra
    )
    assert code == 0, output
    return [row["window"]["start"] for row in rows]


def test_config_window_changes_how_shifts_bucket(turning_corpus: Path, tmp_path: Path) -> None:
    weekly = _config(tmp_path, '[alignment]\nwindow = "week"\n')
    windows = ("--method", "windows")
    assert _shift_starts(turning_corpus, tmp_path, *windows) == ["2026-02-01"]  # default: month
    assert _shift_starts(turning_corpus, tmp_path, "--config", weekly, *windows) == ["2026-02-02"]
    # the flag still wins over the file
    assert _shift_starts(turning_corpus, tmp_path, "--config", weekly, "--window", "month") == [
        "2026-02-01"
    ]


def test_default_shifts_date_the_turn_whatever_the_window(
    turning_corpus: Path, tmp_path: Path
) -> None:
    weekly = _config(tmp_path, '[alignment]\nwindow = "week"\n')
    # change points: the first document after TURN (every third day: 1 Feb, then 4 Feb)
    assert _shift_starts(turning_corpus, tmp_path) == ["2026-02-04"]
    assert _shift_starts(turning_corpus, tmp_path, "--config", weekly) == ["2026-02-04"]


def test_config_window_does_not_split_relations(turning_corpus: Path, tmp_path: Path) -> None:
    weekly = _config(tmp_path, '[alignment]\nwindow = "week"\n')
    reg = str(tmp_path / "r.json")
    code, output, rows = _invoke(
        "relations", str(turning_corpus), "--json", "--config", weekly, "--registry", reg
    )
    assert code == 0, output
    assert len(rows) == 1 and "window" not in rows[0]  # one whole-corpus row for ann ~ bob
    code, output, rows = _invoke(
        "relations", str(turning_corpus), "--json", "--window", "week", "--registry", reg
    )
    assert code == 0, output
    assert len(rows) == 8  # eight calendar weeks hold documents


def test_bad_config_window_names_its_key(turning_corpus: Path, tmp_path: Path) -> None:
    bad = _config(tmp_path, '[alignment]\nwindow = "fortnight"\n')
    code, output, _ = _invoke(
        "shifts", str(turning_corpus), "--config", bad, "--registry", str(tmp_path / "r.json")
    )
    assert code == 2 and "[alignment] window" in output and "fortnight" in output


@pytest.mark.parametrize("value", ["0", "1.5", "-0.2"])
def test_bad_similarity_threshold_exits_2_and_names_the_key(
    turning_corpus: Path, tmp_path: Path, value: str
) -> None:
    bad = _config(tmp_path, f"[stances]\nsimilarity_threshold = {value}\n")
    code, output, _ = _invoke(
        "issues", "list", str(turning_corpus), "--config", bad, "--registry", str(tmp_path / "r")
    )
    assert code == 2
    assert "similarity_threshold" in output and "stancemap.toml" in output


def test_config_embeddings_without_the_extra_says_what_to_install(
    turning_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(similarity, "load_encoder", lambda: None)
    on = _config(tmp_path, "[stances]\nembeddings = true\n")
    reg = str(tmp_path / "r.json")
    for command in (["relations"], ["shifts"], ["issues", "list"]):
        code, output, _ = _invoke(*command, str(turning_corpus), "--config", on, "--registry", reg)
        assert code == 2, command
        assert "[stances] embeddings = true needs the optional extra" in output
        assert "stancemap[embeddings]" in output
    # --no-embeddings turns the config's setting off for one run
    code, output, _ = _invoke(
        "issues", "list", str(turning_corpus), "--config", on, "--no-embeddings", "--registry", reg
    )
    assert code == 0, output


VOCAB = ["carbon", "levy", "tax", "pipeline"]


def _bag_of_words(texts: list[str]) -> list[list[float]]:
    return [[float(w in t.split()) for w in VOCAB] for t in texts]


def _paraphrase_corpus(tmp_path: Path) -> Path:
    docs = [
        analysis("a", "2026-01-01", [("x", "topic-levy", 1)]),
        analysis("b", "2026-01-02", [("y", "topic-tax", -1)]),
        analysis("c", "2026-01-03", [("y", "topic-pipeline", -1)]),
    ]
    # "carbon levy" ~ "carbon tax levy": cosine 2 / sqrt(6) = 0.816 with this encoder
    for doc, label in zip(docs, ["carbon levy", "carbon tax levy", "pipeline"], strict=True):
        doc["statements"][0]["issue"]["label"] = label
    return write_jsonl(tmp_path / "paraphrases.jsonl", docs)


@pytest.mark.parametrize(("threshold", "issues"), [("0.8", 2), ("0.85", 3)])
def test_config_threshold_reaches_the_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threshold: str, issues: int
) -> None:
    monkeypatch.setattr(similarity, "load_encoder", lambda: _bag_of_words)
    config = _config(
        tmp_path, f"[stances]\nembeddings = true\nsimilarity_threshold = {threshold}\n"
    )
    code, output, rows = _invoke(
        "issues",
        "list",
        str(_paraphrase_corpus(tmp_path)),
        "--json",
        "--config",
        config,
        "--registry",
        str(tmp_path / "r.json"),
    )
    assert code == 0, output
    assert len(rows) == issues
