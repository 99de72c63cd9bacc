"""v1: documents and the records derived from them.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(200)
LOCAL = sa.String(40)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", ID, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("language", sa.String(16)),
        sa.Column("author", sa.Text),
        sa.Column("duplicate_of", ID),
        sa.Column("text", sa.Text),
        sa.Column("excluded", sa.Text),
        sa.Column("schema", sa.String(40)),
        sa.Column("ingested_at", sa.String(32)),
    )
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])
    op.create_table(
        "document_actors",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("actor_id", ID, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(20)),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("wiki", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_document_actors_actor", "document_actors", ["actor_id"])
    op.create_table(
        "mentions",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("ord", sa.Integer, primary_key=True),
        sa.Column("actor_id", ID, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_mentions_actor", "mentions", ["actor_id"])
    op.create_table(
        "quotes",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("quote_id", LOCAL, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("speaker", ID),
        sa.Column("channel", ID),
        sa.Column("within", LOCAL),
        sa.Column("embedded", sa.Boolean, nullable=False),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_quotes_speaker", "quotes", ["speaker"])
    op.create_table(
        "events",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("event_id", LOCAL, primary_key=True),
        sa.Column("type", LOCAL, nullable=False),
        sa.Column("mode", LOCAL),
        sa.Column("cameo", sa.String(10)),
        sa.Column("date", sa.String(10)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("reported_by", LOCAL),
        sa.Column("trigger_text", sa.Text, nullable=False),
        sa.Column("evidence_text", sa.Text),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_table(
        "event_actors",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("event_id", LOCAL, primary_key=True),
        sa.Column("role", sa.String(8), primary_key=True),
        sa.Column("actor_id", ID, primary_key=True),
    )
    op.create_index("ix_event_actors_actor", "event_actors", ["actor_id", "role"])
    op.create_table(
        "statements",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("statement_id", LOCAL, primary_key=True),
        sa.Column("actor_id", ID, nullable=False),
        sa.Column("issue_id", sa.Text, nullable=False),
        sa.Column("issue_label", sa.Text, nullable=False),
        sa.Column("polarity", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_statements_actor", "statements", ["actor_id"])
    op.create_index("ix_statements_issue", "statements", ["issue_id"])
    op.create_table(
        "relations",
        sa.Column("doc_id", ID, primary_key=True),
        sa.Column("a", ID, primary_key=True),
        sa.Column("b", ID, primary_key=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("cooperation", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Integer, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_relations_a", "relations", ["a"])
    op.create_index("ix_relations_b", "relations", ["b"])


def downgrade() -> None:
    for table in (
        "relations",
        "statements",
        "event_actors",
        "events",
        "quotes",
        "mentions",
        "document_actors",
        "documents",
    ):
        op.drop_table(table)
