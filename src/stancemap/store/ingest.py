"""Ingest into the store: documents through the pipeline, or analyses already made.

Resumable and idempotent because the store itself is the resume state: a
document whose text (sha256) is stored is skipped, and everything about it
that ingest needs - its id and MinHash - is read back, so near-duplicates of
documents from earlier runs are still linked. Each document is written in
one transaction after its analysis is complete; a run killed at any point
leaves whole documents only, and the next run does the rest. ``replace``
re-analyses documents already stored and replaces their rows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ..errors import InputError
from ..records import Analysis
from .core import Store

if TYPE_CHECKING:  # ingest (MinHash, readers) loads only when documents are read
    from ..ingest import Document, IngestOptions, Skip


@dataclass
class IngestCounts:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0

    def summary(self) -> str:
        return (
            f"stored {self.stored} documents, linked {self.duplicates} near-duplicates, "
            f"failed {self.failed}, skipped {self.skipped}"
        )


class StoreState:
    """What the ingester asks a resume state (``ingest.ResumeState``), answered by the store."""

    def __init__(self, store: Store, *, replace: bool = False) -> None:
        self.entries: dict[str, dict[str, Any]] = {}
        if not replace:
            self.entries = {row["sha256"]: row for row in store.known_documents()}
        self._signatures: dict[str, Any] = {}

    def seen(self, sha256: str) -> bool:
        return sha256 in self.entries

    def earlier(self) -> Iterator[dict[str, Any]]:
        return iter(self.entries.values())

    def remember_signature(self, doc_id: str, signature: Any) -> None:
        if signature is not None:
            self._signatures[doc_id] = signature

    def take_minhash(self, doc_id: str) -> str | None:
        from ..ingest.identity import encode_minhash

        signature = self._signatures.pop(doc_id, None)
        return encode_minhash(signature) if signature is not None else None

    def record(self, document: Document) -> None:
        """Nothing to do: the document's transaction is the record."""

    def close(self) -> None:
        """Nothing to close."""


class Analyse:
    """The library pipeline: ``stancemap.Pipeline`` when present, else ``Analyzer``."""

    def __init__(self, settings: Any) -> None:
        import stancemap

        pipeline_class = getattr(stancemap, "Pipeline", None)
        if pipeline_class is not None:
            self._run = pipeline_class(settings).pipe
        else:
            from ..analyze import Analyzer

            self._run = Analyzer(settings).analyze_documents

    def __call__(self, documents: Iterable[Document]) -> Iterator[Any]:
        return iter(self._run(documents))


def ingest_paths(
    store: Store,
    analyse: Callable[[Iterable[Document]], Iterator[Any]],
    paths: Iterable[str],
    options: IngestOptions,
    *,
    replace: bool = False,
    on_skip: Callable[[Skip], None] | None = None,
    on_stored: Callable[[Document], None] | None = None,
) -> IngestCounts:
    """Read ``paths``, analyse what is new, store each document in its own transaction."""
    from ..ingest import ResumeState, Skip, ingest

    state = StoreState(store, replace=replace)
    _ingester, items = ingest(paths, options, state=cast(ResumeState, state))
    counts = IngestCounts()
    in_flight: deque[Document] = deque()

    def skip(item: Skip) -> None:
        counts.skipped += 1
        if on_skip is not None:
            on_skip(item)

    def to_analyse() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Skip):
                skip(item)
            elif item.duplicate_of is not None:
                # linked, not analysed twice: its findings are those of the document it copies
                store.write_duplicate(item.info(), state.take_minhash(item.id))
                counts.duplicates += 1
            else:
                in_flight.append(item)
                yield item

    for result in analyse(to_analyse()):
        document = in_flight.popleft()
        if not isinstance(result, Analysis):
            counts.failed += 1
            skip(Skip(document.source or document.id, str(getattr(result, "reason", result))))
            continue
        store.write(result, state.take_minhash(document.id))
        counts.stored += 1
        if on_stored is not None:
            on_stored(document)
    return counts


def ingest_analyses(
    store: Store,
    analyses: Iterable[tuple[str, dict[str, Any]]],
    *,
    replace: bool = False,
) -> IngestCounts:
    """Store analyses made earlier (``analyze --jsonl``): (where, object) pairs."""
    known = set() if replace else {row["sha256"] for row in store.known_documents()}
    counts = IngestCounts()
    for where, obj in analyses:
        try:
            analysis = Analysis.model_validate(obj)
        except ValueError as exc:
            raise InputError(where, f"not a stancemap analysis: {exc}") from None
        if analysis.document.sha256 in known:
            counts.skipped += 1
            continue
        if analysis.document.duplicate_of is not None:
            store.write_duplicate(analysis.document)
            counts.duplicates += 1
        else:
            store.write(analysis)
            counts.stored += 1
        known.add(analysis.document.sha256)
    return counts
