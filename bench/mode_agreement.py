"""The tree's event mode against the judge's ``mode_seen`` on the readable real-news tune files.

Issue 12 asks that historical background, hypotheticals and fears be marked. The judged tune
files ``bench/data/realnews/events_tune_s29.jsonl`` and ``events_tune_s31.jsonl`` carry, for
each judged event, the mode the judge saw (``mode_seen``: asserted, historical, hypothetical,
reported, negated, planned, future; s29 also "intent (...)" and "asserted (...)" with a note).
This script analyses those articles with the tree (any settings file), records every coded
event *before* the learned reality threshold (``events.reality.RECORDER``, as
``bench/events_reality_fit.py`` does) and matches each judged item to the event coded at its
trigger span. It prints:

- a confusion table: the tree's mode (asserted, historical, hypothetical, future, negated)
  against the judge's, per file and pooled, with the items the tree no longer codes apart;
- agreement: a cell agrees when both say the act is real or both say it is not (real: the
  judge's asserted, historical, reported or a stated intent, the tree's asserted or
  historical; not real: the judge's hypothetical, planned, future, negated, the tree's
  hypothetical, future, negated), and exactly (the same mode, future ~ planned ~ intent);
- the precision of what the tree reads as asserted (no mode, or historical): the share of
  those the judge also saw as real;
- with ``--show``, every disagreement (tune files only: they are readable).

    PYTHONPATH=src python bench/mode_agreement.py [--config off.toml] [--show] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT / "bench" / "data" / "realnews"
# the tune files whose mode_seen is a judge's reading of the act's mode (s28's field holds
# the tree's own mode; s27's only asserted / hypothetical / negated)
FILES = ("events_tune_s29.jsonl", "events_tune_s31.jsonl")
TREE_MODES = ("asserted", "historical", "hypothetical", "future", "negated", "uncoded")
JUDGE_MODES = (
    "asserted",
    "historical",
    "reported",
    "intent",
    "planned",
    "future",
    "hypothetical",
    "negated",
)
# what the judge reads as an act that took place (a stated intent is itself an act)
JUDGE_REAL = frozenset({"asserted", "historical", "reported", "intent"})
TREE_REAL = frozenset({"asserted", "historical"})
# the same mode under two names
SAME = {
    ("future", "planned"),
    ("future", "intent"),
    ("asserted", "reported"),
}


def judge_mode(seen: str) -> str:
    """The judge's mode without its note ("intent (act of stating intent is real)")."""
    return seen.split(" ")[0]


def tree_mode(modality: str | None) -> str:
    """The tree's event mode (``Coded.modality``); a subtype or nothing is asserted."""
    return modality if modality in TREE_MODES else "asserted"


def agrees(tree: str, judge: str) -> bool:
    """Both read the act as real, or both as not real; a stated intent ("said they would
    support X", coded as an intent to) agrees with the tree's future too."""
    if judge == "intent" and tree == "future":
        return True
    return (tree in TREE_REAL) == (judge in JUDGE_REAL)


def exactly(tree: str, judge: str) -> bool:
    return tree == judge or (tree, judge) in SAME


def record_modes(
    pipeline: Any, stem: str, text: str
) -> tuple[dict[tuple[int, int], list[Any]], set[tuple[int, int]]]:
    """Every event the tree codes in one article before the reality threshold, by trigger
    span (as (type, modality)), and the trigger spans of the events it keeps."""
    from stancemap.evaluate.judged_news import analyse
    from stancemap.events import reality

    coded: dict[tuple[int, int], list[Any]] = {}

    def record(doc: Any, item: Any, feats: dict[str, float]) -> None:
        shift = 0 if doc.text == text else max(text.find(doc.text[:300]), 0)
        start, end = item.trigger
        coded.setdefault((start + shift, end + shift), []).append((item.type, item.modality))

    reality.RECORDER = record
    try:
        result = analyse(pipeline, stem, text)
    finally:
        reality.RECORDER = None
    kept = {(e["trigger"]["start"], e["trigger"]["end"]) for e in result.get("events", [])}
    return coded, kept


def collect(config: str | None, files: tuple[str, ...] = FILES) -> list[dict[str, Any]]:
    """One row per judged item of the files that has a ``mode_seen``."""
    from stancemap.config import load_settings
    from stancemap.evaluate.judged_news import Articles
    from stancemap.evaluate.news_file import read_judged
    from stancemap.pipeline import Pipeline

    pipeline = Pipeline(load_settings(config))
    articles = Articles()
    rows: list[dict[str, Any]] = []
    for name in files:
        _, judged = read_judged(REALNEWS / name)
        by_article: dict[str, list[dict[str, Any]]] = {}
        for j in judged:
            if j.get("mode_seen") and j.get("verdict"):
                by_article.setdefault(j["article"], []).append(j)
        for stem, items in sorted(by_article.items()):
            text = articles.text(stem)
            if text is None:
                raise FileNotFoundError(f"article {stem} is not in {articles.root}")
            coded, kept = record_modes(pipeline, stem, text)
            for j in items:
                span = (j["start"], j["end"])
                here = coded.get(span, [])
                same_type = [m for t, m in here if t == j["read_as"]]
                modality = (same_type or [m for _, m in here] or ["uncoded"])[0]
                rows.append(
                    {
                        "file": name,
                        "article": stem,
                        "start": j["start"],
                        "end": j["end"],
                        "sentence": [j.get("sentence_start"), j.get("sentence_end")],
                        "read_as": j["read_as"],
                        "verdict": j["verdict"],
                        "cause": j.get("cause"),
                        "judge": judge_mode(j["mode_seen"]),
                        "tree": "uncoded" if modality == "uncoded" else tree_mode(modality),
                        "kept": span in kept,
                        "words": text[j["start"] : j["end"]],
                    }
                )
    return rows


def table(rows: list[dict[str, Any]], title: str) -> dict[str, Any]:
    coded = [r for r in rows if r["tree"] != "uncoded"]
    cells = Counter((r["tree"], r["judge"]) for r in rows)
    agree = sum(agrees(r["tree"], r["judge"]) for r in coded)
    exact = sum(exactly(r["tree"], r["judge"]) for r in coded)
    asserted = [r for r in coded if r["tree"] in TREE_REAL]
    right = sum(r["judge"] in JUDGE_REAL for r in asserted)
    kept_asserted = [r for r in asserted if r["kept"]]
    kept_right = sum(r["judge"] in JUDGE_REAL for r in kept_asserted)
    unreal = [r for r in coded if r["judge"] not in JUDGE_REAL]
    marked = sum(r["tree"] not in TREE_REAL for r in unreal)
    print(
        f"== {title}: {len(rows)} judged items with a mode ({len(rows) - len(coded)} uncoded now)"
    )
    print(f"agree (real / not real) {agree} of {len(coded)}; same mode {exact}")
    print(
        f"tree asserted (no mode or historical): {len(asserted)}, judge real {right} "
        f"-> precision {right / max(len(asserted), 1):.3f}; of them kept {len(kept_asserted)}, "
        f"judge real {kept_right} -> {kept_right / max(len(kept_asserted), 1):.3f}"
    )
    print(
        f"judge not real: {len(unreal)}, tree marks {marked} -> recall {marked / max(len(unreal), 1):.3f}"
    )
    print("tree \\ judge".ljust(14) + "".join(j[:10].ljust(11) for j in JUDGE_MODES))
    for mode in TREE_MODES:
        if any(cells[(mode, j)] for j in JUDGE_MODES):
            print(mode.ljust(14) + "".join(str(cells[(mode, j)]).ljust(11) for j in JUDGE_MODES))
    return {
        "items": len(rows),
        "coded": len(coded),
        "agree": agree,
        "same_mode": exact,
        "asserted": len(asserted),
        "asserted_real": right,
        "asserted_kept": len(kept_asserted),
        "asserted_kept_real": kept_right,
        "judge_unreal": len(unreal),
        "judge_unreal_marked": marked,
        "cells": {f"{t}|{j}": n for (t, j), n in sorted(cells.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", help="a settings TOML (e.g. [rules] disable = [...])")
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    parser.add_argument("--json", help="write the rows and totals to this file")
    parser.add_argument(
        "--files",
        nargs="+",
        default=list(FILES),
        help="tune files of bench/data/realnews (events_tune_s27.jsonl: asserted / "
        "hypothetical / negated only)",
    )
    args = parser.parse_args(argv)
    rows = collect(args.config, tuple(args.files))
    totals = {name: table([r for r in rows if r["file"] == name], name) for name in args.files}
    totals["pooled"] = table(rows, "pooled")
    if args.show:
        print("== disagreements (tree / judge, verdict, kept, words, sentence)")
        from stancemap.evaluate.judged_news import Articles

        articles = Articles()
        for r in rows:
            if r["tree"] != "uncoded" and not agrees(r["tree"], r["judge"]):
                text = articles.text(r["article"]) or ""
                s, e = r["sentence"]
                said = " ".join(text[s:e].split()) if s is not None else ""
                print(
                    f"{r['tree']:>12} / {r['judge']:<12} {r['verdict']:<8} "
                    f"{'kept' if r['kept'] else 'dropped'} {r['read_as']} [{r['words']}] "
                    f"{r['article']}:{r['start']}\n      {said}"
                )
    if args.json:
        Path(args.json).write_text(json.dumps({"totals": totals, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
