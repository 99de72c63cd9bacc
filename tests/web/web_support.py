"""Shared helpers of the web tests: tokens, the drifting store's contents, clients."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_builders import summit

from stancemap.config import Settings, load_settings
from stancemap.records import Analysis

WRITE_TOKEN = "w-" + "s3cret-write-token"
READ_TOKEN = "r-" + "s3cret-read-token"


def drifting_analyses() -> list[Analysis]:
    """Ann Lee and Bob Roe, two documents a month: agreeing Jan-Mar, opposed Apr-May."""
    return [
        summit(f"summit-{month:02d}-{day:02d}", f"2025-{month:02d}-{day:02d}", agree=month <= 3)
        for month in range(1, 6)
        for day in (5, 20)
    ]


def fill_store(path: Path | str) -> Path | str:
    """``path`` (a SQLite file or a database URL) holding the drifting analyses."""
    from stancemap.store.core import Store

    with Store(path) as store:
        for item in drifting_analyses():
            store.write(item)
    return path


def web_settings(**web: object) -> Settings:
    return load_settings(overrides={"web": web} if web else None)


def make_client(
    store_path: Path | str | None, settings: Settings | None = None, analyzer: Any = None
) -> Any:
    from fastapi.testclient import TestClient

    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    corpus = open_corpus(store_path) if store_path is not None else None
    app = create_app(settings or web_settings(), corpus=corpus, analyzer=analyzer)
    return TestClient(app)


class EchoPipeline:
    """Stands in for ``stancemap.Pipeline`` where the web layer, not the NLP, is tested:
    every document comes back analysed with its text and no findings."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def pipe(self, documents: Any, batch_size: int = 32) -> Any:
        for document in documents:
            self.seen.append(document.text)
            yield Analysis(document=document.info(), text=document.text)


PG_ENV = "STANCEMAP_TEST_PG_URL"


def fresh_pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for one fixture (dropped afterwards); skips,
    saying why, where no server is configured or reachable (``.ci/run`` starts one)."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL web tests need a server: set {PG_ENV} (.ci/run does)")
    try:
        import psycopg

        admin = psycopg.connect(url, autocommit=True)
    except Exception as exc:  # any failure to connect means: no server here
        pytest.skip(f"PostgreSQL web tests: cannot connect to {PG_ENV} ({exc})")
    name = f"stancemap_w_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{url.rpartition('/')[0]}/{name}"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
