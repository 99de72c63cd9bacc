"""The output contract: schema, offsets, CLI shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from stancemap.records import SCHEMA_ID, json_schema

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "summit-drift.txt"

CONTRACT_FIELDS = {
    "document": {"id", "sha256", "source", "title", "date", "language"},
    "actors": {"id", "name", "type", "country", "sector", "role", "mentions"},
    "quotes": {"id", "kind", "content", "cue", "source", "speaker", "confidence"},
    "events": {"id", "type", "mode", "cameo", "trigger", "source", "target", "date", "confidence"},
    "statements": {"id", "actor", "issue", "polarity", "evidence", "confidence"},
    "relations": {"a", "b", "agree", "disagree", "cooperation", "conflict", "score"},
}


def _spans(analysis: dict):
    for actor in analysis["actors"]:
        yield from actor["mentions"]
    for quote in analysis["quotes"]:
        yield quote["content"]
        for key in ("cue", "source"):
            if quote[key]:
                yield quote[key]
    for event in analysis["events"]:
        yield event["trigger"]


def check_analysis(data: dict) -> None:
    # (no validation of the output against the schema generated from the same
    # model: it cannot fail; the contract's fields and offsets are checked instead)
    assert data["schema"] == SCHEMA_ID
    for key, fields in CONTRACT_FIELDS.items():
        items = [data[key]] if key == "document" else data[key]
        for item in items:
            assert fields <= set(item), f"{key} lacks {fields - set(item)}"
    text = data["text"]
    for span in _spans(data):
        assert text[span["start"] : span["end"]] == span["text"]
    for item in data["document"]["excluded"]:
        assert 0 <= item["start"] <= item["end"] <= len(text)


def test_schema_declares_every_contract_field():
    schema = json_schema()
    assert schema["$id"] == SCHEMA_ID
    assert set(schema["required"]) >= {"document", "text"}
    props = schema["properties"]
    assert {
        "schema",
        "document",
        "text",
        "actors",
        "quotes",
        "events",
        "statements",
        "relations",
    } <= set(props)


def test_schema_rejects_a_broken_object():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"schema": SCHEMA_ID, "document": {"id": 1}, "text": "x"}, json_schema()
        )


def test_demo_article_analysis_keeps_the_contract(analyzer):
    result = analyzer.analyze_text(
        DEMO.read_text("utf-8"), doc_id="summit-drift", date="2024-11-14"
    )
    data = result.to_json_dict()
    check_analysis(data)
    assert data["text"] == DEMO.read_text("utf-8")  # .txt text is kept exactly
    assert data["document"]["sha256"] and data["document"]["date"] == "2024-11-14"
    assert data["actors"] and data["quotes"]


def test_example_article_keeps_the_contract(tokayev):
    data = tokayev.to_json_dict()
    check_analysis(data)
    footer = data["text"].index("Leave a Reply")
    assert any(ex["start"] <= footer < ex["end"] for ex in data["document"]["excluded"])
    for span in _spans(data):  # nothing is extracted from the comment-form footer
        assert span["start"] < footer


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "stancemap", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )


@pytest.mark.slow
def test_cli_jsonl_over_files_and_stdin(tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("Germany and France agreed on a new treaty on Tuesday.\n", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    proc = _cli("analyze", str(DEMO), str(second), str(empty), "--jsonl", "--date", "2024-11-14")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["document"]["id"] for d in lines] == ["summit-drift", "second"]
    for data in lines:
        check_analysis(data)
    assert "empty.txt" in proc.stderr  # the bad input is reported, the batch went on

    proc = _cli("analyze", "-", "--json", stdin="Russia accused Ukraine of shelling the plant.\n")
    assert proc.returncode == 0, proc.stderr
    check_analysis(json.loads(proc.stdout))


@pytest.mark.slow
def test_cli_rejects_a_bad_date_and_prints_schema():
    proc = _cli("analyze", str(DEMO), "--date", "14/03/2026")
    assert proc.returncode != 0 and "YYYY-MM-DD" in proc.stderr
    proc = _cli("schema")
    assert json.loads(proc.stdout)["$id"] == SCHEMA_ID
