"""A separate process that ingests analyses (JSON Lines) into a store.

Run by the crash and concurrency tests: ``python store_worker.py URL FILE
[--replace] [--rounds N]``. It prints ``ready`` once the store is open.
"""

from __future__ import annotations

import json
import sys

from stancemap.store import Store
from stancemap.store.ingest import ingest_analyses


def main(argv: list[str]) -> None:
    url, path = argv[0], argv[1]
    replace = "--replace" in argv
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 1
    store = Store(url)
    print("ready", flush=True)
    for _ in range(rounds):
        with open(path, encoding="utf-8") as handle:
            rows = ((f"{path}:{n}", json.loads(line)) for n, line in enumerate(handle, 1))
            ingest_analyses(store, rows, replace=replace)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
