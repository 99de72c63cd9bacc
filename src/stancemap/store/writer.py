"""Write one analysed document (or a near-duplicate's link) in one transaction.

Re-writing a document first deletes every row derived from it, so the store
holds exactly the latest analysis: a re-ingest replaces, never adds. Callers
pass an open transaction (``engine.begin()``); nothing here commits.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select

from ..records import Analysis, DocumentInfo
from . import models as m
from .cache import mark_changed


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Built once: a statement object per table, the document id bound at run time.
_DELETES = tuple(delete(t).where(t.c.doc_id == bindparam("doc_id")) for t in m.DERIVED) + (
    delete(m.documents).where(m.documents.c.id == bindparam("doc_id")),
)
_INSERTS = {t.name: insert(t) for t in (m.documents, *m.DERIVED)}
_STORED = select(m.documents.c.id).where(m.documents.c.id == bindparam("doc_id"))


def delete_document(connection: Connection, doc_id: str) -> None:
    """Remove a document and every row derived from it (nothing to do for a new one)."""
    if connection.execute(_STORED, {"doc_id": doc_id}).first() is None:
        return
    for statement in _DELETES:
        connection.execute(statement, {"doc_id": doc_id})


def _document_row(info: DocumentInfo, text: str | None, minhash: str | None) -> dict[str, Any]:
    return {
        "id": info.id,
        "sha256": info.sha256,
        "source": info.source,
        "title": info.title,
        "date": info.date,
        "language": info.language,
        "author": info.author,
        "duplicate_of": info.duplicate_of,
        "text": text,
        "excluded": _json([e.model_dump(mode="json") for e in info.excluded]),
        "schema": "stancemap/analysis@1",
        "ingested_at": _now(),
        "minhash": minhash,
    }


def write_duplicate(connection: Connection, info: DocumentInfo, minhash: str | None) -> None:
    """A near-duplicate: its document row with ``duplicate_of``, no text, no records."""
    delete_document(connection, info.id)
    connection.execute(_INSERTS["documents"], [_document_row(info, None, minhash)])
    mark_changed(connection)


def write_analysis(connection: Connection, analysis: Analysis, minhash: str | None = None) -> None:
    """Replace the document's rows with ``analysis``."""
    doc_id = analysis.document.id
    delete_document(connection, doc_id)
    connection.execute(
        _INSERTS["documents"], [_document_row(analysis.document, analysis.text, minhash)]
    )
    rows = derived_rows(analysis)
    for table in reversed(m.DERIVED):
        if rows[table.name]:
            connection.execute(_INSERTS[table.name], rows[table.name])
    mark_changed(connection)


def derived_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The rows of every derived table for one analysis."""
    doc_id = analysis.document.id
    out: dict[str, list[dict[str, Any]]] = {table.name: [] for table in m.DERIVED}
    ordinal = 0
    for actor in analysis.actors:
        record = actor.model_dump(mode="json", exclude={"mentions"})
        out["document_actors"].append(
            {
                "doc_id": doc_id,
                "actor_id": actor.id,
                "name": actor.name,
                "type": actor.type,
                "country": actor.country,
                "sector": actor.sector,
                "role": actor.role,
                "wiki": actor.wiki,
                "confidence": actor.confidence,
                "record": _json(record),
            }
        )
        for span in actor.mentions:
            out["mentions"].append(
                {
                    "doc_id": doc_id,
                    "ord": ordinal,
                    "actor_id": actor.id,
                    "start": span.start,
                    "end": span.end,
                    "text": span.text,
                }
            )
            ordinal += 1
    for embedded, group in ((False, analysis.quotes), (True, analysis.embedded_quotes)):
        for quote in group:
            out["quotes"].append(
                {
                    "doc_id": doc_id,
                    "quote_id": quote.id,
                    "kind": quote.kind,
                    "speaker": quote.speaker,
                    "channel": quote.channel,
                    "within": quote.within,
                    "embedded": embedded,
                    "content_start": quote.content.start,
                    "content_end": quote.content.end,
                    "content_text": quote.content.text,
                    "confidence": quote.confidence,
                    "record": _json(quote.model_dump(mode="json")),
                    "reports": quote.reports,
                }
            )
    for ev in analysis.events:
        out["events"].append(
            {
                "doc_id": doc_id,
                "event_id": ev.id,
                "type": ev.type,
                "mode": ev.mode,
                "cameo": ev.cameo,
                "date": ev.date or analysis.document.date,
                "confidence": ev.confidence,
                "reported_by": ev.reported_by,
                "trigger_text": ev.trigger.text,
                "evidence_text": ev.evidence.text if ev.evidence else None,
                "record": _json(ev.model_dump(mode="json")),
            }
        )
        for role, actors in (("source", ev.source), ("target", ev.target)):
            for actor_id in dict.fromkeys(actors):
                out["event_actors"].append(
                    {"doc_id": doc_id, "event_id": ev.id, "role": role, "actor_id": actor_id}
                )
    for st in analysis.statements:
        out["statements"].append(
            {
                "doc_id": doc_id,
                "statement_id": st.id,
                "actor_id": st.actor,
                "issue_id": st.issue.id,
                "issue_label": st.issue.label,
                "polarity": st.polarity,
                "confidence": st.confidence,
                "text": st.text.text if st.text else None,
                "record": _json(st.model_dump(mode="json")),
            }
        )
    for rel in analysis.relations:
        out["relations"].append(
            {
                "doc_id": doc_id,
                "a": rel.a,
                "b": rel.b,
                "score": rel.score,
                "cooperation": rel.cooperation,
                "conflict": rel.conflict,
                "record": _json(rel.model_dump(mode="json")),
                "confidence": rel.confidence,
            }
        )
        for ord_, piece in enumerate(rel.evidence_spans):
            out["relation_evidence"].append(
                {
                    "doc_id": doc_id,
                    "a": rel.a,
                    "b": rel.b,
                    "ord": ord_,
                    "ref": piece.id,
                    "kind": piece.kind,
                    "weight": piece.weight,
                    "via": piece.via,
                    "start": piece.span.start if piece.span else None,
                    "end": piece.span.end if piece.span else None,
                    "text": piece.span.text if piece.span else None,
                }
            )
    return out
