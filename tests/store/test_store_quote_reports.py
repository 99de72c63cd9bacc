"""What a quote reports - speech or an attitude - has a column of its own (v5): stored,
filtered on (library, CLI, web API), and filled from the records of a store written
before v5, which keeps every row."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import inspect, select, update
from store_builders import synthetic
from test_store_relation_evidence import _write_as_v3
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.errors import InputError
from stancemap.records import Analysis
from stancemap.store import Store
from stancemap.store import models as m
from stancemap.store.engine import make_engine, schema_revision, upgrade_schema
from stancemap.store.queries import quotes
from stancemap.store.reader import load_analysis

runner = CliRunner()


def _with_reports(doc_id: str, date: str) -> Analysis:
    """The synthetic document with its first quote an attitude and the others speech."""
    analysis = synthetic(doc_id, date)
    analysis.quotes = [
        q.model_copy(update={"reports": "attitude" if n == 0 else "speech"})
        for n, q in enumerate(analysis.quotes)
    ]
    return analysis


def _stored_reports(store: Store) -> dict[tuple[str, str], Any]:
    q = m.quotes.c
    with store.read() as connection:
        rows = connection.execute(select(q.doc_id, q.quote_id, q.reports))
        return {(doc, quote): kind for doc, quote, kind in rows}


def test_reports_is_stored_and_filters_quotes(store):
    analysis = _with_reports("doc-1", "2024-03-01")
    store.write(analysis)
    assert _stored_reports(store) == {("doc-1", q.id): q.reports for q in analysis.quotes}
    attitudes = quotes(store, reports="attitude")
    speech = quotes(store, reports="speech")
    assert [r.quote_id for r in attitudes] == [analysis.quotes[0].id]
    assert {r.quote_id for r in speech} == {q.id for q in analysis.quotes[1:]}
    assert all(r.reports == "speech" for r in speech) and len(speech) >= 1
    assert len(quotes(store)) == len(analysis.quotes)  # no filter: every quote
    with pytest.raises(InputError, match="--reports.*'spech' is not one of speech, attitude"):
        quotes(store, reports="spech")


def test_a_v4_store_gains_the_column_filled_from_its_records(store_url):
    engine = make_engine(store_url)
    upgrade_schema(engine, "0004")
    old = [_with_reports("doc-1", "2024-03-01"), synthetic("doc-2", "2024-03-02")]
    with engine.begin() as connection:
        for analysis in old:
            _write_as_v3(connection, analysis)  # v4 wrote quotes as v3 did
        relations = [
            {"doc_id": a.document.id, "a": r.a, "b": r.b, "confidence": r.confidence}
            for a in old
            for r in a.relations
        ]
        for row in relations:  # the v4 relation column, as v4 wrote it
            c = m.relations.c
            connection.execute(
                update(m.relations)
                .where(c.doc_id == row["doc_id"], c.a == row["a"], c.b == row["b"])
                .values(confidence=row["confidence"])
            )
        # a damaged record keeps its row and gains nothing
        connection.execute(
            update(m.quotes)
            .where(m.quotes.c.doc_id == "doc-2", m.quotes.c.quote_id == old[1].quotes[0].id)
            .values(record="{not json")
        )
    engine.dispose()

    migrated = Store(store_url)
    try:
        assert schema_revision(migrated.engine) == "0005"
        stored = _stored_reports(migrated)
        assert len(stored) == sum(len(a.quotes) + len(a.embedded_quotes) for a in old)
        for q in old[0].quotes:  # filled from each record
            assert stored[("doc-1", q.id)] == q.reports
        assert set(stored[("doc-2", q.id)] for q in old[1].quotes) == {None}
        back = load_analysis(migrated, "doc-1")
        assert back is not None and back.quotes == old[0].quotes
    finally:
        migrated.close()


def test_a_quote_written_without_reports_stores_none(store):
    analysis = synthetic("doc-1", "2024-03-01")  # reports None: the rule switched off
    store.write(analysis)
    assert set(_stored_reports(store).values()) == {None}
    assert quotes(store, reports="speech") == []


def test_the_cli_and_web_api_filter_by_reports(store_url, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(_with_reports("d1", "2024-03-01").to_json_dict()) + "\n", "utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--analyses", "--db", store_url])
    assert result.exit_code == 0, result.output

    result = runner.invoke(app, ["quotes", "--reports", "attitude", "--json", "--db", store_url])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["reports"] for r in rows] == ["attitude"]

    result = runner.invoke(app, ["quotes", "--reports", "spech", "--db", store_url])
    assert result.exit_code == 2 and "--reports: 'spech' is not one of" in result.output

    from fastapi.testclient import TestClient

    from stancemap.config import load_settings
    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    corpus = open_corpus(store_url)
    client = TestClient(create_app(load_settings(), corpus=corpus))
    page = client.get("/api/quotes", params={"reports": "speech"})
    assert page.status_code == 200, page.text
    items = page.json()["items"]
    assert items and {i["reports"] for i in items} == {"speech"}
    assert client.get("/api/quotes", params={"reports": "spech"}).status_code == 422
    page = client.get("/actors/person:ana-ruiz")  # the actor page names what each quote reports
    assert page.status_code == 200 and "(attitude)" in page.text and "(speech)" not in page.text
    corpus.close()


def test_upgrading_again_changes_nothing(store_url):
    store = Store(store_url)
    store.write(_with_reports("doc-1", "2024-03-01"))
    before = _stored_reports(store)
    store.close()
    engine = make_engine(store_url)
    upgrade_schema(engine)  # already at head: a no-op
    engine.dispose()
    with Store(store_url) as again:
        assert _stored_reports(again) == before


def test_the_column_is_new_in_v5(store_url):
    """A v4 store has no ``reports`` column, so the upgrade test above really starts
    from a store without it; the upgrade adds it."""
    engine = make_engine(store_url)
    upgrade_schema(engine, "0004")
    assert "reports" not in {c["name"] for c in inspect(engine).get_columns("quotes")}
    upgrade_schema(engine)
    assert "reports" in {c["name"] for c in inspect(engine).get_columns("quotes")}
    engine.dispose()
