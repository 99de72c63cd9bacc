"""Exports for the tools analysts already use.

- ``jsonl``: the contract's JSON Lines, one ``Analysis`` per stored document;
- ``csv`` / ``parquet``: a directory with one table per record kind
  (documents, actors, mentions, quotes, events, event_actors, statements,
  relations), the store's own columns; Parquet via pyarrow reads in pandas,
  polars and DuckDB;
- ``graphml`` / ``gexf``: the discourse network (``alignment.network``) for Gephi;
- ``plover``: PLOVER-style event JSON Lines (one object per event);
- ``phoenix``: a Phoenix/GDELT-style event TSV (one row per source-target pair);
- ``dna``: a DNA-compatible statement table (person, organization, concept,
  agreement), as Discourse Network Analyzer imports it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..errors import InputError
from . import models as m
from .core import Store
from .reader import iter_objects

FORMATS = ("jsonl", "csv", "parquet", "graphml", "gexf", "plover", "phoenix", "dna")
TABLES = (
    m.documents,
    m.document_actors,
    m.mentions,
    m.quotes,
    m.events,
    m.event_actors,
    m.statements,
    m.relations,
    m.relation_evidence,  # v4: each piece of a relation's evidence, with its via
)
# CAMEO root code -> Phoenix/GDELT quad class (1 verbal and 2 material
# cooperation, 3 verbal and 4 material conflict)
_QUAD = {f"{n:02d}": 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4 for n in range(1, 21)}
PHOENIX_COLUMNS = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole",
    "EventCode", "EventRootCode", "QuadClass", "PloverType", "PloverMode",
    "SentenceText", "DocumentID", "URL",
)  # fmt: skip
DNA_COLUMNS = (
    "id", "type", "document", "date", "start", "stop", "person", "organization",
    "concept", "agreement", "text", "actor_id", "polarity",
)  # fmt: skip


def export(store: Store, fmt: str, out: Path, **options: Any) -> list[Path]:
    """Write ``fmt`` to ``out`` (a file, or a directory for csv/parquet); the paths written."""
    writers = {
        "jsonl": _jsonl,
        "csv": _tables_csv,
        "parquet": _tables_parquet,
        "graphml": _network,
        "gexf": _network,
        "plover": _plover,
        "phoenix": _phoenix,
        "dna": _dna,
    }
    if fmt not in writers:
        raise InputError(fmt, f"unknown export format; choose one of {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    return writers[fmt](store, out, **options)  # type: ignore[operator]


def _jsonl(store: Store, out: Path) -> list[Path]:
    with out.open("w", encoding="utf-8") as handle:
        for obj in iter_objects(store):
            handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return [out]


def _rows(store: Store, table: Any) -> Iterator[dict[str, Any]]:
    keys = [c for c in table.primary_key.columns]
    with store.read() as connection:
        for row in connection.execute(select(table).order_by(*keys)).mappings():
            yield dict(row)


def _tables_csv(store: Store, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=[c.name for c in table.columns])
            writer.writeheader()
            writer.writerows(_rows(store, table))
        written.append(path)
    return written


def _arrow_type(column: Any) -> Any:
    import pyarrow as pa

    python = column.type.python_type
    return {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(python, pa.string())


def _tables_parquet(store: Store, out: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        schema = pa.schema([(c.name, _arrow_type(c)) for c in table.columns])
        columns: dict[str, list[Any]] = {c.name: [] for c in table.columns}
        for row in _rows(store, table):
            for name in columns:
                columns[name].append(row[name])
        path = out / f"{table.name}.parquet"
        pq.write_table(pa.Table.from_pydict(columns, schema=schema), path)
        written.append(path)
    return written


def _network(
    store: Store, out: Path, kind: str = "subtract", normalise: str = "none"
) -> list[Path]:
    from ..alignment.network import one_mode, two_mode, write_network
    from .timeline import store_corpus

    corpus = store_corpus(store)
    graph = two_mode(corpus) if kind == "two-mode" else one_mode(corpus, kind, normalise)
    return [write_network(graph, out)]


def _actor_info(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """(doc, actor) -> name, type, country, sector, role."""
    da = m.document_actors.c
    query = select(da.doc_id, da.actor_id, da.name, da.type, da.country, da.sector, da.role)
    with store.read() as connection:
        return {(r[0], r[1]): dict(r._mapping) for r in connection.execute(query)}


def _events(store: Store) -> Iterator[tuple[dict[str, Any], dict[str, Any], list[str], list[str]]]:
    """(event record, document row, source ids, target ids) in date order."""
    e, d, ea = m.events.c, m.documents.c, m.event_actors.c
    roles: dict[tuple[str, str], dict[str, list[str]]] = {}
    with store.read() as connection:
        for doc_id, event_id, role, actor_id in connection.execute(
            select(ea.doc_id, ea.event_id, ea.role, ea.actor_id)
        ):
            roles.setdefault((doc_id, event_id), {}).setdefault(role, []).append(actor_id)
        query = (
            select(e.doc_id, e.event_id, e.record, d.date, d.source)
            .join(m.documents, d.id == e.doc_id)
            .order_by(d.date, e.doc_id, e.event_id)
        )
        for r in connection.execute(query):
            record = json.loads(r.record)
            got = roles.get((r.doc_id, r.event_id), {})
            document = {"id": r.doc_id, "date": r.date, "source": r.source}
            yield (
                record,
                document,
                list(record.get("source") or got.get("source", [])),
                list(record.get("target") or got.get("target", [])),
            )


def _plover(store: Store, out: Path) -> list[Path]:
    actors = _actor_info(store)

    def describe(doc_id: str, ids: list[str]) -> list[dict[str, Any]]:
        found = []
        for actor_id in ids:
            info = actors.get((doc_id, actor_id), {})
            found.append(
                {
                    "id": actor_id,
                    "name": info.get("name", actor_id),
                    "country": info.get("country"),
                    "sector": info.get("sector"),
                }
            )
        return found

    with out.open("w", encoding="utf-8") as handle:
        for record, document, sources, targets in _events(store):
            evidence = record.get("evidence") or record.get("trigger") or {}
            obj = {
                "id": f"{document['id']}#{record['id']}",
                "date": record.get("date") or document["date"],
                "event_type": record["type"],
                "mode": record.get("mode") or "",
                "context": record.get("context") or [],
                "cameo": record.get("cameo"),
                "source": describe(document["id"], sources),
                "target": describe(document["id"], targets),
                "event_text": evidence.get("text"),
                "trigger": record["trigger"]["text"],
                "confidence": record["confidence"],
                "document": document["id"],
                "url": document["source"],
            }
            handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return [out]


def _phoenix_actor(info: dict[str, Any], actor_id: str) -> tuple[str, str, str]:
    """(full code, entity, role): country code plus sector, as Phoenix writes CAMEO actors."""
    country = info.get("country") or ""
    sector = (info.get("sector") or "").upper()[:3]
    return (country + sector) or actor_id, country, sector


def _phoenix(store: Store, out: Path) -> list[Path]:
    actors = _actor_info(store)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(PHOENIX_COLUMNS)
        for record, document, sources, targets in _events(store):
            when = (record.get("date") or document["date"] or "").replace("-", "")
            cameo = record.get("cameo") or ""
            evidence = (record.get("evidence") or record["trigger"])["text"]
            for n, (s, t) in enumerate(
                ((s, t) for s in sources or [""] for t in targets or [""]), start=1
            ):
                src = _phoenix_actor(actors.get((document["id"], s), {}), s) if s else ("", "", "")
                tgt = _phoenix_actor(actors.get((document["id"], t), {}), t) if t else ("", "", "")
                writer.writerow(
                    (
                        f"{document['id']}#{record['id']}-{n}",
                        when,
                        when[:4],
                        when[4:6],
                        when[6:8],
                        *src,
                        *tgt,
                        cameo,
                        cameo[:2],
                        _QUAD.get(cameo[:2], ""),
                        record["type"],
                        record.get("mode") or "",
                        " ".join(evidence.split()),
                        document["id"],
                        document["source"] or "",
                    )
                )
    return [out]


def _dna(store: Store, out: Path) -> list[Path]:
    """DNA's statement type: person, organization, concept, agreement (1 yes, 0 no)."""
    actors = _actor_info(store)
    s, d = m.statements.c, m.documents.c
    query = (
        select(s.doc_id, s.statement_id, s.actor_id, s.issue_label, s.polarity, s.record, d.date)
        .join(m.documents, d.id == s.doc_id)
        .where(s.polarity != 0)  # DNA's agreement is yes or no
        .order_by(d.date, s.doc_id, s.statement_id)
    )
    with out.open("w", encoding="utf-8", newline="") as handle, store.read() as connection:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(DNA_COLUMNS)
        for r in connection.execute(query):
            info = actors.get((r.doc_id, r.actor_id), {})
            name = info.get("name", r.actor_id)
            person = name if info.get("type") == "person" else ""
            organization = name if info.get("type") != "person" else (info.get("country") or "")
            span = json.loads(r.record).get("text") or {}
            writer.writerow(
                (
                    f"{r.doc_id}#{r.statement_id}",
                    "DNA Statement",
                    r.doc_id,
                    r.date or "",
                    span.get("start", ""),
                    span.get("end", ""),
                    person,
                    organization,
                    r.issue_label,
                    1 if r.polarity > 0 else 0,
                    " ".join((span.get("text") or "").split()),
                    r.actor_id,
                    r.polarity,
                )
            )
    return [out]
