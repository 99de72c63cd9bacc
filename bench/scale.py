"""Scaling benchmark: one worker vs N, for `--workers` (processes) and Dask.

Every run analyses the same documents; the ratio of elapsed times is the
number to read (measured in one run, one after the other). Worker start-up
(loading the model in each process) is timed separately from steady state,
since a long run pays it once.

    .venv/bin/python bench/scale.py [--docs N] [--workers 2] [--dask] [--paragraphs]
        [--only local|dask] [--partition-size N] [--commands]

``--commands`` also times each ``--workers`` run as a whole command, a fresh
Python process from start to exit, as a user running ``stancemap analyze``
sees it: in this process the one-worker run finds stancemap and spaCy already
imported, while two workers still import them, so the in-process "whole run"
ratio charges start-up to the two-worker side only.

``--paragraphs`` streams single paragraphs of the PolNeAR articles instead of
whole articles: many small documents, for the memory-per-worker check
(``--docs 10000 --paragraphs``). Peak RSS per worker comes from the kernel's
accounting of the worker processes (getrusage of children; Dask workers
report their own).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear"


def load_texts(n: int, paragraphs: bool) -> list[str]:
    files = sorted(POLNEAR.glob("*/text/*.txt")) if POLNEAR.exists() else []
    if not files:
        files = sorted((ROOT / "examples").rglob("*.txt"))
    texts = [f.read_text("utf-8") for f in files]
    if paragraphs:
        texts = [p for t in texts for p in t.split("\n") if len(p.split()) >= 12]
    out = []
    while len(out) < n:
        out.extend(texts[: n - len(out)])
    return out


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_local(docs: list, workers: int) -> dict:
    from stancemap.runners import analyze_stream

    own, kids = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    first = None
    count = failed = 0
    for result in analyze_stream(docs, workers=workers, batch_size=8):
        if first is None:
            first = time.perf_counter() - started
        count += 1
        failed += type(result).__name__ == "Failure"
    elapsed = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "workers": workers,
        "seconds": round(elapsed, 2),
        # CPU seconds of this process and of the (finished) worker processes: on a loaded
        # machine the wall clock measures the others; equal totals for 1 and N workers
        # mean the work split without extra cost (start-up, transfer)
        "cpu_s": {
            "this_process": round(_cpu(resource.RUSAGE_SELF) - own, 2),
            "workers": round(_cpu(resource.RUSAGE_CHILDREN) - kids, 2),
        },
        "first_result_s": round(first or 0.0, 2),
        "steady_docs_per_s": round((count - 1) / max(1e-9, elapsed - (first or 0.0)), 2),
        "docs": count,
        "failed": failed,
        "max_worker_rss_mb": round(children, 1) if workers > 1 else None,
    }


def run_command(n: int, workers: int, paragraphs: bool) -> dict:
    """One ``--workers`` run as its own process, timed from its start to its exit."""
    import subprocess

    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import scale, json;"
        "from stancemap.ingest import make_document;"
        "texts = scale.load_texts(int(sys.argv[2]), sys.argv[4] == '1');"
        "docs = [make_document(t, doc_id=f'b{i}', date='2016-10-01') for i, t in enumerate(texts)];"
        "print(json.dumps(scale.run_local(docs, int(sys.argv[3]))))"
    )
    here = str(Path(__file__).resolve().parent)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, here, str(n), str(workers), "1" if paragraphs else "0"],
        capture_output=True,
        text=True,
        check=True,
    )
    inner = json.loads(done.stdout.strip().splitlines()[-1])
    return {"command_seconds": round(time.perf_counter() - started, 2), **inner}


def run_dask(docs: list, workers: int, out: Path, partition_size: int) -> dict:
    """Start-up (the cluster, and the pipeline loaded in every worker by the plugin,
    each warmed on one document) is timed apart from the run itself: a long run
    pays it once, and counting it in a 40-document run hid the scaling."""
    from stancemap.runners.dask_cluster import analyze_partitions, connect

    started = time.perf_counter()
    client = connect("local", workers=workers)
    try:
        analyze_partitions(docs[:workers], out / "warm", client=client, partition_size=1)
        startup = time.perf_counter() - started
        started = time.perf_counter()
        totals = analyze_partitions(docs, out / "run", client=client, partition_size=partition_size)
        elapsed = time.perf_counter() - started
        rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    finally:
        client.close()
        client.cluster.close()
    return {
        "workers": workers,
        "startup_s": round(startup, 2),
        "seconds": round(elapsed, 2),
        "partition_size": partition_size,
        "docs": totals["ok"] + totals["failed"],
        "failed": totals["failed"],
        "max_worker_rss_mb": round(max(rss.values()), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dask", action="store_true", help="also time a Dask LocalCluster")
    parser.add_argument("--paragraphs", action="store_true")
    parser.add_argument("--only", choices=["local", "dask"], default=None)
    parser.add_argument(
        "--partition-size", type=int, default=0, help="Dask documents per partition (0 = auto)"
    )
    parser.add_argument(
        "--commands", action="store_true", help="also time each --workers run as a fresh process"
    )
    args = parser.parse_args()

    import tempfile

    from stancemap.ingest import make_document

    texts = load_texts(args.docs, args.paragraphs)
    docs = [make_document(t, doc_id=f"b{i}", date="2016-10-01") for i, t in enumerate(texts)]
    report: dict = {
        "bench": "scale",
        "docs": len(docs),
        "words": sum(len(t.split()) for t in texts),
        "kind": "paragraphs" if args.paragraphs else "articles",
        "cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
    }
    if args.only in (None, "local"):
        one = run_local(docs, 1)
        many = run_local(docs, args.workers)
        report["local"] = {
            "one": one,
            "many": many,
            "speedup": round(one["seconds"] / many["seconds"], 2),
        }
        report["local"]["steady_speedup"] = round(
            many["steady_docs_per_s"] / max(1e-9, one["steady_docs_per_s"]), 2
        )
        if args.commands:
            one_cmd = run_command(args.docs, 1, args.paragraphs)
            many_cmd = run_command(args.docs, args.workers, args.paragraphs)
            report["commands"] = {
                "one": one_cmd,
                "many": many_cmd,
                "speedup": round(one_cmd["command_seconds"] / many_cmd["command_seconds"], 2),
            }
    if args.dask or args.only == "dask":
        # partitions of equal size, at least four per worker: with fewer, the last
        # partition runs alone at the end (40 documents in 8s on 2 workers: 3 rounds
        # for 2.5 rounds of work, 1.67x at best, whatever the workers do)
        size = args.partition_size or max(1, min(8, len(docs) // (4 * args.workers)))
        with tempfile.TemporaryDirectory() as tmp:
            one = run_dask(docs, 1, Path(tmp) / "one", size)
            many = run_dask(docs, args.workers, Path(tmp) / "many", size)
        report["dask"] = {
            "one": one,
            "many": many,
            "speedup": round(one["seconds"] / many["seconds"], 2),
        }
    report["load_average"] = [round(x, 2) for x in os.getloadavg()]
    json.dump(report, sys.stdout)
    print()


if __name__ == "__main__":
    main()
