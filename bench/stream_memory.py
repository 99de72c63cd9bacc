"""Memory while streaming: is a worker's memory flat in corpus size?

Streams ``--docs`` documents (single PolNeAR paragraphs by default: many small
documents, the worst case for per-document leftovers) through
``runners.analyze_stream`` with ``--workers`` processes, and samples the
resident memory of every worker process from /proc while it runs. Reports the
peak per worker and the memory after the first tenth of the stream against the
end: a worker that keeps something per document grows between the two.

    .venv/bin/python bench/stream_memory.py [--docs 10000] [--workers 2] [--articles]
        [--distinct N]

Time is not the point here (it is measured in bench/scale.py); the numbers are
megabytes, which machine load does not change.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import load_texts  # noqa: E402


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def children(pid: int) -> list[int]:
    """Direct and indirect children of ``pid`` (the worker processes)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                kids = [int(k) for k in handle.read().split()]
        except OSError:
            continue
        for kid in kids:
            found.append(kid)
            found.extend(children(kid))
    return found


class Sampler(threading.Thread):
    """Polls every worker's RSS; keeps each worker's peak and the latest total. With one
    worker the stream runs in this process (no worker processes): this process is sampled."""

    def __init__(self, interval: float = 0.5, in_process: bool = False) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.in_process = in_process
        self.peak: dict[int, float] = {}
        self.latest: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.is_set():
            for pid in [me] if self.in_process else children(me):
                mb = rss_mb(pid)
                if mb is None:
                    continue
                self.latest[pid] = mb
                self.peak[pid] = max(self.peak.get(pid, 0.0), mb)
            self.stop.wait(self.interval)

    def workers_now(self) -> dict[int, float]:
        # the resource tracker and similar helpers stay small; workers hold the model
        return {pid: mb for pid, mb in self.latest.items() if mb > 150}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", action="store_true", help="whole articles, not paragraphs")
    parser.add_argument(
        "--distinct",
        type=int,
        default=0,
        help="cycle through this many texts (0: as many distinct ones as there are); the "
        "bounded memos fill in the first cycle, so growth after it would be a leak",
    )
    args = parser.parse_args()

    from stancemap.ingest import make_document
    from stancemap.runners import analyze_stream

    texts = load_texts(args.distinct or args.docs, paragraphs=not args.articles)
    distinct = len(set(texts))
    texts = [texts[i % len(texts)] for i in range(args.docs)]
    docs = (make_document(t, doc_id=f"m{i}", date="2016-10-01") for i, t in enumerate(texts))
    sampler = Sampler(in_process=args.workers <= 1)
    sampler.start()
    # every tenth of the stream (1k, 2k, ... 10k of 10,000): memory flat in corpus size
    # means the same peak at each; "tenth", "half" and "end" name three of them
    checkpoints = {max(1, args.docs * k // 10): f"{k}0%" for k in range(1, 11)}
    checkpoints.update({max(1, args.docs // 10): "tenth", args.docs // 2: "half", args.docs: "end"})
    at: dict[str, dict[str, float]] = {}
    started = time.perf_counter()
    count = failed = 0
    for result in analyze_stream(docs, workers=args.workers, batch_size=8):
        count += 1
        failed += type(result).__name__ == "Failure"
        if count in checkpoints:
            time.sleep(sampler.interval * 2)  # let the sampler see the workers at this point
            now = sampler.workers_now()
            at[checkpoints[count]] = {
                "docs": count,
                "max_worker_mb": round(max(now.values(), default=0.0), 1),
                "total_mb": round(sum(now.values()), 1),
                "seconds": round(time.perf_counter() - started, 1),
            }
            print(json.dumps({checkpoints[count]: at[checkpoints[count]]}), file=sys.stderr)
    sampler.stop.set()
    sampler.join()
    worker_peaks = sorted((mb for mb in sampler.peak.values() if mb > 150), reverse=True)
    report = {
        "bench": "stream_memory",
        "docs": count,
        "failed": failed,
        "kind": "articles" if args.articles else "paragraphs",
        "distinct_texts": distinct,
        "words": sum(len(t.split()) for t in texts),
        "workers": args.workers,
        "seconds": round(time.perf_counter() - started, 1),
        "peak_worker_rss_mb": [round(mb, 1) for mb in worker_peaks],
        "at": at,
        "growth_tenth_to_end_mb": round(
            at.get("end", {}).get("max_worker_mb", 0.0)
            - at.get("tenth", {}).get("max_worker_mb", 0.0),
            1,
        ),
        "load_average": os.getloadavg()[0],
        "python": platform.python_version(),
    }
    json.dump(report, sys.stdout)
    print()


if __name__ == "__main__":
    main()
