"""v2: full-text search over document text and quote content; MinHash per document.

SQLite: FTS5 tables over the rows' own columns (external content), kept in
step by triggers and filled from the rows already there. PostgreSQL: GIN
indexes on ``to_tsvector('english', ...)``, which the search queries repeat
word for word so the planner uses them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (fts table, source table, indexed column)
_SQLITE_FTS = (("document_fts", "documents", "text"), ("quote_fts", "quotes", "content_text"))


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("minhash", sa.Text))
    if op.get_bind().dialect.name == "sqlite":
        for fts, table, column in _SQLITE_FTS:
            op.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', "
                "content_rowid='rowid', tokenize='porter unicode61')"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {column}) "
                f"VALUES ('delete', old.rowid, old.{column}); END"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {column}) "
                f"VALUES ('delete', old.rowid, old.{column}); "
                f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END"
            )
            op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    else:
        op.execute(
            "CREATE INDEX ix_documents_fts ON documents "
            "USING gin (to_tsvector('english', coalesce(text, '')))"
        )
        op.execute(
            "CREATE INDEX ix_quotes_fts ON quotes USING gin (to_tsvector('english', content_text))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for fts, _table, _column in _SQLITE_FTS:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
        op.execute("DROP INDEX IF EXISTS ix_quotes_fts")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("minhash")
