"""Web fixtures: a SQLite store of hand-built analyses, clients over it, and the
browser fixtures (``browser``, ``shots``) from ``browser.py``.

The store holds the summit pair (Ann Lee, Bob Roe) in two documents a month
for five months: agreeing January-March, opposed April-May, so the pair page
has a curve, evidence and a shift to mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install '.[web]')")

from browser import browser, shots  # noqa: E402, F401 (fixtures)
from web_support import fill_store, fresh_pg_database, make_client  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    # starlette's TestClient warns that it wraps httpx; nothing to act on here
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_store(tmp_path_factory.mktemp("web-store") / "corpus.db")


@pytest.fixture(scope="session")
def client(store_path: Path):
    """Open reading, writes switched off (no write token set)."""
    with make_client(store_path) as c:
        yield c


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_client(request: pytest.FixtureRequest, store_path: Path):
    """``client`` on each database: the SQLite store, or the same records in PostgreSQL."""
    if request.param == "sqlite":
        with make_client(store_path) as c:
            yield c
        return
    for url in fresh_pg_database():  # one database, dropped when the loop ends
        with make_client(fill_store(url)) as c:
            yield c
            c.app.state.corpus.close()
