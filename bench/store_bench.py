"""Store benchmark: what the store costs an ingest, and how fast it answers.

1. Ingest cost, as a ratio in one run: the same PolNeAR texts read and
   analysed alone (``analyze``), then read, analysed and written to a fresh
   store (``stancemap ingest``), alternating rounds so machine load falls on
   both alike. Also reported: the share of the ingest spent writing.
2. Query latency (p50, p95) of ``actor NAME``, ``relation A B --by month`` and
   ``shifts --since D`` on a store of ``--docs`` documents, made by replicating
   the analyses of step 1 with new ids and dates spread over two years: each
   analysis is turned into rows once, and the copies are bulk inserts of those
   rows with a new id and date (the pipeline never runs per copy). ``relation``
   and ``shifts`` are timed computed (the query cache bypassed: the first call
   after an ingest) and answered from the cache; ``relation`` also by its old
   path (the pair's documents read whole), in the same process.

Both on SQLite and, given ``--pg URL`` (a role that may create databases), on
PostgreSQL in a database of its own, dropped afterwards. Reads ../shared.

    .venv/bin/python bench/store_bench.py [--texts 50] [--docs 10000] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear" / "train" / "text"


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def _timed(func: Callable[[], Any], runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return {**_percentiles(samples), "runs": runs}


def ingest_cost(folder: Path, store_url: Callable[[], str], rounds: int) -> tuple[dict, list]:
    """Analyse alone vs ingest into a fresh store, alternating; the analyses of the last round."""
    from stancemap.config import load_settings
    from stancemap.ingest import IngestOptions, Skip, ingest
    from stancemap.records import Analysis
    from stancemap.store import Store
    from stancemap.store.ingest import Analyse, ingest_paths

    settings = load_settings(None)
    options = IngestOptions.from_settings(settings.ingest, default_date="2016-10-01")
    analyse = Analyse(settings)
    warm = [d for d in ingest([str(folder)], options)[1] if not isinstance(d, Skip)][:3]
    list(analyse(warm))  # models and tables loaded before either side is timed

    alone, stored, writing = 0.0, 0.0, 0.0
    analyses: list[Analysis] = []
    for _ in range(rounds):
        start = time.perf_counter()
        _ingester, items = ingest([str(folder)], options)
        analyses = [
            r
            for r in analyse(d for d in items if not isinstance(d, Skip))
            if isinstance(r, Analysis)
        ]
        alone += time.perf_counter() - start

        store = Store(store_url())

        def timed_write(
            analysis: Analysis, minhash: str | None = None, write: Any = store.write
        ) -> None:
            nonlocal writing
            t0 = time.perf_counter()
            write(analysis, minhash)
            writing += time.perf_counter() - t0

        store.write = timed_write  # type: ignore[method-assign]
        start = time.perf_counter()
        counts = ingest_paths(store, analyse, [str(folder)], options)
        stored += time.perf_counter() - start
        store.close()
        assert counts.stored + counts.duplicates == len(analyses) + counts.duplicates
    return {
        "documents": len(analyses),
        "rounds": rounds,
        "analyze_s": round(alone, 2),
        "ingest_s": round(stored, 2),
        "ratio": round(stored / alone, 3),
        "store_write_share": round(writing / stored, 3),
    }, analyses


PLACEHOLDER_DATE = "1111-11-11"  # stands for a copy's date inside a template's JSON


def _templates(analyses: list) -> list[dict[str, list[dict[str, Any]]]]:
    """Each analysis's rows once, its events dated with a placeholder a copy replaces."""
    from stancemap.store.writer import _document_row, derived_rows

    out = []
    for analysis in analyses:
        document = analysis.document.model_copy(update={"date": PLACEHOLDER_DATE})
        events = [e.model_copy(update={"date": PLACEHOLDER_DATE}) for e in analysis.events]
        dated = analysis.model_copy(update={"document": document, "events": events})
        rows = derived_rows(dated)
        rows["documents"] = [_document_row(document, analysis.text, None)]
        out.append(rows)
    return out


def _copy_rows(template: dict[str, list[dict[str, Any]]], n: int, when: str) -> dict[str, list]:
    """Copy ``n`` of a template: a new document id, sha256 and date in every row."""
    doc = template["documents"][0]
    doc_id = f"{doc['id']}~{n}"
    out: dict[str, list] = {}
    for table, rows in template.items():
        copies = []
        for row in rows:
            new = dict(row)
            if table == "documents":
                new["id"] = doc_id
                new["sha256"] = hashlib.sha256(f"{doc_id}:{row['sha256']}".encode()).hexdigest()
                new["date"] = when
            else:
                new["doc_id"] = doc_id
            if table == "events":
                new["date"] = when
                new["record"] = row["record"].replace(PLACEHOLDER_DATE, when)
            copies.append(new)
        out[table] = copies
    return out


def fill(url: str, analyses: list, docs: int, per_transaction: int = 500) -> float:
    """A store of ``docs`` copies of ``analyses`` (new ids, dates over two years), written
    as bulk inserts from each analysis's rows made once - the pipeline never runs again."""
    from sqlalchemy import insert

    from stancemap.store import Store
    from stancemap.store import models as m
    from stancemap.store.cache import mark_changed

    store = Store(url)
    start = time.perf_counter()
    templates = _templates(analyses)
    tables = (m.documents, *reversed(m.DERIVED))
    first = date(2022, 1, 1)
    for lo in range(0, docs, per_transaction):
        batch: dict[str, list] = {t.name: [] for t in tables}
        for n in range(lo, min(docs, lo + per_transaction)):
            when = (first + timedelta(days=n * 730 // docs)).isoformat()
            for table, rows in _copy_rows(templates[n % len(templates)], n, when).items():
                batch[table].extend(rows)
        with store.engine.begin() as connection:
            for table in tables:
                if batch[table.name]:
                    connection.execute(insert(table), batch[table.name])
            mark_changed(connection)  # as the writer does: cached answers go stale
    store.close()
    return time.perf_counter() - start


def latencies(url: str, runs: int, shift_runs: int, pair_count: int = 10) -> dict:
    """p50/p95 of ``actor``, ``relation --by month`` and ``shifts``: computed (the cache
    bypassed, as the first call after an ingest) and answered from the query cache;
    the cache is emptied first.
    ``relation`` cycles through the ``pair_count`` pairs with the most documents; its
    old path (the pair's documents read whole, then cut) is timed beside it."""
    from itertools import cycle

    from sqlalchemy import func, select

    from stancemap.alignment.timeseries import Window
    from stancemap.store import Store
    from stancemap.store import models as m
    from stancemap.store.cache import clear
    from stancemap.store.pairs import pair_corpus_from_records
    from stancemap.store.queries import actor_profile, list_actors
    from stancemap.store.timeline import relation, relation_points, shifts

    store = Store(url)
    clear(store)
    top = list_actors(store, limit=1)[0]
    r = m.relations.c
    with store.read() as connection:
        pairs = connection.execute(
            select(r.a, r.b, func.count())
            .group_by(r.a, r.b)
            .order_by(func.count().desc(), r.a, r.b)
            .limit(pair_count)
        ).all()
    pair_cycle = cycle(pairs)

    def one_relation(use_cache: bool) -> None:
        a, b, _n = next(pair_cycle)
        relation(store, a, b, by="month", use_cache=use_cache)

    def old_relation() -> None:
        a, b, _n = next(pair_cycle)
        corpus = pair_corpus_from_records(store, a, b)
        relation_points(store, corpus, a, b, Window.parse("month"))

    out: dict[str, Any] = {
        "documents": store.count("documents"),
        "actor": {"name": top.name, "documents": top.documents},
        "pairs": [{"a": a, "b": b, "documents": n} for a, b, n in pairs],
        "actor_computed_ms": _timed(lambda: actor_profile(store, top.id, use_cache=False), runs),
        "relation_by_month_computed_ms": _timed(lambda: one_relation(False), runs),
        "relation_by_month_old_path_ms": _timed(old_relation, max(2, runs // 4)),
    }
    actor_profile(store, top.id, use_cache=True)  # computed once and kept
    out["actor_cached_ms"] = _timed(lambda: actor_profile(store, top.id, use_cache=True), runs)
    for _ in pairs:
        one_relation(True)  # each pair's answer computed once and kept
    out["relation_by_month_cached_ms"] = _timed(lambda: one_relation(True), runs)
    since = "2023-01-01"
    out["shifts_computed_ms"] = _timed(
        lambda: shifts(store, since=since, use_cache=False), shift_runs
    )
    shifts(store, since=since)
    out["shifts_cached_ms"] = _timed(lambda: shifts(store, since=since), runs)
    out["shifts_found"] = len(shifts(store, since=since))
    store.close()
    return out


def _pg_database(admin_url: str) -> tuple[str, Callable[[], None]]:
    import psycopg

    name = f"stancemap_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{admin_url.rpartition('/')[0]}/{name}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=50)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--shift-runs", type=int, default=3)
    parser.add_argument("--pg", help="PostgreSQL URL of a role that may create databases.")
    parser.add_argument(
        "--keep-analyses", type=Path, help="Also write the analyses of step 1 here (JSON Lines)."
    )
    parser.add_argument("--no-sqlite", action="store_true", help="Latencies on PostgreSQL only.")
    parser.add_argument(
        "--analyses", type=Path, help="Skip step 1: replicate these analyses (JSON Lines)."
    )
    args = parser.parse_args()
    if not POLNEAR.exists():
        sys.exit(f"skipped: {POLNEAR} is absent (../shared ships only with the workspace)")
    work = Path(tempfile.mkdtemp(prefix="store-bench-"))
    folder = work / "texts"
    folder.mkdir()
    for path in sorted(POLNEAR.glob("*.txt"))[: args.texts]:
        shutil.copy(path, folder / path.name)
    result: dict[str, Any] = {
        "bench": "store",
        "texts": args.texts,
        "docs": args.docs,
        "load_average_at_start": os.getloadavg(),
    }
    try:
        counter = iter(range(1000))
        if args.analyses:
            from stancemap.records import Analysis

            lines = args.analyses.read_text("utf-8").splitlines()
            analyses = [Analysis.model_validate_json(line) for line in lines]
        else:
            cost, analyses = ingest_cost(
                folder, lambda: str(work / f"cost-{next(counter)}.db"), args.rounds
            )
            result["ingest_cost_sqlite"] = cost
            print(json.dumps(cost), file=sys.stderr)
        if args.keep_analyses:
            with args.keep_analyses.open("w", encoding="utf-8") as handle:
                for analysis in analyses:
                    handle.write(json.dumps(analysis.to_json_dict()) + "\n")
        targets = [] if args.no_sqlite else [("sqlite", str(work / "big.db"), lambda: None)]
        if args.pg:
            url, drop = _pg_database(args.pg)
            targets.append(("postgresql", url, drop))
        for name, url, drop in targets:
            try:
                seconds = fill(url, analyses, args.docs)
                found = latencies(url, args.runs, args.shift_runs)
                found["fill_s"] = round(seconds, 1)
                result[name] = found
                print(json.dumps({name: found}), file=sys.stderr)
            finally:
                drop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["load_average_at_end"] = os.getloadavg()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
