"""Read stored documents back: as contract ``Analysis`` objects, or as the
slim objects the corpus commands read from JSON Lines (``build_corpus``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select

from ..records import SCHEMA_ID, Analysis
from . import models as m
from .core import Store

BATCH = 500


def _doc_ids(connection: Connection, since: str | None, until: str | None) -> list[str]:
    d = m.documents.c
    query = select(d.id).where(d.text.is_not(None)).order_by(d.date, d.id)
    if since:
        query = query.where(d.date >= since)
    if until:
        query = query.where(d.date <= until)
    return list(connection.execute(query).scalars())


def _grouped(connection: Connection, table: Any, ids: list[str], *cols: Any) -> dict[str, list]:
    query = select(table.c.doc_id, *cols).where(table.c.doc_id.in_(ids))
    out: dict[str, list] = defaultdict(list)
    for row in connection.execute(query):
        out[row[0]].append(row[1:])
    return out


def iter_objects(
    store: Store,
    doc_ids: Iterable[str] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    with_text: bool = True,
    slim: bool = False,
) -> Iterator[dict[str, Any]]:
    """Stored analyses as contract JSON objects (near-duplicates left out), by date.

    ``slim`` leaves out what no corpus computation reads - the text, mentions,
    quotes and relations - so a whole-store corpus loads fast.
    """
    with store.read() as connection:
        ids = list(doc_ids) if doc_ids is not None else _doc_ids(connection, since, until)
        it = iter(ids)
        while batch := list(islice(it, BATCH)):
            yield from _load_batch(connection, batch, with_text and not slim, slim)


def iter_analyses(
    store: Store,
    doc_ids: Iterable[str] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[Analysis]:
    """Stored analyses as ``Analysis`` records (near-duplicates left out), by date."""
    for obj in iter_objects(store, doc_ids, since=since, until=until):
        yield Analysis.model_validate(obj)


def load_analysis(store: Store, doc_id: str) -> Analysis | None:
    """One stored document's analysis (``None`` when absent or a near-duplicate)."""
    found = list(iter_analyses(store, [doc_id]))
    return found[0] if found else None


def _load_batch(
    connection: Connection, ids: list[str], with_text: bool, slim: bool = False
) -> list[dict[str, Any]]:
    d = m.documents.c
    columns = [c for c in m.documents.c if c.name not in ("text", "minhash")]
    docs = {
        row.id: row
        for row in connection.execute(
            select(*columns, *([d.text] if with_text else [])).where(
                d.id.in_(ids), d.text.is_not(None)
            )
        )
    }
    actors = _grouped(connection, m.document_actors, ids, m.document_actors.c.record)
    if slim:
        spans: dict[str, list] = {}
        quotes: dict[str, list] = {}
        relations: dict[str, list] = {}
        events = _grouped(connection, m.events, ids, m.events.c.record)
        statements = _grouped(connection, m.statements, ids, m.statements.c.record)
    else:
        spans, quotes, events, statements, relations = _full(connection, ids)
    out = []
    for doc_id in ids:
        row = docs.get(doc_id)
        if row is None:
            continue
        out.append(_object(row, actors, spans, quotes, events, statements, relations, with_text))
    return out


def _full(connection: Connection, ids: list[str]) -> tuple[dict[str, list], ...]:
    spans = _grouped(
        connection,
        m.mentions,
        ids,
        m.mentions.c.ord,
        m.mentions.c.actor_id,
        m.mentions.c.start,
        m.mentions.c.end,
        m.mentions.c.text,
    )
    quotes = _grouped(connection, m.quotes, ids, m.quotes.c.embedded, m.quotes.c.record)
    events = _grouped(connection, m.events, ids, m.events.c.record)
    statements = _grouped(connection, m.statements, ids, m.statements.c.record)
    relations = _grouped(connection, m.relations, ids, m.relations.c.record)
    return spans, quotes, events, statements, relations


def _object(
    row: Any,
    actors: dict[str, list],
    spans: dict[str, list],
    quotes: dict[str, list],
    events: dict[str, list],
    statements: dict[str, list],
    relations: dict[str, list],
    with_text: bool,
) -> dict[str, Any]:
    """One contract object from a document row and its grouped record rows."""
    doc_id = row.id
    mention_map: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _ord, actor_id, start, end, text in sorted(spans.get(doc_id, [])):
        mention_map[actor_id].append({"start": start, "end": end, "text": text})
    actor_records = []
    for (record,) in actors.get(doc_id, []):
        data = json.loads(record)
        data["mentions"] = mention_map.get(data["id"], [])
        actor_records.append(data)
    quote_rows = [(emb, json.loads(rec)) for emb, rec in quotes.get(doc_id, [])]
    obj: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "document": {
            "id": row.id,
            "sha256": row.sha256,
            "source": row.source,
            "title": row.title,
            "date": row.date,
            "language": row.language,
            "excluded": json.loads(row.excluded or "[]"),
            "duplicate_of": row.duplicate_of,
            "author": row.author,
        },
        "actors": sorted(actor_records, key=lambda a: a["id"]),
        "quotes": _by_id([q for emb, q in quote_rows if not emb]),
        "embedded_quotes": _by_id([q for emb, q in quote_rows if emb]),
        "events": _by_id([json.loads(r) for (r,) in events.get(doc_id, [])]),
        "statements": _by_id([json.loads(r) for (r,) in statements.get(doc_id, [])]),
        "relations": sorted(
            (json.loads(r) for (r,) in relations.get(doc_id, [])),
            key=lambda r: (r["a"], r["b"]),
        ),
    }
    if with_text:
        obj["text"] = row.text
    return obj


def natural_order(record_id: str) -> tuple[str, int]:
    """``q10`` after ``q9``: ids are a prefix and a counter."""
    head = record_id.rstrip("0123456789")
    tail = record_id[len(head) :]
    return head, int(tail) if tail else -1


def _by_id(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: natural_order(r["id"]))


def corpus_rows(
    url_or_store: str | Store,
    *,
    doc_ids: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, analysis object) pairs for ``alignment.corpus.build_corpus``.

    The objects the corpus commands read from ``analyze --jsonl``, minus what
    no corpus computation reads (text, mentions, quotes, relations).
    """
    store = url_or_store if isinstance(url_or_store, Store) else Store(url_or_store)
    for obj in iter_objects(store, doc_ids, since=since, until=until, slim=True):
        yield f"{store.url}#{obj['document']['id']}", obj
