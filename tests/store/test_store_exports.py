"""Exports read back by the tools they are for (pyarrow, networkx, csv, json)."""

from __future__ import annotations

import csv
import json

import pytest
from store_builders import synthetic

from stancemap.errors import InputError
from stancemap.records import Analysis
from stancemap.store.exports import DNA_COLUMNS, PHOENIX_COLUMNS, export


@pytest.fixture
def filled(store):
    for n in range(4):
        store.write(
            synthetic(f"d{n}", f"2024-0{n + 1}-01", stance_b=-1 if n >= 2 else 1, extra_quotes=n)
        )
    return store


def test_jsonl_is_the_contract(filled, tmp_path):
    (path,) = export(filled, "jsonl", tmp_path / "out.jsonl")
    lines = path.read_text("utf-8").splitlines()
    analyses = [Analysis.model_validate(json.loads(line)) for line in lines]
    assert [a.document.id for a in analyses] == ["d0", "d1", "d2", "d3"]
    assert [len(a.quotes) for a in analyses] == [2, 3, 4, 5]


def test_parquet_one_table_per_record_kind(filled, tmp_path):
    import pyarrow.parquet as pq

    paths = export(filled, "parquet", tmp_path / "pq")
    tables = {p.stem: pq.read_table(p) for p in paths}
    assert set(tables) == {
        "documents", "document_actors", "mentions", "quotes", "events", "event_actors",
        "statements", "relations", "relation_evidence",
    }  # fmt: skip
    assert tables["quotes"].num_rows == 2 + 3 + 4 + 5
    assert tables["statements"].column("polarity").to_pylist().count(-1) == 2
    assert str(tables["quotes"].schema.field("confidence").type) == "double"


def test_csv_tables(filled, tmp_path):
    paths = export(filled, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(paths) == 9 and len(rows) == 4
    assert rows[0]["type"] == "COOPERATE" and rows[0]["doc_id"] == "d0"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networks_for_gephi(filled, tmp_path, fmt):
    import networkx as nx

    (path,) = export(filled, fmt, tmp_path / f"net.{fmt}", kind="two-mode")
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert graph.number_of_nodes() == 3  # two speakers and one issue
    assert graph.number_of_edges() == 2


def test_plover_event_json(filled, tmp_path):
    (path,) = export(filled, "plover", tmp_path / "events.jsonl")
    events = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(events) == 4
    first = events[0]
    assert first["event_type"] == "COOPERATE" and first["date"] == "2024-01-01"
    assert first["source"][0]["country"] == "ESP" and first["target"][0]["name"] == "Norway"
    assert first["event_text"] == "Spain met Norway in Oslo."


def test_phoenix_tsv(filled, tmp_path):
    (path,) = export(filled, "phoenix", tmp_path / "events.tsv")
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    assert tuple(rows[0]) == PHOENIX_COLUMNS
    assert len(rows) == 5 and all(len(r) == len(PHOENIX_COLUMNS) for r in rows)
    row = dict(zip(PHOENIX_COLUMNS, rows[1], strict=True))
    assert (row["Date"], row["Year"], row["SourceActorFull"], row["TargetActorEntity"]) == (
        "20240101", "2024", "ESP", "NOR",
    )  # fmt: skip


def test_dna_statement_table(filled, tmp_path):
    (path,) = export(filled, "dna", tmp_path / "statements.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert list(rows[0]) == list(DNA_COLUMNS)
    assert len(rows) == 8
    ole = [r for r in rows if r["person"] == "Ole Berg"]
    assert [r["agreement"] for r in ole] == ["1", "1", "0", "0"]
    assert {r["concept"] for r in rows} == {"fishing quota"}
    assert rows[0]["organization"] == "ESP"


def test_unknown_format_names_the_choices(filled, tmp_path):
    with pytest.raises(InputError, match="parquet"):
        export(filled, "xlsx", tmp_path / "x")
