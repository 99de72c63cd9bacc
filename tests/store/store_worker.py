"""A separate process that ingests analyses (JSON Lines) into a store.

Run by the crash and concurrency tests: ``python store_worker.py URL FILE
[--replace] [--rounds N] [--pause SECONDS]``. It prints ``ready`` once the store
is open. ``--pause`` waits between documents: the crash test must kill a worker
mid-ingest, and a fast machine otherwise stores all of a small corpus before
the test's watcher has read the store once.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Any

from stancemap.store import Store
from stancemap.store.ingest import ingest_analyses


def main(argv: list[str]) -> None:
    url, path = argv[0], argv[1]
    replace = "--replace" in argv
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 1
    pause = float(argv[argv.index("--pause") + 1]) if "--pause" in argv else 0.0
    store = Store(url)
    print("ready", flush=True)
    for _ in range(rounds):
        with open(path, encoding="utf-8") as handle:
            rows = ((f"{path}:{n}", json.loads(line)) for n, line in enumerate(handle, 1))
            ingest_analyses(store, _paced(rows, pause), replace=replace)
    print("done", flush=True)


def _paced(rows: Iterator[tuple[str, Any]], pause: float) -> Iterator[tuple[str, Any]]:
    for row in rows:
        if pause:
            time.sleep(pause)
        yield row


if __name__ == "__main__":
    main(sys.argv[1:])
