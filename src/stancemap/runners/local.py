"""Order-preserving multi-process analysis on one machine.

Documents go to the workers in chunks of two: at most ``2 * workers *
batch_size`` documents are in flight, so memory stays flat however long the
input stream is. Small chunks keep both workers busy to the end (eight-document
batches left one worker alone with the last batch, or idle behind a long
article that the in-order output waited for); spaCy parses a chunk's
paragraphs together, so its batching hardly changes. Each worker process
builds the pipeline once (the initializer). Results come back in input order,
identical to a single-process run: the stages are deterministic per document.

A worker that dies (segfault, out of memory, SIGKILL) breaks the pool: its
batches are retried one document at a time in a fresh pool, so only the
document that kills a worker again is reported as a failure.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from ..config import Settings
from ..ingest import Document

log = logging.getLogger(__name__)

_WORKER: Any = None  # the pipeline of this worker process
_START_ERROR: str | None = None  # why this worker could not build it


class WorkerStartError(RuntimeError):
    """A worker could not build the pipeline (bad settings or data): the run stops."""


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


DEFAULT_FACTORY = "stancemap.pipeline:Pipeline"


def load_factory(path: str) -> Any:
    """``module:callable`` -> the callable that builds a pipeline from Settings."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _load(settings: Settings, factory: str = DEFAULT_FACTORY) -> Any:
    return load_factory(factory)(settings)


def _init_worker(settings_json: str, factory: str) -> None:
    # An exception here would only break the pool, again and again; keep it
    # and raise it with the first batch so that the parent stops with it.
    global _WORKER, _START_ERROR
    try:
        _WORKER = _load(Settings.model_validate_json(settings_json), factory)
    except Exception as exc:
        _START_ERROR = f"{type(exc).__name__}: {exc}"


def _run_batch(batch: list[Document]) -> list[Any]:
    if _START_ERROR is not None:
        raise WorkerStartError(f"a worker could not load the pipeline: {_START_ERROR}")
    return list(_WORKER.pipe(batch, batch_size=len(batch)))


def _died(document: Document, exc: BaseException, what: str = "worker process died") -> Any:
    from ..pipeline import Failure

    return Failure(
        document.source or document.id,
        f"{what}: {exc!r}",
        doc_id=document.id,
        stage="worker",
    )


def analyze_stream(
    documents: Iterable[Document],
    settings: Settings | None = None,
    *,
    workers: int = 1,
    batch_size: int = 8,
    factory: str = DEFAULT_FACTORY,
    pipeline: Any = None,
    make_local: Callable[[], Any] | None = None,
) -> Iterator[Any]:
    """Yield one Analysis or Failure per document, in input order.

    ``factory`` ("module:callable") builds the pipeline from Settings in each
    worker; it must have ``pipe(documents, batch_size=N)``. ``pipeline``, if
    given, is used for work done in this process; else ``make_local()`` builds
    it when needed (else ``factory``).

    With ``workers > 1``, a stream that ends within its first ``workers *
    batch_size`` documents is analysed in this process: starting worker
    processes (each loads the model) costs more than it saves on a few
    documents. Longer streams go to the workers; this process then never loads
    a model itself.
    """
    settings = settings or Settings()
    it = iter(documents)
    head = list(islice(it, max(1, workers) * batch_size)) if workers > 1 else []
    if workers <= 1 or len(head) < workers * batch_size:
        if pipeline is not None:
            local = pipeline
        elif make_local is not None:
            local = make_local()
        else:
            local = _load(settings, factory)
        yield from local.pipe(chain(head, it), batch_size=batch_size)
        return
    rest = chain(head, it)
    chunk = min(batch_size, CHUNK)
    batches = iter(lambda: list(islice(rest, chunk)), [])
    window = max(2 * workers, 2 * workers * batch_size // chunk)
    yield from _pooled(batches, _PoolSpec(settings, workers, factory, window))


CHUNK = 2  # documents sent to a worker at a time


@dataclass(frozen=True)
class _PoolSpec:
    settings: Settings
    workers: int
    factory: str
    window: int  # chunks in flight


def _new_pool(spec: _PoolSpec) -> ProcessPoolExecutor:
    # spawn, not fork: a forked copy of a parent that already holds threads
    # (tokenizers, BLAS) can deadlock; each worker loads the model itself.
    return ProcessPoolExecutor(
        max_workers=spec.workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(spec.settings.model_dump_json(), spec.factory),
    )


def _pooled(batches: Iterator[list[Document]], spec: _PoolSpec) -> Iterator[Any]:
    pool = _new_pool(spec)
    pending: deque[tuple[list[Document], Future[list[Any]]]] = deque()
    try:
        for batch in batches:
            pending.append((batch, _submit(pool, batch)))
            while len(pending) >= spec.window:
                pool = yield from _drain_one(pending, pool, spec)
        while pending:
            pool = yield from _drain_one(pending, pool, spec)
    finally:
        pool.shutdown(cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, batch: list[Document]) -> Future[list[Any]]:
    """The batch's future; where a worker has already died, ``submit`` itself raises
    (seen under load, before the dead worker's own future was drained): the batch then
    gets a future holding that error, and ``_drain_one`` retries it like the others."""
    try:
        return pool.submit(_run_batch, batch)
    except BrokenProcessPool as exc:
        failed: Future[list[Any]] = Future()
        failed.set_exception(exc)
        return failed


def _drain_one(
    pending: deque[tuple[list[Document], Future[list[Any]]]],
    pool: ProcessPoolExecutor,
    spec: _PoolSpec,
) -> Generator[Any, None, ProcessPoolExecutor]:
    batch, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        log.warning("a worker process died; retrying its documents one by one")
        pool.shutdown(cancel_futures=True)
        retry = [batch] + [b for b, _ in pending]
        pending.clear()
        pool = _new_pool(spec)
        for docs in retry:
            for document in docs:
                pool, result = _single(pool, document, spec)
                yield result
        return pool
    except WorkerStartError:
        raise
    except Exception as exc:  # outside the pipeline's own guard (e.g. pickling a result)
        log.warning("a batch failed in its worker: %r", exc)
        for document in batch:
            yield _died(document, exc, "batch failed in its worker")
        return pool
    yield from results
    return pool


def _single(
    pool: ProcessPoolExecutor, document: Document, spec: _PoolSpec
) -> tuple[ProcessPoolExecutor, Any]:
    try:
        return pool, pool.submit(_run_batch, [document]).result()[0]
    except BrokenProcessPool as exc:
        pool.shutdown(cancel_futures=True)
        return _new_pool(spec), _died(document, exc)
    except WorkerStartError:
        raise
    except Exception as exc:
        return pool, _died(document, exc, "failed in its worker")
