"""Shared helpers of the web tests: tokens, the drifting store's contents, clients."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def fill_store(path: Path) -> Path:
    from stancemap.store.core import Store

    with Store(path) as store:
        for item in drifting_analyses():
            store.write(item)
    return path


def web_settings(**web: object) -> Settings:
    return load_settings(overrides={"web": web} if web else None)


def make_client(
    store_path: Path | None, settings: Settings | None = None, analyzer: Any = None
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
