"""v4: a relation's confidence, and each piece of its evidence with ``via``.

``relations.confidence`` is ``Relation.confidence`` (how likely the sign is
right, from the evidence). ``relation_evidence`` holds ``Relation.evidence_spans``
one row a piece: what it is (statement, quote, event), its weight in the score,
its words, and ``via`` (``leaders:<a>~<b>`` when a country's relation is carried
from its leaders'). Both were already inside ``relations.record`` (the JSON of
the whole record), so the upgrade fills them from there: a store written before
keeps every row and gains the columns, filled.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.add_column(sa.Column("confidence", sa.Float))
    evidence = op.create_table(
        "relation_evidence",
        sa.Column("doc_id", sa.String(200), primary_key=True),
        sa.Column("a", sa.String(200), primary_key=True),
        sa.Column("b", sa.String(200), primary_key=True),
        sa.Column("ord", sa.Integer, primary_key=True),
        sa.Column("ref", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("via", sa.Text),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
    )
    op.create_index("ix_relation_evidence_pair", "relation_evidence", ["a", "b"])
    _fill_from_records(evidence)


def _fill_from_records(evidence: sa.Table) -> None:
    """Confidence and evidence rows from each stored relation's own record.

    Read in pages of ``_BATCH`` relations in key order (keyset paging: each page
    starts after the last key of the one before), each page filled before the next
    is read, so memory stays bounded whatever the store's size. It all runs in the
    upgrade's one transaction (``engine.upgrade_schema``): a failure part-way rolls
    back the new table, the new column and every row filled, and leaves the old
    store as it was.
    """
    bind = op.get_bind()
    relations = sa.table(
        "relations",
        sa.column("doc_id", sa.String),
        sa.column("a", sa.String),
        sa.column("b", sa.String),
        sa.column("record", sa.Text),
        sa.column("confidence", sa.Float),
    )
    r = relations.c
    set_confidence = (
        sa.update(relations)
        .where(
            r.doc_id == sa.bindparam("k_doc"),
            r.a == sa.bindparam("k_a"),
            r.b == sa.bindparam("k_b"),
        )
        .values(confidence=sa.bindparam("k_confidence"))
    )
    page = sa.select(r.doc_id, r.a, r.b, r.record).order_by(r.doc_id, r.a, r.b).limit(_BATCH)
    last: tuple[str, str, str] | None = None
    while True:
        query = page if last is None else page.where(_after(r, last))
        rows = bind.execute(query).all()
        if not rows:
            return
        updates, pieces = _filled(rows)
        if updates:
            bind.execute(set_confidence, updates)
        for start in range(0, len(pieces), _BATCH):
            bind.execute(sa.insert(evidence), pieces[start : start + _BATCH])
        last = (rows[-1][0], rows[-1][1], rows[-1][2])


def _after(r: Any, key: tuple[str, str, str]) -> Any:
    """Keys after ``key`` in (doc_id, a, b) order, spelled out rather than as a row
    value so that every SQLite and PostgreSQL the store supports reads it alike."""
    doc_id, a, b = key
    return sa.or_(
        r.doc_id > doc_id,
        sa.and_(r.doc_id == doc_id, sa.or_(r.a > a, sa.and_(r.a == a, r.b > b))),
    )


def _filled(rows: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The confidence updates and evidence rows of one page of relations."""
    updates: list[dict[str, Any]] = []
    pieces: list[dict[str, Any]] = []
    for doc_id, a, b, record in rows:
        try:
            data = json.loads(record or "{}")
            if not isinstance(data, dict):
                continue
            found = _evidence_rows(doc_id, a, b, data.get("evidence_spans") or [])
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # a damaged record stays as it is: the store must still open
        if data.get("confidence") is not None:
            updates.append(
                {"k_doc": doc_id, "k_a": a, "k_b": b, "k_confidence": data["confidence"]}
            )
        pieces.extend(found)
    return updates, pieces


def _evidence_rows(
    doc_id: str, a: str, b: str, spans: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``relation_evidence`` rows of one relation, from its ``evidence_spans`` as JSON
    (as the writer makes them: a test checks a migrated store equals a rewritten one)."""
    out = []
    for ord_, piece in enumerate(spans):
        span = piece.get("span") or {}
        out.append(
            {
                "doc_id": doc_id,
                "a": a,
                "b": b,
                "ord": ord_,
                "ref": piece["id"],
                "kind": piece["kind"],
                "weight": piece.get("weight") or 0.0,
                "via": piece.get("via"),
                "start": span.get("start"),
                "end": span.get("end"),
                "text": span.get("text"),
            }
        )
    return out


def downgrade() -> None:
    op.drop_index("ix_relation_evidence_pair", "relation_evidence")
    op.drop_table("relation_evidence")
    with op.batch_alter_table("relations") as batch:
        batch.drop_column("confidence")
