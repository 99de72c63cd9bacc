"""Analysis on a Dask distributed cluster (``--dask tcp://host:8786`` or ``--dask local``).

The pipeline is loaded once per worker process by a worker plugin. Documents
are cut into numbered partitions; each partition's results are written to
``part-NNNNNN.parquet`` under the output folder, through a temporary name and
an atomic rename, so a partition retried after a worker failure (Dask
``retries``) replaces its file instead of adding rows, and a run started again
skips partitions already written. Reading the parts in name order gives the
input order.

Each row: ``doc_id``, ``source``, ``ok``, ``reason`` (of a failure) and
``analysis`` (the contract's JSON). ``read_partitions`` reads them back.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..config import Settings
from ..ingest import Document
from .local import DEFAULT_FACTORY, load_factory

_PIPELINES: dict[str, Any] = {}  # per worker process: settings digest -> pipeline

PART_PREFIX = "part-"


def _digest(settings_json: str) -> str:
    return hashlib.sha256(settings_json.encode("utf-8")).hexdigest()[:16]


def _pipeline(settings_json: str, factory: str) -> Any:
    key = _digest(settings_json + factory)
    if key not in _PIPELINES:
        _PIPELINES[key] = load_factory(factory)(Settings.model_validate_json(settings_json))
    return _PIPELINES[key]


def _plugin(settings_json: str, factory: str) -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Loads the pipeline when a worker starts, once per worker process."""

        name = f"stancemap-pipeline-{_digest(settings_json + factory)}"

        def setup(self, worker: Any) -> None:
            _pipeline(settings_json, factory)

    return PipelinePlugin()


def part_path(out_dir: Path, number: int) -> Path:
    return out_dir / f"{PART_PREFIX}{number:06d}.parquet"


def analyze_partition(
    documents: list[Document], settings_json: str, factory: str, out_dir: str, number: int
) -> dict[str, int]:
    """Run on a worker: analyse one partition and write its Parquet file atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..pipeline import Failure

    rows: dict[str, list[Any]] = {k: [] for k in ("doc_id", "source", "ok", "reason", "analysis")}
    results = _pipeline(settings_json, factory).pipe(documents, batch_size=len(documents))
    for document, result in zip(documents, results, strict=True):
        failed = isinstance(result, Failure)
        rows["doc_id"].append(document.id)
        rows["source"].append(document.source)
        rows["ok"].append(not failed)
        rows["reason"].append(result.reason if failed else None)
        rows["analysis"].append(None if failed else result.model_dump_json())
    final = part_path(Path(out_dir), number)
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    pq.write_table(pa.table(rows), tmp)
    os.replace(tmp, final)
    return {"partition": number, "ok": sum(rows["ok"]), "failed": len(documents) - sum(rows["ok"])}


def analyze_batch(documents: list[Document], settings_json: str, factory: str) -> list[Any]:
    """Run on a worker: one partition's results, returned instead of written."""
    from ..pipeline import Failure

    out: list[Any] = []
    results = _pipeline(settings_json, factory).pipe(documents, batch_size=len(documents))
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, Failure):
            out.append(result)
        else:  # JSON crosses the wire faster and safer than a pickled model
            out.append((document.id, result.model_dump_json()))
    return out


def stream_results(
    documents: Iterable[Document],
    settings: Settings | None = None,
    *,
    client: Any,
    partition_size: int = 16,
    retries: int = 2,
    factory: str = DEFAULT_FACTORY,
    decode: Callable[[str], Any] | None = None,
) -> Iterator[Any]:
    """One Analysis or Failure per document, in input order, analysed on the cluster.

    For writing to a store from this process (``stancemap ingest --dask``):
    at most two partitions per worker are in flight, so memory stays flat.
    ``decode`` turns a result's JSON back into a record (default: ``Analysis``).
    """
    from collections import deque

    from ..records import Analysis

    decode = decode or Analysis.model_validate_json
    settings = settings or Settings()
    settings_json = settings.model_dump_json()
    client.register_plugin(_plugin(settings_json, factory))
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    it = iter(documents)
    pending: deque[Any] = deque()
    for batch in iter(lambda: list(islice(it, partition_size)), []):
        pending.append(
            client.submit(analyze_batch, batch, settings_json, factory, retries=retries, pure=False)
        )
        while len(pending) > 2 * workers:
            yield from _decoded(pending.popleft().result(), decode)
    while pending:
        yield from _decoded(pending.popleft().result(), decode)


def _decoded(items: list[Any], decode: Callable[[str], Any]) -> Iterator[Any]:
    for item in items:
        yield decode(item[1]) if isinstance(item, tuple) else item


def connect(address: str | None, workers: int) -> Any:
    """A Client: a LocalCluster of ``workers`` processes for ``local``, else the scheduler."""
    from distributed import Client, LocalCluster

    if address in (None, "", "local"):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        return Client(cluster)
    return Client(address)


def analyze_partitions(
    documents: Iterable[Document],
    out_dir: Path,
    settings: Settings | None = None,
    *,
    client: Any,
    partition_size: int = 32,
    retries: int = 2,
    factory: str = DEFAULT_FACTORY,
    progress: Callable[[dict[str, int]], None] | None = None,
) -> dict[str, int]:
    """Analyse every document on the cluster; returns totals (partitions, ok, failed, skipped)."""
    from distributed import as_completed

    settings = settings or Settings()
    settings_json = settings.model_dump_json()
    out_dir.mkdir(parents=True, exist_ok=True)
    client.register_plugin(_plugin(settings_json, factory))
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    totals = {"partitions": 0, "ok": 0, "failed": 0, "skipped": 0}
    it = iter(documents)
    numbered = enumerate(iter(lambda: list(islice(it, partition_size)), []))
    queue = as_completed()
    in_flight = 0

    def submit_next() -> bool:
        for number, batch in numbered:
            totals["partitions"] += 1
            if part_path(out_dir, number).exists():  # written by an earlier run
                totals["skipped"] += len(batch)
                continue
            key = f"stancemap-part-{number}-{_digest(settings_json)}-{os.getpid()}"
            queue.add(
                client.submit(
                    analyze_partition,
                    batch,
                    settings_json,
                    factory,
                    str(out_dir),
                    number,
                    key=key,
                    retries=retries,
                    pure=False,
                )
            )
            return True
        return False

    for _ in range(2 * workers):
        in_flight += submit_next()
    while in_flight:
        done = next(queue)
        in_flight -= 1
        summary = done.result()
        totals["ok"] += summary["ok"]
        totals["failed"] += summary["failed"]
        if progress is not None:
            progress(summary)
        in_flight += submit_next()
    return totals


def read_partitions(out_dir: Path) -> Iterator[dict[str, Any]]:
    """The rows of every partition, in input order."""
    import pyarrow.parquet as pq

    for path in sorted(out_dir.glob(f"{PART_PREFIX}*.parquet")):
        yield from pq.read_table(path).to_pylist()
