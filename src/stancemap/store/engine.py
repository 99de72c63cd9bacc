"""Open a store: pick the database from a URL, bring its schema up to date.

``./stancemap.db`` (SQLite) needs nothing installed; ``postgresql://...``
uses psycopg 3. Every open runs the Alembic migrations this stancemap ships,
so a store written by an older version is migrated before anything reads it;
a store stamped with a revision this version does not know (written by a
newer stancemap) is refused rather than misread.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from ..errors import StancemapError

DEFAULT_URL = "stancemap.db"
URL_ENV = "STANCEMAP_DB"


class StoreError(StancemapError):
    """A store that cannot be opened, or whose schema this version cannot read."""


def normalize_url(url: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL: a plain path is a SQLite file; postgresql:// gets psycopg 3."""
    raw = str(url) if url is not None else os.environ.get(URL_ENV) or DEFAULT_URL
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    return raw


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling sends no BEGIN before a SELECT,
    # so a reader's statements would each see a different moment; stancemap
    # sends BEGIN itself (``_sqlite_begin``), the recipe SQLAlchemy documents.
    dbapi_connection.isolation_level = None
    # WAL: readers never block the writer and see only committed documents.
    # synchronous=NORMAL is durable at every checkpoint and safe against a
    # killed process (only a power cut can lose the last transactions).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def migrations_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "stancemap.store:migrations")
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(migrations_config()).get_current_head()
    assert head is not None
    return head


def make_engine(url: str | os.PathLike[str] | None) -> Engine:
    """An engine for ``url`` without touching the schema."""
    full = normalize_url(url)
    try:
        parsed = make_url(full)
    except ArgumentError as exc:
        raise StoreError(f"'{url}' is not a database URL or path: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(full, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database '{parsed.get_backend_name()}': use SQLite or PostgreSQL"
        )
    return create_engine(full, pool_pre_ping=True)


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run the shipped migrations up to ``revision``; refuse a store from a newer version."""
    script = ScriptDirectory.from_config(migrations_config())
    known = {rev.revision for rev in script.walk_revisions()}
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # two processes opening one new store must not both create it
                connection.exec_driver_sql("SELECT pg_advisory_xact_lock(16016)")
            current = MigrationContext.configure(connection).get_current_heads()
            unknown = [rev for rev in current if rev not in known]
            if unknown:
                raise StoreError(
                    f"store {engine.url.render_as_string(hide_password=True)} has schema revision "
                    f"{', '.join(unknown)}, which this stancemap does not know (it knows up to "
                    f"{script.get_current_head()}); it was written by a newer version: upgrade "
                    "stancemap to read it"
                )
            config = migrations_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise StoreError(
            f"cannot open store {engine.url.render_as_string(hide_password=True)}: {exc.orig}"
        ) from None


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return heads[0] if heads else None
