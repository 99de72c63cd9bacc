"""Migrations: a new store is at the head revision; a v1 store is migrated with
its rows kept (and made searchable); a store from a newer version is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from stancemap.store import Store, StoreError
from stancemap.store import models as m
from stancemap.store.engine import head_revision, make_engine, schema_revision, upgrade_schema
from stancemap.store.search import search


def test_new_store_matches_the_models(store):
    assert schema_revision(store.engine) == head_revision() == "0005"
    found = inspect(store.engine)
    for table in m.metadata.sorted_tables:
        columns = {c["name"] for c in found.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name


def test_a_v1_store_is_migrated_and_keeps_its_rows(store_url):
    engine = make_engine(store_url)
    upgrade_schema(engine, "0001")
    assert schema_revision(engine) == "0001"
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO documents (id, sha256, date, text, excluded) "
                "VALUES ('old', 'abc', '2020-01-02', 'The harbour deal was signed.', '[]')"
            )
        )
        c.execute(
            text(
                "INSERT INTO quotes (doc_id, quote_id, kind, embedded, content_start, "
                "content_end, content_text, confidence, record) VALUES ('old', 'q1', 'direct', "
                ":f, 4, 21, 'harbour deal was', 0.9, '{}')"
            ),
            {"f": False},
        )
    engine.dispose()

    migrated = Store(store_url)
    assert schema_revision(migrated.engine) == "0005"
    assert migrated.count("documents") == 1 and migrated.count("quotes") == 1
    hits = search(migrated, "harbour")
    assert {(h.kind, h.doc_id) for h in hits} == {("quote", "old"), ("document", "old")}


def test_a_v2_store_gains_the_change_counter_and_cache(store_url):
    from stancemap.store import cache

    engine = make_engine(store_url)
    upgrade_schema(engine, "0002")
    assert "query_cache" not in inspect(engine).get_table_names()
    engine.dispose()
    migrated = Store(store_url)
    assert schema_revision(migrated.engine) == "0005"
    indexes = {i["name"] for i in inspect(migrated.engine).get_indexes("event_actors")}
    assert "ix_event_actors_actor_doc" in indexes
    with migrated.engine.begin() as connection:
        assert cache.generation(connection) == 0
        cache.mark_changed(connection)
    with migrated.engine.connect() as connection:
        assert cache.generation(connection) == 1
    migrated.close()


def test_a_store_from_a_newer_version_is_refused(store_url):
    Store(store_url).close()
    engine = make_engine(store_url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version"):
        Store(store_url)


def test_not_a_database_url_is_a_clear_error():
    with pytest.raises(StoreError, match="unsupported database"):
        Store("mysql://localhost/x")
