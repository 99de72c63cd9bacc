"""v3: a change counter and a cache of computed answers; indexes for pair queries.

``store_state.generation`` goes up in every transaction that writes a
document, so an answer cached in ``query_cache`` under an older generation is
never served. The indexes let a pair's relation find the events and
statements of two actors without scanning whole tables.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        "store_state",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(state, [{"name": "generation", "value": 0}])
    op.create_table(
        "query_cache",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("generation", sa.BigInteger, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_event_actors_actor_doc", "event_actors", ["actor_id", "doc_id"])
    op.create_index("ix_statements_actor_doc", "statements", ["actor_id", "doc_id"])
    op.create_index("ix_document_actors_actor_doc", "document_actors", ["actor_id", "doc_id"])


def downgrade() -> None:
    op.drop_index("ix_document_actors_actor_doc", "document_actors")
    op.drop_index("ix_statements_actor_doc", "statements")
    op.drop_index("ix_event_actors_actor_doc", "event_actors")
    op.drop_table("query_cache")
    op.drop_table("store_state")
