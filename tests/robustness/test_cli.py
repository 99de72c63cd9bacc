"""Hostile inputs and bad arguments on the command line: a clear answer, never a traceback."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from stancemap.cli import analyze as cli_analyze
from stancemap.cli.main import app
from stancemap.cli.render import render_analysis
from stancemap.ingest.safety import JsonDocuments, terminal_safe
from stancemap.records import Analysis, DocumentInfo

from .conftest import OTHER, STORY

runner = CliRunner()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, analyzer):  # type: ignore[no-untyped-def]
    """``stancemap analyze`` with the session's pipeline instead of loading spaCy again."""
    monkeypatch.setattr(cli_analyze, "Analyzer", lambda settings: analyzer)

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, ["analyze", *args])

    return invoke


# ------------------------------------------------------------ analyze (needs spaCy)


@pytest.mark.slow
def test_json_with_several_documents_is_one_array(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(OTHER)
    several = cli(str(tmp_path), "--json")
    assert several.exit_code == 0, several.stderr
    parsed = json.loads(several.stdout)
    assert isinstance(parsed, list) and [d["document"]["id"] for d in parsed] == ["a", "b"]
    one = cli(str(tmp_path / "a.txt"), "--json")
    assert json.loads(one.stdout)["document"]["id"] == "a"


@pytest.mark.slow
def test_symlink_loop_and_odd_names_with_errors_and_resume(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY)
    (corpus / "loop").symlink_to(corpus / "loop")
    with open(os.fsencode(str(corpus)) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(OTHER.encode())
    errors, state = tmp_path / "errors.jsonl", tmp_path / "state.jsonl"
    result = cli(str(corpus), "--jsonl", "--errors", str(errors), "--resume", str(state))
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "caf%E9"]
    [row] = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert row["source"].endswith("loop") and "loop" in row["reason"]


@pytest.mark.parametrize("where", ["missing/errors.jsonl", "."])
def test_errors_file_that_cannot_be_written_is_refused_before_the_batch(
    tmp_path: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pipeline(settings):  # type: ignore[no-untyped-def]
        raise AssertionError("the pipeline must not load before the check")

    monkeypatch.setattr(cli_analyze, "Analyzer", no_pipeline)
    (tmp_path / "a.txt").write_text(STORY)
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "a.txt"), "--errors", str(tmp_path / where)]
    )
    assert result.exit_code == 2
    assert "--errors" in result.stderr and (
        "does not exist" in result.stderr or "directory" in result.stderr
    )


# ------------------------------------------------------------ output safety (no spaCy)


def test_terminal_escapes_in_document_text_never_reach_the_terminal() -> None:
    evil = "Minister\x1b]0;owned\x07 \x1b[31mred\x1b[0m [bold]x[/] \u202eevil"
    analysis = Analysis(
        document=DocumentInfo(id="d", sha256="0" * 64, title=evil), text=evil, actors=[]
    )
    buf = io.StringIO()
    render_analysis(analysis, Console(file=buf, width=200, color_system=None))
    shown = buf.getvalue()
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "\\x1b]0;owned\\x07" in shown and "[bold]x[/]" in shown
    assert terminal_safe("tab\tand newline\nstay") == "tab\tand newline\nstay"


def test_json_documents_writer_array_or_single_object() -> None:
    for count in (0, 1, 3):
        out = io.StringIO()
        writer = JsonDocuments(out)
        for n in range(count):
            writer.write({"n": n})
        writer.close()
        text = out.getvalue()
        if count == 0:
            assert text == ""
        elif count == 1:
            assert json.loads(text) == {"n": 0}
        else:
            assert json.loads(text) == [{"n": 0}, {"n": 1}, {"n": 2}]


# ------------------------------------------------------------ actors resolve


@pytest.mark.parametrize("value", ["1066-13-45", "notadate", "20241301", "01/02/2024"])
def test_actors_resolve_refuses_a_bad_date(value: str) -> None:
    result = runner.invoke(app, ["actors", "resolve", "Putin", "--date", value])
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_actors_resolve_reads_a_compact_date_as_analyze_does() -> None:
    compact = runner.invoke(app, ["actors", "resolve", "Putin", "--date", "20240101", "--json"])
    iso = runner.invoke(app, ["actors", "resolve", "Putin", "--date", "2024-01-01", "--json"])
    assert compact.exit_code == 0 and compact.stdout == iso.stdout


def test_actors_resolve_batch_bad_files(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["actors", "resolve", "--batch", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    directory = runner.invoke(app, ["actors", "resolve", "--batch", str(tmp_path)])
    assert directory.exit_code == 2 and "is a directory" in directory.stderr


def test_actors_resolve_batch_keeps_one_output_line_per_input_line(tmp_path: Path) -> None:
    batch = tmp_path / "m.jsonl"
    batch.write_bytes(
        b'{"mention": "Vladimir Putin", "date": "2020-01-01"}\n'
        b"\n"
        b'{"mention": "Putin", "date": "1066-13-45"}\n'
        b'{"mention": "caf\xe9"}\n'
        b"[[[\n"
        b'{"mention": "Vladimir Putin"}\n'
    )
    result = runner.invoke(app, ["actors", "resolve", "--batch", str(batch)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 6
    assert [line == "null" for line in lines] == [False, True, True, True, True, False]
    assert "not a date" in result.stderr and "not UTF-8" in result.stderr


# ------------------------------------------------------------ corpus commands


def _analysis_line(doc_id: str, date: str | None, schema: str = "stancemap/analysis@1") -> str:
    return json.dumps(
        {"schema": schema, "document": {"id": doc_id, "sha256": "0" * 64, "date": date}, "text": ""}
    )


def test_corpus_commands_refuse_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    for command in (["relations"], ["shifts"], ["issues", "list"]):
        result = runner.invoke(app, [*command, str(empty)])
        assert result.exit_code != 0 and "no analyses" in result.stderr, command


def test_corpus_commands_refuse_another_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(_analysis_line("d1", "2024-01-01", schema="stancemap/analysis@99") + "\n")
    result = runner.invoke(app, ["relations", str(path)])
    assert result.exit_code == 2 and "stancemap/analysis@99" in result.stderr


def test_corpus_commands_on_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    result = runner.invoke(app, ["relations", str(path)])
    assert result.exit_code == 2 and "nested too deeply" in result.stderr


def test_shifts_says_how_many_undated_documents_it_leaves_out(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        _analysis_line("d1", "2024-01-01"),
        _analysis_line("d2", None),
        _analysis_line("d3", None),
    ]
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["shifts", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "2 of 3 documents have no date" in result.stderr
