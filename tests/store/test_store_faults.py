"""Faults: an ingest killed with SIGKILL at random points resumes with no lost
and no duplicated rows; readers during an ingest see whole documents only."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

from store_builders import synthetic

from stancemap.store import Store
from stancemap.store.reader import iter_analyses
from stancemap.store.writer import derived_rows

WORKER = Path(__file__).with_name("store_worker.py")


def _write_jsonl(path: Path, analyses) -> None:  # type: ignore[no-untyped-def]
    with path.open("w", encoding="utf-8") as handle:
        for analysis in analyses:
            handle.write(json.dumps(analysis.to_json_dict()) + "\n")


def _start(url: str, path: Path, *extra: str) -> subprocess.Popen:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), url, str(path), *extra],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    return worker


def _corpus(n: int, **kwargs):  # type: ignore[no-untyped-def]
    return [
        synthetic(
            f"doc-{k}", f"2024-{k % 12 + 1:02d}-{k % 28 + 1:02d}", extra_quotes=k % 4, **kwargs
        )
        for k in range(n)
    ]


def _wait_for(store: Store, documents: int, worker: subprocess.Popen) -> None:
    """Until the store holds ``documents`` documents or the worker has ended (a cap of
    60 s only stops a hung run)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and worker.poll() is None:
        if store.count("documents") >= documents:
            return
        time.sleep(0.002)


def test_a_killed_ingest_resumes_with_nothing_lost_or_doubled(store_url, tmp_path):
    analyses = _corpus(120)
    path = tmp_path / "analyses.jsonl"
    _write_jsonl(path, analyses)
    Store(store_url).close()  # create the schema once, outside the timed runs
    rng = random.Random(16)
    partial = []
    # kill points by progress, not by time: a fixed sleep lets a fast machine finish the
    # whole ingest before the first kill; each kill lands just after the store holds a
    # chosen number of documents, inside whatever transaction is open then. The watcher's
    # store is open before the worker starts, and the worker pauses 5 ms between documents:
    # on a fast CI machine an unpaced worker stored all 120 before the watcher's first read
    # ([120, 120, 120, 120] twice)
    with Store(store_url) as watcher:
        for target in sorted(rng.sample(range(1, len(analyses)), 4)):
            worker = _start(store_url, path, "--pause", "0.005")
            _wait_for(watcher, target, worker)
            worker.kill()  # SIGKILL: no cleanup, whatever transaction is open is lost
            worker.wait()
            partial.append(watcher.count("documents"))
    worker = _start(store_url, path)
    assert worker.wait(timeout=300) == 0

    assert any(0 < n < len(analyses) for n in partial), partial  # some kills hit mid-ingest
    with Store(store_url) as store:
        assert store.count("documents") == len(analyses)
        expected: dict[str, int] = {}
        for analysis in analyses:
            for table, rows in derived_rows(analysis).items():
                expected[table] = expected.get(table, 0) + len(rows)
        for table, total in expected.items():
            assert store.count(table) == total, table
        by_id = {a.document.id: a for a in analyses}
        for back in iter_analyses(store):
            original = by_id.pop(back.document.id)
            assert back.text == original.text
            assert back.quotes == original.quotes
            assert back.statements == original.statements
        assert not by_id


def test_readers_during_an_ingest_see_whole_documents(store_url, tmp_path):
    # two versions of every document; the worker keeps replacing one by the other
    first = _corpus(20)
    second = [synthetic(a.document.id, a.document.date, extra_quotes=5) for a in first]
    for a, b in zip(first, second, strict=True):
        # tell the versions apart, in the column's 64 characters (PostgreSQL enforces them)
        b.document.sha256 = a.document.sha256[:-3] + "-v2"
    path = tmp_path / "analyses.jsonl"
    _write_jsonl(path, [*first, *second])
    quotes_of = {a.document.sha256: len(a.quotes) for a in [*first, *second]}
    Store(store_url).close()
    worker = _start(store_url, path, "--replace", "--rounds", "1000")
    reads = 0
    try:
        with Store(store_url) as store:
            # a count of reads, not a time window: on a loaded machine the worker's start
            # can eat a fixed window; the cap only stops a hung run
            deadline = time.monotonic() + 60
            while reads < 60 and time.monotonic() < deadline:
                for analysis in iter_analyses(store):
                    reads += 1
                    # the document row and its quotes come from one version
                    assert len(analysis.quotes) == quotes_of[analysis.document.sha256]
                    for quote in analysis.quotes:
                        span = quote.content
                        assert analysis.text[span.start : span.end] == span.text
        still_ingesting = worker.poll() is None
    finally:
        worker.kill()
        worker.wait()
    assert reads > 20
    assert still_ingesting, "the worker ended before the reads did: they did not overlap an ingest"
