"""v5: what a quote reports - ``speech`` or ``attitude`` - in a column of its own.

``Quote.reports`` (speech: "X said Y"; attitude: "X thanked Y for Z", "X believes
Y") was already inside ``quotes.record``, the JSON of the whole quote, so a store
written before gains the column filled from there and keeps every row. A column,
not only the JSON, so that a corpus can be filtered by it (``stancemap quotes
--reports speech``) without reading every record.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 1000
_KINDS = ("speech", "attitude")


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("reports", sa.String(10)))
    _fill_from_records()


def _fill_from_records() -> None:
    """Each quote's ``reports`` from its own record, read in keyset pages of
    ``_BATCH`` quotes so that memory stays bounded; all in the upgrade's one
    transaction (``engine.upgrade_schema``), so a failure part-way leaves the old
    store as it was. A damaged or older record (no ``reports``) leaves the column
    empty: the store must still open."""
    bind = op.get_bind()
    quotes = sa.table(
        "quotes",
        sa.column("doc_id", sa.String),
        sa.column("quote_id", sa.String),
        sa.column("record", sa.Text),
        sa.column("reports", sa.String),
    )
    q = quotes.c
    set_reports = (
        sa.update(quotes)
        .where(q.doc_id == sa.bindparam("k_doc"), q.quote_id == sa.bindparam("k_quote"))
        .values(reports=sa.bindparam("k_reports"))
    )
    page = sa.select(q.doc_id, q.quote_id, q.record).order_by(q.doc_id, q.quote_id).limit(_BATCH)
    last: tuple[str, str] | None = None
    while True:
        query = page if last is None else page.where(_after(q, last))
        rows = bind.execute(query).all()
        if not rows:
            return
        updates = [
            {"k_doc": doc_id, "k_quote": quote_id, "k_reports": kind}
            for doc_id, quote_id, record in rows
            if (kind := _reports_of(record)) is not None
        ]
        if updates:
            bind.execute(set_reports, updates)
        last = (rows[-1][0], rows[-1][1])


def _after(q: Any, key: tuple[str, str]) -> Any:
    """Keys after ``key`` in (doc_id, quote_id) order, spelled out as v4 does."""
    doc_id, quote_id = key
    return sa.or_(q.doc_id > doc_id, sa.and_(q.doc_id == doc_id, q.quote_id > quote_id))


def _reports_of(record: str | None) -> str | None:
    try:
        data = json.loads(record or "{}")
    except ValueError:
        return None
    kind = data.get("reports") if isinstance(data, dict) else None
    return kind if kind in _KINDS else None


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("reports")
