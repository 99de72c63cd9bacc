"""The v4 upgrade reads the relations in pages (bounded memory) inside the upgrade's one
transaction: a v3 store with several thousand relations is upgraded with the same rows,
every page filled; a failure part-way leaves the v3 store as it was, readable, and a
later open upgrades it. On SQLite and PostgreSQL (``store_url``)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import event, insert, inspect, select
from store_builders import synthetic

from stancemap.store import Store
from stancemap.store import models as m
from stancemap.store.engine import make_engine, schema_revision, upgrade_schema
from stancemap.store.writer import _document_row, derived_rows

DOCS = 1700  # x 2 relations, and a third in every tenth: several pages of 1000
R = m.relations.c
OLD_COLUMNS = (R.doc_id, R.a, R.b, R.score, R.cooperation, R.conflict, R.record)


class Injected(RuntimeError):
    """The failure a test makes happen part-way through the upgrade."""


def _v3_store(url: str) -> list[dict[str, Any]]:
    """A store at v3 holding ``DOCS`` documents' relations; their v4 evidence rows."""
    template = synthetic("template", "2024-03-01")
    relation_rows = derived_rows(template)["relations"]
    documents, relations, expected = [], [], []
    for n in range(DOCS):
        doc_id = f"d{n:05d}"
        info = template.document.model_copy(update={"id": doc_id, "sha256": f"{n:064d}"})
        documents.append(_document_row(info, template.text, None))
        rows = [dict(row, doc_id=doc_id) for row in relation_rows]
        if n % 10 == 0:  # one document with a third pair sharing its first actor
            rows.append(dict(rows[0], b=rows[0]["b"] + "-x"))
        for number, row in enumerate(rows):
            record = json.loads(row["record"])
            record["b"] = row["b"]
            record["confidence"] = round(0.5 + (n % 7) / 20, 2) if number else None
            row["record"] = json.dumps(record)
            row.pop("confidence", None)  # no such column before v4
            relations.append(row)
            for ord_, piece in enumerate(record.get("evidence_spans") or []):
                expected.append((doc_id, row["a"], row["b"], ord_, piece["id"], piece.get("via")))
    engine = make_engine(url)
    upgrade_schema(engine, "0003")
    with engine.begin() as connection:
        connection.execute(insert(m.documents), documents)
        connection.execute(insert(_v3_relations()), relations)
    engine.dispose()
    return expected


def _v3_relations() -> Any:
    from sqlalchemy import column, table

    return table("relations", *(column(c.name) for c in OLD_COLUMNS))


def _old_rows(url: str) -> list[tuple[Any, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(*OLD_COLUMNS).order_by(R.doc_id, R.a, R.b))
            return [tuple(row) for row in rows]
    finally:
        engine.dispose()


def test_several_thousand_relations_are_upgraded_with_the_same_rows(store_url):
    expected = _v3_store(store_url)
    before = _old_rows(store_url)
    assert len(before) == DOCS * 2 + DOCS // 10 > 3000

    store = Store(store_url)  # opening upgrades
    try:
        assert schema_revision(store.engine) == "0005"
        e = m.relation_evidence.c
        with store.read() as connection:
            confidences = list(connection.execute(select(R.record, R.confidence)))
            pieces = list(connection.execute(select(e.doc_id, e.a, e.b, e.ord, e.ref, e.via)))
    finally:
        store.close()
    assert _old_rows(store_url) == before  # every old row, unchanged
    assert len(confidences) == len(before)
    for record, confidence in confidences:  # each filled from its own record, every page
        assert confidence == json.loads(record)["confidence"]
    assert sum(c is not None for _, c in confidences) >= DOCS
    assert sorted(map(tuple, pieces)) == sorted(expected)
    assert len(expected) > 3000


def test_a_failure_part_way_leaves_the_old_store_intact(store_url):
    _v3_store(store_url)
    before = _old_rows(store_url)
    engine = make_engine(store_url)
    inserts = 0

    @event.listens_for(engine, "before_cursor_execute")
    def fail_on_the_third_page(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        nonlocal inserts
        if statement.lstrip().upper().startswith("INSERT INTO RELATION_EVIDENCE"):
            inserts += 1
            if inserts == 3:  # two pages were already filled
                raise Injected("the disk filled up")

    with pytest.raises(Injected):
        upgrade_schema(engine)
    assert inserts == 3
    engine.dispose()

    engine = make_engine(store_url)
    try:
        assert schema_revision(engine) == "0003"  # not stamped v4
        tables = inspect(engine)
        assert "relation_evidence" not in tables.get_table_names()
        assert "confidence" not in {c["name"] for c in tables.get_columns("relations")}
    finally:
        engine.dispose()
    assert _old_rows(store_url) == before  # readable, and as it was

    store = Store(store_url)  # the next open upgrades it whole
    try:
        assert schema_revision(store.engine) == "0005"
        assert store.count("relations") == len(before)
        assert store.count("relation_evidence") > 3000
    finally:
        store.close()
