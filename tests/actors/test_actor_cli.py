"""``stancemap actors resolve`` and ``stancemap kb ...`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from stancemap.cli.main import app

FIXTURES = Path(__file__).parent / "fixtures"

runner = CliRunner()


def test_resolve_prints_one_actor_as_json() -> None:
    result = runner.invoke(
        app, ["actors", "resolve", "the Kremlin chief", "--date", "2022-06-17", "--json"]
    )
    assert result.exit_code == 0, result.output
    actor = json.loads(result.stdout)
    assert actor["id"] == "person:vladimir-putin" and actor["role"] == "President of Russia"


def test_resolve_unknown_prints_null() -> None:
    result = runner.invoke(app, ["actors", "resolve", "Zzyzx Qwerty", "--json"])
    assert result.exit_code == 0 and result.stdout.strip() == "null"


def test_resolve_batch_keeps_order(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        '{"mention": "Moscow", "date": null}\n{"mention": "Zzyzx Qwerty"}\n'
        '{"mention": "Ukrainian farmers", "date": "2022-01-01"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["actors", "resolve", "--batch", str(batch)])
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x and x["id"] for x in lines] == ["country:RUS", None, "agent:ukr:agr"]


def test_kb_validate_and_show() -> None:
    result = runner.invoke(app, ["kb", "validate"])
    assert result.exit_code == 0 and "ok:" in result.stdout
    # the hand-written files share no alias; the generated office-holder lists may
    # (namesakes in two countries are real), and validate lists those
    hand_written = [
        line
        for line in result.stdout.splitlines()
        if line.startswith("conflict:")
        and not any(
            f in line for f in ("leaders.jsonl", "leaders_wikipedia", "phoenix_actors", "leader:")
        )
    ]
    assert hand_written == []
    shown = runner.invoke(app, ["kb", "show", "person:kassym-jomart-tokayev"])
    assert json.loads(shown.stdout)["roles"][-1]["title"] == "President of Kazakhstan"
    missing = runner.invoke(app, ["kb", "show", "person:nobody"])
    assert missing.exit_code == 1


def test_kb_add_refuses_conflicts_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "mine.jsonl"
    ok = runner.invoke(
        app,
        [
            "kb",
            "add",
            "--to",
            str(target),
            "--name",
            "Marta Vesnina",
            "--country",
            "EST",
            "--sector",
            "GOV",
            "--alias",
            "Vesnina",
        ],
    )
    assert ok.exit_code == 0, ok.output
    assert json.loads(target.read_text("utf-8"))["id"] == "person:marta-vesnina"
    before = target.read_text("utf-8")
    clash = runner.invoke(
        app,
        ["kb", "add", "--to", str(target), "--name", "Someone Else", "--alias", "Vladimir Putin"],
    )
    assert clash.exit_code == 1 and "Vladimir Putin" in clash.output
    bad = runner.invoke(
        app, ["kb", "add", "--to", str(target), "--name", "X Y", "--country", "ZZZ"]
    )
    assert bad.exit_code == 2 and "country" in bad.output
    assert target.read_text("utf-8") == before


def test_kb_import_and_use(tmp_path: Path) -> None:
    target = tmp_path / "imported.jsonl"
    result = runner.invoke(
        app,
        [
            "kb",
            "import",
            "phoenix",
            str(FIXTURES / "phoenix_small.actors.txt"),
            "--out",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["kb", "validate", str(target)]).exit_code == 0
    failed = runner.invoke(
        app,
        [
            "kb",
            "import",
            "phoenix",
            str(FIXTURES / "phoenix_bad.actors.txt"),
            "--out",
            str(tmp_path / "other.jsonl"),
        ],
    )
    assert failed.exit_code == 2 and ":4" in failed.output
    assert not (tmp_path / "other.jsonl").exists()


def test_kb_list_filters_by_type_and_country() -> None:
    result = runner.invoke(app, ["kb", "list", "--type", "person", "--country", "KAZ"])
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(r[2] == "person" and r[3] == "KAZ" for r in rows)
    assert "person:kassym-jomart-tokayev" in {r[0] for r in rows}
