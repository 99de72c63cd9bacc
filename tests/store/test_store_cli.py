"""The store commands through the CLI: tables, --json, --csv, errors, --db on corpus commands."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_builders import synthetic
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.store import Store

runner = CliRunner()


@pytest.fixture
def db(store_url, tmp_path):  # type: ignore[no-untyped-def]
    """A store filled through ``stancemap ingest --analyses``."""
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(4):
            analysis = synthetic(f"d{n}", f"2024-0{n + 1}-10", stance_b=-1 if n >= 2 else 1)
            handle.write(json.dumps(analysis.to_json_dict()) + "\n")
    result = runner.invoke(app, ["ingest", str(path), "--analyses", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "stored 4 documents" in result.output
    return store_url


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_queries_print_tables_json_and_csv(db):
    table = _run("actors", "list", "--db", db)
    assert "Ana Ruiz" in table and "Ole Berg" in table
    rows = [
        json.loads(line)
        for line in _run("quotes", "--speaker", "ole", "--json", "--db", db).splitlines()
    ]
    assert [r["doc_id"] for r in rows] == ["d3", "d2", "d1", "d0"]
    got = list(
        csv.DictReader(io.StringIO(_run("events", "--source", "Spain", "--csv", "--db", db)))
    )
    assert len(got) == 4 and got[0]["source"] == "Spain"
    stances = [
        json.loads(line)
        for line in _run("stances", "--issue", "fishing", "--json", "--db", db).splitlines()
    ]
    assert {(s["name"], s["oppose"]) for s in stances} == {("Ana Ruiz", 0), ("Ole Berg", 2)}
    profile = json.loads(_run("actor", "Ole Berg", "--json", "--db", db))
    assert profile["actor"]["statements"] == 4
    assert "Roles" in _run("actor", "Ole Berg", "--db", db)


def test_relation_by_month_with_evidence(db):
    report = json.loads(
        _run("relation", "Ana Ruiz", "Ole Berg", "--by", "month", "--json", "--db", db)
    )
    assert [p["score"] for p in report["points"]] == [1.0, 1.0, -1.0, -1.0]
    assert report["points"][2]["evidence"][0]["ref"].startswith("d2#")
    text = _run("relation", "ana", "ole", "--db", db)
    assert "2024-03-01 .. 2024-03-31: score -1.00" in text
    assert "We opposes the fishing quota now." in text


def test_search_and_export(db, tmp_path):
    hits = [
        json.loads(line)
        for line in _run("search", "fishing quota", "--json", "--db", db).splitlines()
    ]
    assert {h["kind"] for h in hits} == {"quote", "document"}
    out = tmp_path / "dna.tsv"
    assert "wrote" in _run("export", "dna", "--out", str(out), "--db", db)
    assert len(out.read_text("utf-8").splitlines()) == 1 + 8


def test_corpus_commands_read_the_store_as_they_read_json_lines(db, tmp_path):
    exported = tmp_path / "all.jsonl"
    _run("export", "jsonl", "--out", str(exported), "--db", db)
    from_file = _run("relations", str(exported), "--json")
    from_store = _run("relations", "--db", db, "--json")
    assert from_store == from_file and from_store.strip()
    issues = _run("issues", "list", "--db", db, "--json")
    assert json.loads(issues.splitlines()[0])["statements"] == 8


def test_errors_are_one_clear_line(db, tmp_path):
    result = runner.invoke(app, ["actor", "Nobody Atall", "--db", db])
    assert result.exit_code == 2 and "no such actor" in result.output
    result = runner.invoke(app, ["quotes", "--since", "yesterday", "--db", db])
    assert result.exit_code == 2 and "not a date" in result.output
    missing = tmp_path / "none.db"
    result = runner.invoke(app, ["quotes", "--db", str(missing)])
    assert result.exit_code == 2 and "no store at" in result.output
    assert not missing.exists()  # a query never creates a store


def test_ingesting_the_same_analyses_twice_keeps_one_copy(db, tmp_path):
    path = tmp_path / "again.jsonl"
    path.write_text(json.dumps(synthetic("d0", "2024-01-10").to_json_dict()) + "\n", "utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--analyses", "--db", db])
    assert "stored 0 documents" in result.output and "skipped 1" in result.output
    with Store(db) as store:
        assert store.count("documents") == 4
