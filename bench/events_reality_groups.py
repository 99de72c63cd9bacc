"""Fit the drop threshold of the learned reality per type and mode group by the net objective.

Rule ``events.reality.group_thresholds`` (session 44, engineer TH). The shipped drop
thresholds (one threshold 0.14 of the session-28 fit; 0.20 / 0.22 for the five low types of
``reality_types.json`` by mode group, ``reality_modes.json``) were chosen on session 28's fit
by a precision bar, never by what the project counts. This script chooses them, on TUNE data
only, to maximise the lead's net objective against the shipped thresholds:

    net = (not-right readings dropped) + (right readings kept that were dropped)
          - (not-right readings kept that were dropped) - 3 x (right readings dropped)

where "right" is a judged real-news tune reading with verdict right (or a real PLOVER /
W4 / W6 / W15 wire tune event), "not-right" a wrong-type or no-event reading (or a PLOVER /
wire tune event the gold does not have). The census readings and gold events are those of
``bench/events_reality_fit.py collect`` (its cache). Each reading's score is its
out-of-fold probability (a model of the fit's feature set, fitted by ``events_reality_fit``
without the reading's article fold: 5 folds by a hash of the article id), so the thresholds
are chosen on scores like those of an article the model never saw; gold events always train
and score under the model fitted on everything.

Cells: a type x mode group (``reality.mode_group``: asserted / marked) with at least
``--min-count`` judged census readings in the training data gets its own threshold; every
other reading gets the global threshold (the one that maximises the net over all). Ties go to
the threshold nearest the shipped one (global) or the global one (a cell).

- ``cv`` estimates the net by cross-validation BY ARTICLE (outer folds = the same article
  hash; ``--repeats`` salts), per granularity (global only, low types x mode, type x mode) and
  minimum count, for the shipped feature set (the session-28 fit, ``s27+poll``) and the
  session-43 one (``s27+poll+sense1``, ``events.reality.refit_s43``): the sum over held-out
  folds and the spread over folds and salts.
- ``table`` writes the compact table (``bench/data/reality_groups_table.jsonl``, versioned:
  per reading its article fold, type, mode group, verdict / label, out-of-fold score under
  each fit and the shipped decision) from the cache (needs scikit-learn).
- ``write`` fits on the whole table and writes ``data/events/reality_groups.json``, which
  ``events/reality.py`` reads; pure Python, deterministic (tests/events/test_reality_groups.py
  checks the file equals its output).

    python bench/events_reality_fit.py collect --cache /tmp/reality.json
    python bench/events_reality_groups.py cv --cache /tmp/reality.json
    python bench/events_reality_groups.py table --cache /tmp/reality.json
    python bench/events_reality_groups.py write

Session 45 (engineer TH), rule ``events.reality.group_thresholds_sized``: the thresholds
hold on a document of at least ``min_sentences`` sentences only. The census readings come
from judged news articles of 3 to 213 sentences, the gold rows from one-sentence records;
the cells are counted on the census alone. ``sizes`` writes each judged tune article's
sentence count as the pipeline parses it (``bench/data/reality_groups_sizes.json``);
``cut`` prints the net by cut; ``write`` takes the largest cut that keeps the census net of
every fit whole (the fit applied over the range of article sizes it was fitted on):

    python bench/events_reality_groups.py sizes
    python bench/events_reality_groups.py cut
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "stancemap" / "data" / "events" / "reality_groups.json"
TABLE = ROOT / "bench" / "data" / "reality_groups_table.jsonl"
SIZES = ROOT / "bench" / "data" / "reality_groups_sizes.json"
VERSION = "2026.12.7"
TOP = 0.4  # the highest threshold tried (cv --top compares)
GRID = [round(0.01 * n, 2) for n in range(2, 61)]
# the fit name -> the feature set of events_reality_fit.py it was fitted with, and its C
FITS = {"s28": ("s27+poll", 0.1), "s43": ("s27+poll+sense1", 0.1)}
GRANULARITIES = ("global", "low", "type")
MIN_COUNT = 40
GRANULARITY = "type"
LOST = 3  # a right reading lost counts three not-right ones
Item = dict[str, Any]


def _fit_module() -> Any:
    path = ROOT / "bench" / "events_reality_fit.py"
    spec = importlib.util.spec_from_file_location("events_reality_fit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _feature(features: dict[str, float], prefix: str, default: str) -> str:
    return next((k.removeprefix(prefix) for k in features if k.startswith(prefix)), default)


def shipped_threshold(features: dict[str, float]) -> float:
    """The drop threshold the shipped rules give a reading of the session-28 fit (its type,
    mode and sides: ``events.reality.type_thresholds``, ``..._two_sided_kept``,
    ``..._asserted_only`` and ``events.reality.mode_thresholds`` on)."""
    from stancemap.events import reality

    kind = _feature(features, "type:", "?")
    mode = _feature(features, "mode:", "plain")
    modality = None if mode in ("plain", "subtype") else mode
    two_sided = bool(features.get("has_both")) and modality not in reality.MARKED
    return reality.threshold_of(reality.model("s28"), modality, False, kind, not two_sided, True)


def make_table(items: list[Item]) -> list[Item]:
    """The compact rows: fold, type, mode group, outcome, out-of-fold score per fit, and
    whether the shipped thresholds keep the reading (its session-28-set score)."""
    from stancemap.events import reality

    fitmod = _fit_module()
    scores: dict[str, list[float]] = {}
    for name, (feature_set, c) in FITS.items():
        leave = fitmod.SETS[feature_set]
        oof = fitmod.out_of_fold(items, leave, c)
        weights, intercept = fitmod.fit(items, leave, c)
        scores[name] = [
            oof[n] if i["group"] not in fitmod.GOLD else
            fitmod.predict(weights, intercept, i["features"])
            for n, i in enumerate(items)
        ]  # fmt: skip
    rows = []
    for n, i in enumerate(items):
        feats = i["features"]
        gold = i["group"] in fitmod.GOLD
        mode = _feature(feats, "mode:", "plain")
        right = (i["label"] in (1, "1")) if gold else i.get("verdict") == "right"
        rows.append(
            {
                "fold": "gold" if gold else fitmod.fold_of(i["group"]),
                "article": None if gold else i["group"],
                "type": _feature(feats, "type:", "?"),
                "mode": reality.mode_group(None if mode in ("plain", "subtype") else mode),
                "right": bool(right),
                "verdict": i.get("verdict") if not gold else ("gold" if right else "not_gold"),
                "shipped": shipped_threshold(feats),
                **{f"p_{name}": round(scores[name][n], 4) for name in FITS},
            }
        )
    return rows


def gain(row: Item, kept: bool, base_kept: bool) -> int:
    """The net of one reading against the shipped decision."""
    if kept == base_kept:
        return 0
    if row["right"]:
        return 1 if kept else -LOST
    return -1 if kept else 1


def base_kept(row: Item) -> bool:
    """Whether the shipped thresholds keep the reading (under the session-28 fit)."""
    return bool(row["p_s28"] >= row["shipped"])


def cell_of(row: Item, granularity: str) -> str:
    from stancemap.events import reality

    if granularity == "global":
        return "all"
    if granularity == "low":
        kind = "low" if row["type"] in reality.type_thresholds() else "other"
        return f"{kind}|{row['mode']}"
    return f"{row['type']}|{row['mode']}"


def best(rows: list[Item], fit: str, prefer: float) -> tuple[float, int]:
    """The grid threshold of the highest net over these rows (ties: nearest ``prefer``)."""
    key = f"p_{fit}"
    scored = []
    for t in GRID:
        if t > TOP:
            break
        net = sum(gain(r, r[key] >= t, base_kept(r)) for r in rows)
        scored.append((net, -abs(t - prefer), t))
    net, _, t = max(scored)
    return t, net


def fit_thresholds(rows: list[Item], fit: str, granularity: str, min_count: int) -> dict[str, Any]:
    """The global threshold and each cell's (a cell of at least ``min_count`` judged census
    readings), fitted on these rows."""
    shipped_one = float(_fitted(fit).get("threshold", 0.14))
    glob, _ = best(rows, fit, shipped_one)
    cells: dict[str, float] = {}
    if granularity != "global":
        census = Counter(cell_of(r, granularity) for r in rows if r["fold"] != "gold")
        for cell, count in sorted(census.items()):
            if count < min_count:
                continue
            here = [r for r in rows if cell_of(r, granularity) == cell]
            t, _ = best(here, fit, glob)
            if t != glob:
                cells[cell] = t
    return {"threshold": glob, "cells": cells}


def _fitted(fit: str) -> dict[str, Any]:
    from stancemap.events import reality

    return reality.model(fit)


def threshold_for(row: Item, fitted: dict[str, Any], granularity: str) -> float:
    return float(fitted["cells"].get(cell_of(row, granularity), fitted["threshold"]))


def evaluate(rows: list[Item], fit: str, fitted: dict[str, Any], granularity: str) -> Counter[str]:
    """The held-out tally against the shipped decision: not-right dropped / kept anew, right
    lost / gained, and the net."""
    out: Counter[str] = Counter()
    for r in rows:
        kept = r[f"p_{fit}"] >= threshold_for(r, fitted, granularity)
        was = base_kept(r)
        if kept == was:
            continue
        what = "right" if r["right"] else "not_right"
        out[f"{what}_{'gained' if kept else 'dropped'}"] += 1
        out["net"] += gain(r, kept, was)
    return out


def salted(rows: list[Item], salt: int) -> list[Item]:
    """The rows dealt into other outer folds (``salt`` > 0: another hash of the article)."""
    if not salt:
        return rows
    fitmod = _fit_module()
    return [
        r if r["fold"] == "gold" else {**r, "fold": fitmod.fold_of(r["article"], salt)}
        for r in rows
    ]


def cv(rows: list[Item], repeats: int, min_counts: list[int]) -> None:
    """The net by cross-validation by article, per fit, granularity and minimum count."""
    print(
        "net against the shipped thresholds (session-28 fit), held-out article folds; "
        "components summed over the folds, mean over salts; spread = sd of the fold nets"
    )
    options = [("global", 0)] + [(g, m) for g in GRANULARITIES[1:] for m in min_counts]
    for fit in FITS:
        # the fit's own shipped decision, as a reference (s28: 0 by construction)
        for granularity, min_count in options:
            totals: Counter[str] = Counter()
            fold_nets: list[int] = []
            salt_nets: list[int] = []
            for salt in range(repeats):
                here = salted(rows, salt)
                salt_net = 0
                for fold in range(5):
                    train = [r for r in here if r["fold"] != fold]
                    test = [r for r in here if r["fold"] == fold]
                    fitted = fit_thresholds(train, fit, granularity, min_count)
                    got = evaluate(test, fit, fitted, granularity)
                    totals.update(got)
                    fold_nets.append(got["net"])
                    salt_net += got["net"]
                salt_nets.append(salt_net)
            mean = {k: round(v / repeats, 1) for k, v in totals.items()}
            print(
                f"{fit} {granularity:<6} min {min_count:<3} net {statistics.mean(salt_nets):+.1f} "
                f"(salts {min(salt_nets)}..{max(salt_nets)}, fold sd "
                f"{statistics.pstdev(fold_nets):.1f}): not-right dropped "
                f"{mean.get('not_right_dropped', 0)}, not-right kept anew "
                f"{mean.get('not_right_gained', 0)}, right lost {mean.get('right_dropped', 0)}, "
                f"right gained {mean.get('right_gained', 0)}"
            )
        whole = fit_thresholds(rows, fit, GRANULARITY, MIN_COUNT)
        print(f"  {fit} fitted on all ({GRANULARITY}, min {MIN_COUNT}): {whole}")


def read_sizes(path: Path = SIZES) -> dict[str, int]:
    """Each judged tune article's sentence count (``sizes``); {} where the file is absent."""
    if not path.exists():
        return {}
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return {str(k): int(v) for k, v in loaded["sentences"].items()}


def size_of(row: Item, sizes: dict[str, int]) -> int:
    """The sentences of a row's document: a gold row's is one PLOVER / wire record (one
    sentence, ``sizes``), a census row's its article's."""
    return 1 if row["fold"] == "gold" else sizes[row["article"]]


def census_net(
    rows: list[Item], fitted: dict[str, Any], fit: str, sizes: dict[str, int], cut: int
) -> int:
    """The net of the census rows of articles of at least ``cut`` sentences."""
    net = 0
    for r in rows:
        if r["fold"] == "gold" or size_of(r, sizes) < cut:
            continue
        net += gain(r, r[f"p_{fit}"] >= threshold_for(r, fitted, GRANULARITY), base_kept(r))
    return net


def choose_cut(rows: list[Item], fits: dict[str, Any], sizes: dict[str, int]) -> int:
    """The largest document size (sentences) from which the thresholds apply that keeps the
    census net of every fit whole: the fit is used over the article sizes its net comes from,
    never below them (1 where there are no sizes)."""
    if not sizes:
        return 1
    top = max(sizes.values())
    cut = top
    for fit, fitted in fits.items():
        whole = census_net(rows, fitted, fit, sizes, 1)
        here = max(c for c in range(1, top + 1) if census_net(rows, fitted, fit, sizes, c) == whole)
        cut = min(cut, here)
    return cut


def sizes_now() -> dict[str, int]:
    """The sentence count of each judged tune article, as the pipeline parses it."""
    from stancemap.config import load_settings
    from stancemap.evaluate.judged_news import Articles
    from stancemap.evaluate.news_file import read_judged
    from stancemap.nlp.pipeline import parse_documents
    from stancemap.pipeline import Pipeline

    fitmod = _fit_module()
    pipeline = Pipeline(load_settings())
    articles = Articles(fitmod.shared_root(None) / "gold" / "polnear")
    stems = sorted({j["article"] for path in fitmod.CENSUS for j in read_judged(path)[1]})
    out = {}
    for stem in stems:
        text = articles.text(stem)
        if text is None:
            raise FileNotFoundError(stem)
        document = pipeline._document({"text": text}, stem)
        settings = pipeline.settings.nlp
        parsed = parse_documents(
            pipeline.nlp, [document.text], settings, headlines=pipeline._headlines
        )
        out[stem] = sum(1 for _ in next(iter(parsed)).sents)
    return out


def write(rows: list[Item], out: Path = OUT) -> dict[str, Any]:
    fits = {fit: fit_thresholds(rows, fit, GRANULARITY, MIN_COUNT) for fit in FITS}
    fitted = {
        "about": (
            "events.reality.group_thresholds: the drop threshold of the learned reality by "
            "event type x mode group (asserted / marked) for a cell of at least min_count judged "
            "tune readings, else the global one; chosen per fit to maximise the net (not-right "
            "dropped + right kept - not-right kept - 3 x right lost, against the shipped "
            "thresholds) on out-of-fold scores of the judged real-news tune census "
            "(bench/data/realnews/events_tune_*.jsonl) and the PLOVER dev / W4 / W6 / W15 tune "
            "events, by bench/events_reality_groups.py write (from "
            "bench/data/reality_groups_table.jsonl)"
        ),
        "version": VERSION,
        "granularity": GRANULARITY,
        "min_count": MIN_COUNT,
        "lost_weight": LOST,
        "top": TOP,
        "rows": len(rows),
        "census_rows": sum(1 for r in rows if r["fold"] != "gold"),
        # events.reality.group_thresholds_sized (session 45): from this document size up
        "min_sentences": choose_cut(rows, fits, read_sizes()),
        "fits": fits,
    }
    if out is not None:
        out.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
    return fitted


def set_top(top: float | None) -> None:
    global TOP
    if top is not None:
        TOP = top


def read_table(path: Path = TABLE) -> list[Item]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["cv", "table", "write", "sizes", "cut"])
    parser.add_argument("--cache", type=Path, help="events_reality_fit.py collect's cache")
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--repeats", type=int, default=3, help="fold deals (cv)")
    parser.add_argument("--top", type=float, default=None, help="highest threshold tried")
    parser.add_argument("--min-counts", default="25,40,80", help="cell minimum counts (cv)")
    args = parser.parse_args(argv)
    if args.command == "table":
        items = json.loads(args.cache.read_text("utf-8"))
        rows = make_table(items)
        args.table.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
        print(f"{len(rows)} rows -> {args.table}")
        return 0
    if args.command == "sizes":
        sizes = sizes_now()
        about = "sentences of each judged tune article (bench/events_reality_groups.py sizes)"
        SIZES.write_text(
            json.dumps({"about": about, "sentences": sizes}, indent=0, sort_keys=True) + "\n"
        )
        print(f"{len(sizes)} articles -> {SIZES}")
        return 0
    rows = read_table(args.table)
    set_top(args.top)
    if args.command == "cut":
        sizes = read_sizes()
        fits = {fit: fit_thresholds(rows, fit, GRANULARITY, MIN_COUNT) for fit in FITS}
        for fit, fitted in fits.items():
            gold = sum(
                gain(r, r[f"p_{fit}"] >= threshold_for(r, fitted, GRANULARITY), base_kept(r))
                for r in rows
                if r["fold"] == "gold"
            )
            nets = {
                c: census_net(rows, fitted, fit, sizes, c)
                for c in (1, 2, 3, 4, 5, 6, 7, 8, 10, 15, 20)
            }
            print(f"{fit}: gold rows (one sentence) net {gold:+d}; census net by cut {nets}")
        print(f"cut (largest keeping every census net whole): {choose_cut(rows, fits, sizes)}")
        return 0
    if args.command == "cv":
        cv(rows, args.repeats, [int(m) for m in args.min_counts.split(",")])
        return 0
    fitted = write(rows)
    print(f"wrote {OUT}: {json.dumps(fitted['fits'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
