"""Is a confidence worth filtering by?  A reliability table of confidence against the judges.

Runs the tree on the articles of hand-judged real-news files (``bench/data/realnews``) and
matches each judged reading that the tree still makes (article, span, type or sign; events
read at every mention, as ``stancemap eval realnews``) to the confidence the tree gives it
now. Per bin of confidence: judged right, wrong type/sign, no event/relation.

Events carry three confidences: ``shipped`` (the coder's confidence, calibrated as the
pipeline does it with ``events.reality.confidence`` off), ``learned`` (the learned reality,
``Event.reality``; only where ``events.reality.confidence`` is on, so the script switches it
on itself unless ``--as-configured``) and ``confidence`` (what the output says). Relations
carry their ``confidence``. With ``events.reality.confidence`` switched on here the events
are the same (the drop does not read it) but relations may weigh them otherwise: the
relation table is the configured tree's only with ``--as-configured``.

A check file (``part`` = check) is scored, never read: only the totals per bin are printed
(no item, no sentence). ``--report`` adds ``eval realnews``'s own totals for each file on the
same run (``news_score.report``), so one run also measures a rule.

    python bench/confidence_reliability.py bench/data/realnews/events_tune_s*.jsonl --json
    python bench/confidence_reliability.py bench/data/realnews/*.jsonl --out /tmp/rel.json
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
RIGHT = "right"


def bin_of(value: float | None, bins: tuple[float, ...] = BINS) -> str:
    """The bin label of a confidence ("0.4-0.5"; "none" for a missing one)."""
    if value is None:
        return "none"
    for low, high in zip(bins, bins[1:], strict=False):
        if low <= value < high:
            return f"{low:.1f}-{min(high, 1.0):.1f}"
    return f"{bins[-2]:.1f}-1.0"


def table(rows: list[tuple[float | None, str]], bins: tuple[float, ...] = BINS) -> dict[str, Any]:
    """Per bin: items, right, wrong, not real (no event / no relation), precision (right of
    all); rows are (confidence, verdict)."""
    out: dict[str, Any] = {}
    counts: dict[str, Counter[str]] = {}
    for value, verdict in rows:
        counts.setdefault(bin_of(value, bins), Counter())[verdict] += 1
    for label in sorted(counts):
        c = counts[label]
        n = sum(c.values())
        out[label] = {
            "items": n,
            "right": c[RIGHT],
            "wrong": c["wrong"],
            "not_real": n - c[RIGHT] - c["wrong"],
            "precision": round(c[RIGHT] / n, 3) if n else None,
        }
    return out


def auc(rows: list[tuple[float | None, str]], real: bool = False) -> float | None:
    """How well a confidence ranks right readings over the rest (``real``: right or wrong
    type/sign over no event/relation): the chance a random positive scores above a random
    negative (ties half), over the readings that have one; None without both."""
    rows = [(value, verdict) for value, verdict in rows if value is not None]
    good = ("right", "wrong") if real else (RIGHT,)
    pos = sorted(float(v) for v, verdict in rows if verdict in good)  # type: ignore[arg-type]
    neg = sorted(float(v) for v, verdict in rows if verdict not in good)  # type: ignore[arg-type]
    if not pos or not neg:
        return None
    wins = 0.0
    for p in pos:
        below = bisect_left(neg, p)
        wins += below + 0.5 * (bisect_right(neg, p) - below)
    return round(wins / (len(pos) * len(neg)), 3)


def event_rows(analysis: dict[str, Any], article: str, text: str) -> list[dict[str, Any]]:
    """The events of one analysis as scorer items with their confidences."""
    from stancemap.evaluate.news_items import event_item
    from stancemap.stances.confidence import default_calibrator, event_key

    names = {a["id"]: a.get("name", a["id"]) for a in analysis["actors"]}
    calibrator = default_calibrator()
    table_map = (calibrator.events or {}).get("map", {})
    out = []
    for event in analysis["events"]:
        item = event_item(article, text, event, names)
        coded = event.get("coded_confidence")
        if event.get("reality") is not None and coded is not None:
            shipped = table_map.get(event_key(coded))
            shipped = coded if shipped is None else float(shipped)
        else:
            shipped = event.get("confidence")
        item["shipped"] = shipped
        item["learned"] = event.get("reality")
        item["confidence"] = event.get("confidence")
        out.append(item)
    return out


def matched(
    judged: list[dict[str, Any]], now: list[dict[str, Any]], fields: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Each judged reading the tree still makes (same place and type/sign), with the
    fields of the tree's reading and the verdict."""
    from stancemap.evaluate.news_score import key_of, rekeyed

    here: dict[tuple[Any, ...], dict[str, Any]] = {}
    for item in now:
        here.setdefault((*key_of(item), item["read_as"]), item)
    for key, item in rekeyed(judged, now).items():
        here.setdefault((*key, item["read_as"]), item)
    out = []
    for j in judged:
        if j.get("missed") or not j.get("verdict"):
            continue
        got = here.get((*key_of(j), j["read_as"]))
        if got is None:
            continue
        out.append({"verdict": j["verdict"], **{f: got.get(f) for f in fields}})
    return out


def run_file(path: Path, pipeline: Any, with_report: bool) -> dict[str, Any]:
    from stancemap.evaluate.judged_news import Articles, analyse
    from stancemap.evaluate.news_file import read_judged
    from stancemap.evaluate.news_items import items_of
    from stancemap.evaluate.news_score import by_mention, report

    header, judged = read_judged(path)
    articles = Articles()
    stems = header.get("articles") or sorted({i["article"] for i in judged})
    what = header["what"]
    now: list[dict[str, Any]] = []
    for stem in stems:
        text = articles.text(stem)
        if text is None:
            raise FileNotFoundError(stem)
        analysis = analyse(pipeline, stem, text)
        if what == "events":
            now += event_rows(analysis, stem, text)
        else:
            now += items_of(stem, text, analysis, what)
    fields = ("shipped", "learned", "confidence") if what == "events" else ("confidence",)
    now_scored = by_mention(now) if what == "events" else now
    rows = matched(judged, now_scored, fields)
    out: dict[str, Any] = {"file": path.name, "what": what, "part": header.get("part")}
    out["matched"] = len(rows)
    out["tables"] = {f: table([(r[f], r["verdict"]) for r in rows]) for f in fields}
    out["rows"] = rows  # confidences and verdicts only; pooled, never printed for a check
    if with_report:
        out["report"] = report(judged, now)
    return out


def pooled(results: list[dict[str, Any]], what: str, part: str) -> dict[str, Any]:
    rows = [r for x in results if x["what"] == what and x["part"] == part for r in x["rows"]]
    fields = ("shipped", "learned", "confidence") if what == "events" else ("confidence",)
    return {
        "files": [x["file"] for x in results if x["what"] == what and x["part"] == part],
        "matched": len(rows),
        "tables": {f: table([(r[f], r["verdict"]) for r in rows]) for f in fields},
        "auc_right": {f: auc([(r[f], r["verdict"]) for r in rows]) for f in fields},
        "auc_real": {f: auc([(r[f], r["verdict"]) for r in rows], real=True) for f in fields},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument(
        "--as-configured",
        action="store_true",
        help="leave events.reality.confidence as configured (no learned column where off)",
    )
    parser.add_argument("--report", action="store_true", help="eval realnews totals per file")
    parser.add_argument("--out", type=Path, default=None, help="write the JSON here")
    args = parser.parse_args(argv)

    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    settings = load_settings(args.config)
    if not args.as_configured:
        settings = settings.model_copy(deep=True)
        rules = settings.rules
        rules.enable = sorted({*rules.enable, "events.reality.confidence"})
        rules.disable = [r for r in rules.disable if r != "events.reality.confidence"]
    pipeline = Pipeline(settings)
    results = [run_file(path, pipeline, args.report) for path in args.files]
    summary: dict[str, Any] = {"per_file": {}, "pooled": {}}
    for x in results:
        entry = {"part": x["part"], "matched": x["matched"], "tables": x["tables"]}
        if "report" in x:
            entry["report"] = x["report"]
        summary["per_file"][x["file"]] = entry
    for what in ("events", "relations"):
        for part in ("tune", "check"):
            if any(x["what"] == what and x["part"] == part for x in results):
                summary["pooled"][f"{what}_{part}"] = pooled(results, what, part)
    text = json.dumps(summary, indent=1)
    if args.out:
        args.out.write_text(text + "\n", "utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
