"""``stancemap analyze`` with the ingest options; stdout carries JSON only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancemap.cli import analyze as cli_analyze
from stancemap.cli.main import app

from .conftest import ARTICLE_A, ARTICLE_B, ARTICLE_C

pytestmark = pytest.mark.slow  # uses the session's spaCy pipeline


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, analyzer):  # type: ignore[no-untyped-def]
    """Invoke the CLI with the session's Analyzer instead of loading spaCy again."""
    monkeypatch.setattr(cli_analyze, "Analyzer", lambda settings: analyzer)
    runner = CliRunner()

    def invoke(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, ["analyze", *args], input=stdin)

    return invoke


def _lines(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines()]


def test_batch_with_bad_inputs_reports_them_on_stderr_and_in_the_errors_file(
    cli, write, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    write("in/a.txt", ARTICLE_A)
    write("in/b.txt", b"\x00\x01binary" * 50)
    write("in/c.jsonl", json.dumps({"text": ARTICLE_B, "date": "2023-05-06"}) + "\n{oops\n")
    write("in/d.txt", ARTICLE_A)
    errors = tmp_path / "errors.jsonl"
    result = cli(str(tmp_path / "in"), "--jsonl", "--errors", str(errors))
    assert result.exit_code == 0, result.stderr
    out = _lines(result.stdout)  # every stdout line is JSON
    assert [o["document"]["id"] for o in out] == ["a", out[1]["document"]["sha256"][:16]]
    assert out[1]["document"]["date"] == "2023-05-06"
    assert all(
        o["schema"] == "stancemap/analysis@1" and o["document"]["language"] == "en" for o in out
    )
    assert "binary file" in result.stderr and "not valid JSON" in result.stderr
    rows = _lines(errors.read_text("utf-8"))
    assert {r["kind"] for r in rows} == {"error", "duplicate"}
    assert any(r["source"].endswith("c.jsonl:2") for r in rows)


def test_resume_runs_each_document_once(cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, text in (("a", ARTICLE_A), ("b", ARTICLE_B)):
        write(f"in/{name}.txt", text)
    state = tmp_path / "in" / "state.jsonl"  # inside the input folder: must not be read as input
    first = cli(str(tmp_path / "in"), "--jsonl", "--resume", str(state))
    assert [o["document"]["id"] for o in _lines(first.stdout)] == ["a", "b"]
    write("in/c.txt", ARTICLE_C)
    second = cli(str(tmp_path / "in"), "--jsonl", "--resume", str(state))
    assert second.exit_code == 0 and "state.jsonl" not in second.stderr
    assert [o["document"]["id"] for o in _lines(second.stdout)] == ["c"]
    assert len(state.read_text("utf-8").splitlines()) == 3
    third = cli(str(tmp_path / "in"), "--jsonl", "--resume", str(state))
    assert third.exit_code == 0 and third.stdout == ""


def test_csv_text_field_and_metadata_columns(cli, write) -> None:  # type: ignore[no-untyped-def]
    path = write("n.csv", 'ref,hed,body,when\nx1,Talks,"' + ARTICLE_C + '",2021-02-03\n')
    result = cli(
        str(path),
        "--jsonl",
        "--text-field",
        "body",
        "--field",
        "id=ref",
        "--field",
        "date=when",
        "--field",
        "title=hed",
    )
    [out] = _lines(result.stdout)
    assert out["document"]["id"] == "x1" and out["document"]["date"] == "2021-02-03"
    assert out["document"]["title"] == "Talks" and out["text"] == ARTICLE_C


def test_stdin_as_html_with_format(cli) -> None:  # type: ignore[no-untyped-def]
    page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE_B.split("\n\n"))
        + "</article></body></html>"
    )
    result = cli("-", "--json", "--format", "html", stdin=page.encode())
    out = json.loads(result.stdout)
    assert out["text"].startswith("Hundreds of farmers") and "<p>" not in out["text"]


def test_languages_option_and_bad_field_option(cli, write) -> None:  # type: ignore[no-untyped-def]
    german = write(
        "de.txt",
        "Die Regierung hat am Montag beschlossen, die Hilfen deutlich auszuweiten und neue Partner zu suchen.",
    )
    refused = cli(str(german), "--jsonl")
    assert refused.stdout == "" and "language 'de'" in refused.stderr
    accepted = cli(str(german), "--jsonl", "--languages", "any")
    assert _lines(accepted.stdout)[0]["document"]["language"] == "de"
    bad = cli(str(german), "--field", "nonsense")
    assert bad.exit_code == 2 and "KEY=COLUMN" in bad.output


def test_nothing_readable_exits_1(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(str(tmp_path / "missing.txt"), "--jsonl")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no such file" in result.stderr
