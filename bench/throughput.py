"""Throughput benchmark: the bare spaCy pipeline vs the full `stancemap analyze`,
on the same texts, in one process, one after the other.

Prints one JSON line: docs/s, words/s and peak traced memory for each, and the
ratio full/bare (time per doc). "bare" is spaCy as shipped (``spacy.load`` of the
same model); stancemap's parse adds its entity ruler and swaps in its compiled
attribute ruler (same output, see src/stancemap/nlp/attribute_ruler.py). Texts: PolNeAR dev articles when ../shared is
present, else the project's own examples repeated.

Time and memory are measured in separate passes: tracemalloc hooks every Python
allocation, which slows Python-heavy stage code far more than spaCy's compiled
parse, so timing under it inflated the ratio (3.00 with it, 1.45 without, same
texts). The rounds alternate (bare, parse, full, bare, ...) so that a change in
machine load falls on all three alike; the best round of each counts. CPU time
(``time.process_time``) is reported beside wall time: on a machine shared with
other work the wall clock mostly measures the others, CPU time what a core spends.

    .venv/bin/python bench/throughput.py [--docs N] [--repeat R] [--fresh] [--stages]
        [--config C.toml] [--polnear DIR]

``--stages``: instead, the pipeline's own CPU seconds apart from the spaCy parse:
the texts are parsed once (timed), then the stages run ``--repeat`` times on those
parses (``Pipeline.run``), each stage timed by a wrapper; the best round counts.
The bare parse varies between processes by more than the stages cost (12-15
CPU-s on 40 articles), so a change in the stages is best read here. Works with
any tree that has ``Pipeline.parse``/``run`` on PYTHONPATH (session 6 onwards).

``--fresh``: each round reads texts not seen before (round r takes articles
r*N .. r*N+N-1, the warm-up the last four), as a stream does; the default repeats
the same texts, so every memo (fuzzy names, lemmas, spaCy's own lemma cache) is
warm after the first pass and new names cost nothing. In a fresh round bare and
full run first on the round's texts (each cold), then the parse alone.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear" / "dev" / "text"
SETTINGS: list[Any] = [None]  # --config: the settings the full pipeline runs under


def load_texts(n: int, skip: int = 0) -> tuple[list[str], str]:
    if POLNEAR.exists():
        files = sorted(POLNEAR.glob("*.txt"))[skip : skip + n]
        return [f.read_text("utf-8") for f in files], f"polnear-dev ({len(files)} articles)"
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    reps = max(1, n // max(1, len(texts)))
    return (texts * reps)[:n], f"project examples x{reps}"


def timed(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall seconds and CPU seconds of this process (all its threads)."""
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def traced_peak(fn) -> int:  # type: ignore[no-untyped-def]
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


class StageClock:
    """Wraps a stage callable and sums the CPU seconds spent inside it."""

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        self.fn = fn
        self.cpu = 0.0

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        c0 = time.process_time()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.cpu += time.process_time() - c0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        # later stages read the wrapped stage's state (the alignment step reads the actors
        # stage's KB); without this every document failed there and the split left the
        # alignment step out (session 63: "failures" equalled "docs")
        return getattr(self.fn, name)


def stage_split(texts: list[str], repeat: int) -> dict[str, object]:
    """CPU seconds of the parse and of each stage after it (best round of ``repeat``)."""
    import stancemap.pipeline as pipeline_module
    from stancemap import Pipeline
    from stancemap.ingest import make_document

    analyzer = Pipeline(SETTINGS[0])
    docs = [make_document(t, doc_id=str(i), date="2016-10-01") for i, t in enumerate(texts)]
    list(analyzer.run(analyzer.parse(docs[:4])))  # warm up: KB, lexicons, parser
    gc.collect()
    c0 = time.process_time()
    parsed = analyzer.parse(docs)
    parse_cpu = time.process_time() - c0
    clocks = {
        name: StageClock(getattr(analyzer, name))
        for name in ("actors", "quotes", "events", "stances")
    }
    for name, clock in clocks.items():
        setattr(analyzer, name, clock)
    for name in ("calibrate_records", "relate_document"):  # module-level steps
        if hasattr(pipeline_module, name):
            clocks[name] = StageClock(getattr(pipeline_module, name))
            setattr(pipeline_module, name, clocks[name])
    best: dict[str, float] = {}
    totals: list[float] = []
    for _ in range(repeat):
        for clock in clocks.values():
            clock.cpu = 0.0
        gc.collect()
        c0 = time.process_time()
        failures = sum(1 for r in analyzer.run(parsed) if not hasattr(r, "to_json_dict"))
        totals.append(time.process_time() - c0)
        if totals[-1] == min(totals):
            best = {name: round(clock.cpu, 3) for name, clock in clocks.items()}
    return {
        "bench": "throughput-stages",
        "docs": len(texts),
        "failures": failures,
        "parse_cpu_seconds": round(parse_cpu, 3),
        "stages_cpu_seconds": round(min(totals), 3),
        "stages_cpu_runs": [round(t, 3) for t in totals],
        "per_stage_cpu_seconds": best,
        "load_average": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--memory", action="store_true", help="also trace peak Python memory (a separate pass)"
    )
    parser.add_argument("--fresh", action="store_true", help="new texts in every round")
    parser.add_argument(
        "--stages", action="store_true", help="CPU seconds of the parse and of each stage"
    )
    parser.add_argument("--config", default=None, help="a settings TOML (rules on or off)")
    parser.add_argument("--polnear", default=None, help="a folder of PolNeAR article texts")
    args = parser.parse_args()
    if args.config:
        from stancemap.config import load_settings

        SETTINGS[0] = load_settings(args.config)
    if args.polnear:
        global POLNEAR
        POLNEAR = Path(args.polnear)
    if args.stages:
        print(json.dumps(stage_split(load_texts(args.docs)[0], args.repeat)))
        return

    import spacy

    from stancemap import Pipeline
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents, resolve_model_name

    texts, corpus = load_texts(args.docs)
    rounds = [texts] * args.repeat
    if args.fresh:
        rounds = [load_texts(args.docs, skip=r * args.docs)[0] for r in range(args.repeat)]
        if any(len(chunk) < args.docs for chunk in rounds):
            raise SystemExit(f"--fresh needs {args.docs * args.repeat} distinct texts")
        texts = load_texts(4, skip=args.docs * args.repeat)[0] or texts[:4]  # the warm-up
        corpus = f"{corpus}, a new set each round"
    words = sum(len(t.split()) for t in rounds[0])
    if args.fresh:  # times are summed over the rounds (different texts), not the best
        words = sum(len(t.split()) for chunk in rounds for t in chunk)

    analyzer = Pipeline(SETTINGS[0])  # loads the pipeline once
    nlp = analyzer.nlp
    settings = analyzer.settings.nlp
    # the baseline is spaCy as shipped: the same model loaded as spacy.load gives
    # it, without stancemap's entity ruler or its compiled attribute ruler
    stock = spacy.load(resolve_model_name(settings.model))

    current = texts

    def bare() -> None:
        for _ in stock.pipe(current, batch_size=settings.batch_size):
            pass

    def parse_only() -> None:
        for _ in parse_documents(nlp, current, settings):
            pass

    def full() -> None:
        docs = [make_document(t, doc_id=str(i), date="2016-10-01") for i, t in enumerate(current)]
        for _ in analyzer.pipe(docs):
            pass

    full()  # warm up caches (KB, lexicons) so both runs measure steady state
    list(stock.pipe(current))  # and spaCy's
    runs = (("bare_spacy", bare), ("stancemap_parse", parse_only), ("stancemap_full", full))
    if args.fresh:  # the parse alone would warm the lemma memo for the full run
        runs = (runs[0], runs[2], runs[1])
    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    for chunk in rounds:
        current = chunk
        for name, fn in runs:
            elapsed, cpu = timed(fn)
            if args.fresh:
                best[name] = best.get(name, 0.0) + elapsed
                best_cpu[name] = best_cpu.get(name, 0.0) + cpu
                continue
            best[name] = min(elapsed, best.get(name, elapsed))
            best_cpu[name] = min(cpu, best_cpu.get(name, cpu))
    results = {}
    for name, fn in runs:
        elapsed = best[name]
        texts = [t for chunk in rounds for t in chunk] if args.fresh else current
        peak = traced_peak(fn) if args.memory else 0
        results[name] = {
            "seconds": round(elapsed, 3),
            "cpu_seconds": round(best_cpu[name], 3),
            "docs_per_s": round(len(texts) / elapsed, 2),
            "words_per_s": round(words / elapsed, 1),
            "peak_traced_mb": round(peak / 2**20, 1),
        }
    line = {
        "bench": "throughput",
        "corpus": corpus,
        "docs": len(texts),
        "words": words,
        "model": stock.meta.get("name"),
        "parse_components": {n: type(c).__name__ for n, c in nlp.pipeline},
        "python": platform.python_version(),
        **results,
        "ratio_full_over_bare": round(
            results["stancemap_full"]["seconds"] / results["bare_spacy"]["seconds"], 2
        ),
        # CPU time is what a core spends per document: on a shared machine (load above
        # the core count) wall time mostly measures the other processes
        "ratio_full_over_bare_cpu": round(best_cpu["stancemap_full"] / best_cpu["bare_spacy"], 3),
        "ratio_parse_over_bare_cpu": round(best_cpu["stancemap_parse"] / best_cpu["bare_spacy"], 3),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(line))


if __name__ == "__main__":
    main()
