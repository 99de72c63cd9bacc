"""Every store test runs on SQLite and on PostgreSQL.

PostgreSQL needs a server: ``STANCEMAP_TEST_PG_URL`` (a role allowed to
create databases, e.g. ``postgresql://stancemap:stancemap@localhost/stancemap_test``;
``.ci/run`` starts one and sets it). Each test gets a database of its own,
dropped afterwards, so tests run in parallel. Without the variable, or when
the server does not answer, the PostgreSQL cases skip and say why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

PG_ENV = "STANCEMAP_TEST_PG_URL"


def _admin_connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def _fresh_pg_database() -> Iterator[str]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL store tests need a server: set {PG_ENV} (.ci/run does)")
    try:
        admin = _admin_connect(url)
    except Exception as exc:  # noqa: BLE001 - any failure to connect means: no server here
        pytest.skip(f"PostgreSQL store tests: cannot connect to {PG_ENV} ({exc})")
    name = f"stancemap_t_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        _drop_database(url, name)


def _drop_database(url: str, name: str) -> None:
    # FORCE may be refused while a server process of another role (autovacuum on the
    # fresh database) is attached; retry, and leave a scratch database behind rather than
    # fail a test whose assertions passed
    import time
    import warnings

    for attempt in range(5):
        try:
            with _admin_connect(url) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except Exception as exc:  # noqa: BLE001 - any refusal: wait and retry
            last = exc
            time.sleep(0.5 * (attempt + 1))
    warnings.warn(f"could not drop test database {name}: {last}", stacklevel=2)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A URL of an empty store on each database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield from _fresh_pg_database()


@pytest.fixture
def store(store_url: str):  # type: ignore[no-untyped-def]
    from stancemap.store import Store

    opened = Store(store_url)
    yield opened
    opened.close()
