"""``Store``: one opened database (SQLite file or PostgreSQL) at the current schema."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, func, select

from ..records import Analysis, DocumentInfo
from . import models as m
from .engine import make_engine, upgrade_schema
from .writer import write_analysis, write_duplicate


class Store:
    """A store of analysed documents; open with ``Store(url)`` (path or database URL).

    Opening migrates an older schema and refuses a newer one (see ``engine``).
    Each document is written in its own transaction, so a reader - or a run
    resumed after a crash - sees a document with all its rows or not at all.
    """

    def __init__(self, url: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> None:
        self.engine = make_engine(url)
        if migrate:
            upgrade_schema(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for queries: all its statements see one committed state."""
        with self.engine.connect() as connection:
            if self.dialect == "postgresql":  # READ COMMITTED would see later commits
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            yield connection

    def write(self, analysis: Analysis, minhash: str | None = None) -> None:
        """Store (or replace) one analysed document and its records, atomically."""
        with self.engine.begin() as connection:
            write_analysis(connection, analysis, minhash)

    def write_duplicate(self, info: DocumentInfo, minhash: str | None = None) -> None:
        """Store a near-duplicate as a link to the document it copies."""
        with self.engine.begin() as connection:
            write_duplicate(connection, info, minhash)

    def known_documents(self) -> Iterator[dict[str, Any]]:
        """id, sha256, minhash and duplicate_of of every stored document, oldest first."""
        d = m.documents.c
        query = select(d.id, d.sha256, d.minhash, d.duplicate_of).order_by(d.ingested_at, d.id)
        with self.read() as connection:
            for row in connection.execute(query).mappings():
                yield dict(row)

    def count(self, table: str) -> int:
        with self.read() as connection:
            return int(
                connection.execute(
                    select(func.count()).select_from(m.metadata.tables[table])
                ).scalar_one()
            )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
