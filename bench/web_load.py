"""Load test of the web workbench: many concurrent readers while an ingest writes.

One run, three processes, all on 127.0.0.1 only:
  - the server: ``stancemap serve`` over a fresh SQLite store seeded with
    generated analyses (no NLP: the readers and the writer, not spaCy, are measured);
  - an ingest: a second process writing new documents into the same store
    for the whole loaded phase, recording each id once its transaction commits;
  - this process: the readers (asyncio + httpx), first one reader alone with no
    ingest (the baseline), then ``--readers`` at once with the ingest running,
    then the same readers again once the ingest has stopped (``--quiet-seconds``:
    the store's query cache then serves the pair and network answers).

Reports per read endpoint p50 and p95 latency in both phases and their ratio,
errors (any non-200 or exception), and lost writes (committed ids the server
cannot show, or a document count that disagrees). Exit status 1 on any error
or lost write.

    .venv/bin/python bench/web_load.py [--readers 50] [--seconds 30] [--quiet-seconds 15] [--docs 400] [--workers 1] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"
ACTORS = [f"person:leader-{i:02d}" for i in range(16)]
ISSUES = ["tariffs", "sanctions", "grain corridor", "naval patrols", "border talks", "aid"]
EVENT_TYPES = ["AGREE", "REJECT", "ACCUSE", "SUPPORT", "CONSULT", "THREATEN"]


def name_of(actor_id: str) -> str:
    return "Leader " + actor_id.rsplit("-", 1)[1]


def make_analysis(doc_id: str, day: str, rng: random.Random) -> Any:
    """A small analysed article: 3 actors, 2 quotes, 1 event, 2 statements, 1 relation."""
    from stancemap.ingest.identity import content_sha256
    from stancemap.records import Analysis

    a, b, c = rng.sample(ACTORS, 3)
    issue = rng.choice(ISSUES)
    pa, pb = rng.choice((1, -1)), rng.choice((1, -1))
    kind = rng.choice(EVENT_TYPES)
    parts = [
        f"{name_of(a)} and {name_of(b)} meet over {issue}\n\n",
        f'{name_of(a)} said "we {"back" if pa > 0 else "oppose"} the {issue} plan" on {day}. ',
        f"{name_of(b)} {'welcomed' if pb > 0 else 'rejected'} it, {name_of(c)} said. ",
        f'{name_of(b)} said "the {issue} question is {"settled" if pb > 0 else "open"}".\n',
        f"Report {doc_id} ends here.",
    ]
    text = "".join(parts)

    def span(part: str, after: int = 0) -> dict[str, Any]:
        start = text.index(part, after)
        return {"start": start, "end": start + len(part), "text": part}

    def mentions(actor: str) -> list[dict[str, Any]]:
        name, out, at = name_of(actor), [], 0
        while (found := text.find(name, at)) >= 0:
            out.append({"start": found, "end": found + len(name), "text": name})
            at = found + len(name)
        return out

    q1_words = f"we {'back' if pa > 0 else 'oppose'} the {issue} plan"
    q2_words = f"the {issue} question is {'settled' if pb > 0 else 'open'}"
    trigger = "welcomed" if pb > 0 else "rejected"
    score = 0.8 if pa == pb else -0.8
    return Analysis.model_validate(
        {
            "document": {
                "id": doc_id,
                "sha256": content_sha256(text),
                "date": day,
                "title": parts[0].strip(),
                "language": "en",
            },
            "text": text,
            "actors": [
                {"id": x, "name": name_of(x), "type": "person", "mentions": mentions(x)}
                for x in (a, b, c)
            ],
            "quotes": [
                {"id": "q1", "kind": "direct", "content": span(q1_words), "speaker": a,
                 "confidence": 0.9},
                {"id": "q2", "kind": "direct", "content": span(q2_words), "speaker": b,
                 "confidence": 0.8},
            ],
            "events": [
                {"id": "e1", "type": kind, "trigger": span(trigger), "source": [b],
                 "target": [a], "confidence": 0.7, "date": day},
            ],
            "statements": [
                {"id": "s1", "actor": a, "issue": {"id": issue, "label": issue},
                 "polarity": pa, "evidence": ["q1"], "confidence": 0.8, "text": span(q1_words)},
                {"id": "s2", "actor": b, "issue": {"id": issue, "label": issue},
                 "polarity": pb, "evidence": ["q2"], "confidence": 0.7, "text": span(q2_words)},
            ],
            "relations": [
                {"a": min(a, b), "b": max(a, b), "agree": [issue] if pa == pb else [],
                 "disagree": [] if pa == pb else [issue], "cooperation": 0, "conflict": 1,
                 "score": score, "evidence": ["s1", "s2", "e1"]},
            ],
        }
    )  # fmt: skip


def day_of(n: int) -> str:
    return f"2025-{1 + n % 12:02d}-{1 + (n * 7) % 28:02d}"


def seed_store(path: Path, docs: int) -> None:
    from stancemap.store.core import Store

    rng = random.Random(17)
    with Store(path) as store:
        for n in range(docs):
            store.write(make_analysis(f"seed-{n:05d}", day_of(n), rng))


def run_writer(path: str, stop_file: str, log_file: str, per_second: float) -> None:
    """The ingest: write documents until ``stop_file`` appears; log each committed id."""
    from stancemap.store.core import Store

    rng = random.Random(1717)
    with Store(path) as store, open(log_file, "a", encoding="utf-8") as log:
        n = 0
        while not os.path.exists(stop_file):
            doc_id = f"ingest-{n:05d}"
            store.write(make_analysis(doc_id, day_of(n), rng))
            log.write(doc_id + "\n")
            log.flush()
            n += 1
            time.sleep(1 / per_second)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def read_targets() -> list[tuple[str, str]]:
    """(endpoint name, path) pairs a reader cycles through."""
    rng = random.Random(5)
    pairs = [tuple(sorted(rng.sample(ACTORS, 2))) for _ in range(6)]
    out: list[tuple[str, str]] = []
    for i in range(12):
        actor = ACTORS[i % len(ACTORS)]
        a, b = pairs[i % len(pairs)]
        out += [
            ("GET /api/documents", f"/api/documents?limit=20&offset={i * 20}"),
            ("GET /api/documents/{id}", f"/api/documents/seed-{i * 7:05d}"),
            ("GET /api/actors", "/api/actors?limit=20"),
            ("GET /api/actors/{id}", f"/api/actors/{actor}"),
            ("GET /api/quotes", f"/api/quotes?speaker={actor}&limit=20"),
            ("GET /api/events", f"/api/events?source={actor}&limit=20"),
            ("GET /api/relation", f"/api/relation?a={a}&b={b}&by=month"),
            ("GET /api/search", f"/api/search?q={rng.choice(ISSUES).split()[0]}&limit=20"),
            ("GET /documents/{id} (page)", f"/documents/seed-{i * 11:05d}"),
            ("GET /actors/{id} (page)", f"/actors/{actor}"),
        ]
    return out


async def reader(client: Any, targets: list[tuple[str, str]], until: float, offset: int,
                 times: dict[str, list[float]], errors: list[str]) -> None:  # fmt: skip
    i = offset
    while time.perf_counter() < until:
        name, path = targets[i % len(targets)]
        i += 1
        start = time.perf_counter()
        try:
            response = await client.get(path)
            elapsed = time.perf_counter() - start
            if response.status_code != 200:
                errors.append(f"{path}: HTTP {response.status_code} {response.text[:200]}")
                continue
            await response.aread()
        except Exception as exc:  # every failure counts, none ends the run
            errors.append(f"{path}: {type(exc).__name__}: {exc}")
            continue
        times[name].append(elapsed)


async def phase(
    base: str, readers: int, seconds: float
) -> tuple[dict[str, list[float]], list[str]]:
    import httpx

    targets = read_targets()
    times: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    limits = httpx.Limits(max_connections=readers, max_keepalive_connections=readers)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        until = time.perf_counter() + seconds
        await asyncio.gather(
            *(reader(client, targets, until, n * 7, times, errors) for n in range(readers))
        )
    return times, errors


def quantile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def summarise(times: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {
        name: {
            "n": len(values),
            "p50_ms": round(1000 * quantile(values, 0.50), 1),
            "p95_ms": round(1000 * quantile(values, 0.95), 1),
        }
        for name, values in sorted(times.items())
        if values
    }


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 300) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if httpx.get(base + "/api/actors?limit=1", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not come up")


def verify_writes(base: str, log_file: Path) -> tuple[int, list[str], int]:
    """(committed writes, ids the server cannot show, documents the server lists)."""
    import httpx

    ids = [line.strip() for line in log_file.read_text().splitlines() if line.strip()]
    missing = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for doc_id in ids:
            if client.get(f"/api/documents/{doc_id}").status_code != 200:
                missing.append(doc_id)
        listed, offset = 0, 0
        while offset is not None:
            page = client.get(f"/api/documents?limit=500&offset={offset}").json()
            listed += len(page["items"])
            offset = page["next_offset"]
    return len(ids), missing, listed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline-seconds", type=float, default=10.0)
    parser.add_argument(
        "--quiet-seconds", type=float, default=15.0, help="readers again after the ingest stops"
    )
    parser.add_argument("--docs", type=int, default=400, help="documents seeded before the run")
    parser.add_argument("--writes-per-second", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--writer", nargs=3, metavar=("STORE", "STOP", "LOG"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.writer:
        run_writer(*args.writer, per_second=args.writes_per_second)
        return

    work = Path(tempfile.mkdtemp(prefix="stancemap-web-load-"))
    store, stop, log = work / "load.db", work / "stop", work / "writes.log"
    log.touch()
    t0 = time.perf_counter()
    seed_store(store, args.docs)
    seeded_s = time.perf_counter() - t0
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    stancemap = Path(sys.executable).with_name("stancemap")
    server = subprocess.Popen(
        [
            str(stancemap),
            "serve",
            "--db",
            str(store),
            "--host",
            LOOPBACK,
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    writer = None
    try:
        wait_until_up(base, server)
        base_times, base_errors = asyncio.run(phase(base, 1, args.baseline_seconds))
        writer = subprocess.Popen(
            [sys.executable, __file__, "--writes-per-second", str(args.writes_per_second),
             "--writer", str(store), str(stop), str(log)]
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while not log.read_text().strip():  # the ingest is running once its first write lands
            if writer.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the ingest process did not start writing")
            time.sleep(0.2)
        load_times, load_errors = asyncio.run(phase(base, args.readers, args.seconds))
        stop.touch()
        if writer.wait(timeout=60) != 0:
            load_errors.append(f"the ingest process exited with {writer.returncode}")
        committed, missing, listed = verify_writes(base, log)
        # the same readers with no ingest: answers the store's query cache keeps between
        # two writes (the pair, the network) are read, not computed
        quiet_times, quiet_errors = asyncio.run(phase(base, args.readers, args.quiet_seconds))
        load_errors += quiet_errors
    finally:
        stop.touch()
        if writer is not None and writer.poll() is None:
            writer.kill()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    baseline, loaded, quiet = summarise(base_times), summarise(load_times), summarise(quiet_times)
    result = {
        "readers": args.readers,
        "server_workers": args.workers,
        "seconds": args.seconds,
        "seeded_documents": args.docs,
        "seed_seconds": round(seeded_s, 1),
        "baseline": baseline,
        "loaded": loaded,
        "p50_ratio_loaded_vs_baseline": {
            name: round(loaded[name]["p50_ms"] / baseline[name]["p50_ms"], 1)
            for name in loaded
            if name in baseline and baseline[name]["p50_ms"] > 0
        },
        "requests_per_second": round(sum(v["n"] for v in loaded.values()) / args.seconds, 1),
        "readers_without_ingest": quiet,
        "requests_per_second_without_ingest": round(
            sum(v["n"] for v in quiet.values()) / max(args.quiet_seconds, 1e-9), 1
        ),
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "errors": len(base_errors) + len(load_errors),
        "error_examples": (base_errors + load_errors)[:5],
        "writes_committed": committed,
        "writes_missing": len(missing),
        "documents_listed": listed,
        "documents_expected": args.docs + committed,
        "cpus": os.cpu_count(),
    }
    lost = len(missing) + abs(listed - (args.docs + committed))
    if args.json:
        print(json.dumps(result))
    else:
        print(f"seeded {args.docs} documents in {seeded_s:.1f} s; {args.readers} readers for "
              f"{args.seconds:.0f} s with an ingest ({committed} documents written)")  # fmt: skip
        print(f"{'endpoint':32} {'base p50':>9} {'p50':>8} {'p95':>8} {'n':>6} {'quiet p50':>10}")
        for name, row in loaded.items():
            b = baseline.get(name, {}).get("p50_ms", float("nan"))
            q = quiet.get(name, {}).get("p50_ms", float("nan"))
            print(f"{name:32} {b:9.1f} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f} {row['n']:6d} "
                  f"{q:10.1f}")  # fmt: skip
        print(f"load average {result['load_average']}")
        print(f"errors {result['errors']}, lost writes {lost}, "
              f"{result['requests_per_second']} requests/s")  # fmt: skip
        for example in result["error_examples"]:
            print("  " + example)
    if result["errors"] or lost:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
