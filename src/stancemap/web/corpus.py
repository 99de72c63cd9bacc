"""The store as the web front sees it: open it, save an analysis, read one back."""

from __future__ import annotations

import os

from ..errors import NotFoundError
from ..records import Analysis
from ..store.core import Store
from ..store.reader import load_analysis
from .queries_extra import duplicate_target


class WebCorpus:
    """A ``Store`` plus the two whole-document operations the pages need."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, analysis: Analysis) -> None:
        """Store (or replace) one analysis in one transaction."""
        self.store.write(analysis)

    def analysis(self, doc_id: str) -> Analysis:
        """A stored document's analysis; a near-duplicate gives the one it copies."""
        found = load_analysis(self.store, doc_id)
        if found is None:
            target = duplicate_target(self.store, doc_id)
            if target is not None and target != doc_id:
                found = load_analysis(self.store, target)
        if found is None:
            raise NotFoundError(f"no document '{doc_id}' in the store")
        return found

    def close(self) -> None:
        self.store.close()


def open_corpus(url: str | os.PathLike[str] | None) -> WebCorpus:
    """The store at ``url`` (a path, a database URL, or None for the default)."""
    return WebCorpus(Store(url))
