"""Shifts on real news: does ``stancemap shifts`` find documented 2016 turns in the right month?

Analyses the dated PolNeAR train+dev articles once (about 924; several minutes),
caching one analysis per line in a JSONL file (default under /tmp), then runs
the corpus shift detection with a monthly window and checks each documented
pair of ``bench/data/shifts_2016.tsv``: the pair must shift in the documented
month, in the documented direction. Also prints, per pair, the monthly score
series, so a miss can be read (no evidence vs a wrong sign vs a late turn), and (session
58) ``why``: from counts only, the pair's article units before and around the month, its
declarations in the month and what kept each from being a turn, the best change point's
cut, size and p, and the first cause that holds; the report counts the misses by cause.

False turns: every turn found on a control pair of
``bench/data/shifts_2016_controls.tsv`` (pairs with no documented turn in the
range, chosen before any output on them was read), and, apart, the turns on a
documented pair that match none of its documented turns.

    .venv/bin/python bench/polnear_shifts.py [--cache /tmp/stancemap-polnear.jsonl]
                                             [--limit N] [--workers 2] [--json]
                                             [--alpha 0.1] [--search cut|stretch]
                                             [--shuffle day|unit]

The gold articles are never copied: the cache lives outside the repository.
Skips (exit 0, with a reason) where ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold" / "polnear"
FACTS = Path(__file__).resolve().parent / "data" / "shifts_2016.tsv"
# pairs with no documented turn in the range: any turn found on them is a false turn
CONTROLS = Path(__file__).resolve().parent / "data" / "shifts_2016_controls.tsv"
# articles needed on each side of a documented month for a change point to be expected
# (from the synthetic series of bench/shifts_simulation.py, not from the facts)
MIN_ARTICLES = 10


def articles(limit: int | None = None) -> Iterator[tuple[str, str, str, str]]:
    """(name, date, text, compartment) of every dated train and dev article."""
    with (SHARED / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        meta = {
            row["filename"]: row
            for row in csv.DictReader(fh, delimiter="\t")
            if row["compartment"] in ("train", "dev")
        }
    n = 0
    for name in sorted(meta):
        row = meta[name]
        path = SHARED / row["compartment"] / "text" / f"{name}.txt"
        when = row["publication_date"]
        if not path.exists() or len(when) != 10:
            continue
        yield name, when, path.read_text("utf-8"), row["compartment"]
        n += 1
        if limit is not None and n >= limit:
            return


def analyse(
    cache: Path,
    limit: int | None,
    pairs_first: bool = False,
    workers: int = 1,
    disable: tuple[str, ...] = (),
    enable: tuple[str, ...] = (),
) -> None:
    """Write one analysis object per article to ``cache`` (resumes a partial file).

    ``workers > 1``: that many worker processes (``stancemap.runners``), each
    loading the pipeline once; results come back in input order either way.
    ``disable``: rules switched off in the analysis too (on top of the shipped
    off-list), so that a rule of any stage can be measured off; such a cache holds
    that configuration's analyses, so give it a file of its own. ``enable``: rules the
    project ships off, switched on (likewise a configuration of its own).
    """
    from stancemap.analyze import Failure
    from stancemap.config import Settings
    from stancemap.ingest import make_document
    from stancemap.runners import analyze_stream

    done: set[str] = set()
    if cache.exists():
        for line in cache.read_text("utf-8").splitlines():
            if line.strip():
                done.add(json.loads(line)["document"]["id"])
    # dev first (the calibration, evaluate/calibrate.py, reads the dev analyses from this
    # cache), then articles naming both sides of a documented pair: a partial cache (a slow
    # machine, a stopped run) then still covers what the check reads
    pairs = sorted({(f["a"].split()[-1], f["b"].split()[-1]) for f in read_facts(FACTS)})
    every = list(articles(limit))
    # how many articles name both sides of each pair: the rarest pairs' articles go first
    # with --pairs-first, so that a partial cache covers the pairs with least evidence
    named = {p: sum(p[0] in x[2] and p[1] in x[2] for x in every) for p in pairs}

    def order(item: tuple[str, str, str, str]) -> tuple[bool, int, bool]:
        counts = [named[p] for p in pairs if p[0] in item[2] and p[1] in item[2]]
        both = bool(counts)
        if pairs_first:  # only the shifts are wanted: what can hold a pair's evidence first
            return not both, min(counts, default=0), item[3] != "dev"
        return item[3] != "dev", 0, not both

    todo = sorted((x for x in every if x[0] not in done), key=order)
    if not todo:
        return
    started = time.perf_counter()
    docs = (make_document(t, doc_id=n, date=d) for n, d, t, _ in todo)
    settings = Settings()
    if disable or enable:
        off = [*(r for r in settings.rules.disable if r not in enable), *disable]
        settings = settings.model_copy(
            update={"rules": settings.rules.model_copy(update={"disable": off})}
        )
    results = analyze_stream(docs, settings, workers=workers, batch_size=8)
    with cache.open("a", encoding="utf-8") as out:
        for i, result in enumerate(results, start=1):
            if isinstance(result, Failure):
                print(f"failed: {result.source}: {result.reason}", file=sys.stderr)
                continue
            out.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
            out.flush()  # a stopped run keeps every finished article
            if i % 50 == 0:
                rate = i / (time.perf_counter() - started)
                print(f"{i}/{len(todo)} articles, {rate:.2f}/s", file=sys.stderr, flush=True)


def fill(cache: Path, older: Path) -> tuple[Path, int]:
    """A cache of ``cache``'s analyses (each article once) plus ``older``'s for the
    articles it lacks."""
    lines, have = [], set()
    for line in cache.read_text("utf-8").splitlines():
        if line.strip() and (doc := json.loads(line)["document"]["id"]) not in have:
            have.add(doc)
            lines.append(line)
    extra = [
        x
        for x in older.read_text("utf-8").splitlines()
        if x.strip() and json.loads(x)["document"]["id"] not in have
    ]
    merged = cache.with_name(cache.stem + "-filled.jsonl")
    merged.write_text("\n".join(lines + extra) + "\n", "utf-8")
    return merged, len(extra)


def read_facts(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if not r["a"].startswith("#")]
    return rows


def _month(value: date) -> str:
    return value.isoformat()[:7]


def _next_month(month: str, step: int) -> str:
    year, mon = int(month[:4]), int(month[5:7]) + step
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    return f"{year:04d}-{mon:02d}"


def _key(corpus: Any, fact: dict[str, str]) -> tuple[str, str] | None:
    a, b = corpus.find_actor(fact["a"]), corpus.find_actor(fact["b"])
    return (min(a, b), max(a, b)) if a and b and a != b else None


def _controls(corpus: Any, controls: list[dict[str, str]], turns: list, shifts: list) -> list:
    """Each control pair: the turns (and monthly shifts) found on it, all of them false."""
    rows = []
    for fact in controls:
        key = _key(corpus, fact)
        rows.append(
            {
                "pair": f"{fact['a']} ~ {fact['b']}",
                "actors_found": key is not None,
                "turns": [
                    (s.method, s.start.isoformat(), s.direction, s.before, s.after, s.p_value)
                    for s in turns
                    if key and (s.a, s.b) == key
                ],
                "shifts": [
                    (_month(s.start), s.direction, s.p_value)
                    for s in shifts
                    if key and (s.a, s.b) == key
                ],
            }
        )
    return rows


def _judge(found: list, fact: dict[str, str]) -> tuple[bool, bool]:
    want = "towards alignment" if fact["direction"] == "up" else "towards disagreement"
    near_months = {_next_month(fact["month"], d) for d in (-1, 0, 1)}
    exact = any(_month(s.start) == fact["month"] and s.direction == want for s in found)
    near = any(_month(s.start) in near_months and s.direction == want for s in found)
    return exact, near


def _evidence_state(dated: list, month: str) -> str:
    """Whether a pair has the evidence a change point needs around its documented month:
    at least MIN_ARTICLES articles before the month and as many from it on (the
    simulation, bench/shifts_simulation.py, finds almost no turn below that)."""
    before = {r.rpartition("#")[0] for d in dated if _month(d.when) < month for r in d.obs.refs}
    after = {r.rpartition("#")[0] for d in dated if _month(d.when) >= month for r in d.obs.refs}
    if len(before) < MIN_ARTICLES or len(after) < MIN_ARTICLES:
        return f"not enough evidence ({len(before)} articles before, {len(after)} from the month)"
    return f"enough evidence ({len(before)} articles before, {len(after)} from the month)"


def _why(corpus: Any, key: Any, dated: list, fact: dict[str, str], how: Any, found: list) -> dict:
    """Why a documented turn is (not) found, from counts only (session 58 SH): the pair's
    article units before and around the month, its declarations in the month and what
    kept each from being a turn (``found``: the pair's turns), and the best change point's
    cut, size and p. ``cause``: "found", else the first of "no evidence before the month",
    "declared, thin course", "declared, course already leans that way", "one article
    before the month", "no evidence in the month or the next", "change too small", "change
    too small once shrunk", "cut not significant", "other" that holds."""
    import numpy as np

    from stancemap.alignment import turns as tm
    from stancemap.alignment.declared import (
        MIN_BASELINE_ARTICLES,
        already_leaning,
        declaration,
    )
    from stancemap.alignment.scoring import weighted_mean
    from stancemap.alignment.timeseries import count_articles

    if key is None:
        return {"cause": "actors not found"}
    month, up = fact["month"], fact["direction"] == "up"
    near = {_next_month(month, d) for d in (0, 1)}
    units = tm.per_article(dated, True, corpus.documents, True)
    before = [u for u in units if _month(u.when) < month]
    around = [u for u in units if _month(u.when) in near]
    out: dict[str, Any] = {"units_before": len(before), "units_in_month_or_next": len(around)}
    decl = []
    for event in corpus.events:
        if event.date is None or _month(event.date) != month:
            continue
        ids = set(event.obs.source) | set(event.obs.target)
        if not set(key) <= ids or declaration(event) != up:
            continue
        prior = [d for d in dated if d.when < event.date]
        n = count_articles(d.obs for d in prior)
        turned = any(t.method == "declared" and t.start == event.date for t in found)
        fate = (
            "a turn"
            if turned
            else ("already leans" if already_leaning(prior, up) else "thin course")
        )
        mean = round(weighted_mean(d.obs for d in prior), 3)
        decl.append((event.date.isoformat(), n, mean, fate))
    out["declarations_in_month"] = decl
    cut = None
    if len(units) >= 2 * how.min_obs:
        values = np.array([u.obs.value for u in units], dtype=float)
        weights = np.ones(len(units))
        bounds = tm._boundaries(units)
        plain = tm.Search(min_delta=0.0, alpha=1.0, min_obs=how.min_obs, shrink=0.0)
        stat, i, j = tm._best(values, weights, bounds, plain)
        if stat >= 0:
            c = j if i == 0 else i
            p = tm._permutation_p(values, weights, bounds, plain, stat)
            raw = tm.shrunk_means(units, [0, c, len(units)], 0.0)
            shrunk = tm.shrunk_means(units, [0, c, len(units)], tm.SHRINK_UNITS)
            cut = {
                "date": units[c].when.isoformat(),
                "n": (c, len(units) - c),
                "change": round(raw[1] - raw[0], 3),
                "shrunk_change": round(shrunk[1] - shrunk[0], 3),
                "p": round(p, 3),
            }
    out["best_cut"] = cut
    thin = any(d[3] == "thin course" for d in decl)
    leans = any(d[3] == "already leans" for d in decl)
    near_cut = cut is not None and cut["date"][:7] in {_next_month(month, d) for d in (-1, 0, 1)}
    if _judge(found, fact)[0]:
        cause = "found"
    elif not before:
        cause = "no evidence before the month"
    elif thin or leans:
        cause = "declared, thin course" if thin else "declared, course already leans that way"
    elif len(before) < MIN_BASELINE_ARTICLES:
        cause = "one article before the month"
    elif not around:
        cause = "no evidence in the month or the next"
    elif cut is None or not near_cut:
        cause = "other"
    elif abs(cut["change"]) < how.min_delta or (cut["change"] > 0) != up:
        cause = "change too small"
    elif abs(cut["shrunk_change"]) < how.min_delta:
        cause = "change too small once shrunk"
    elif cut["p"] > how.alpha:
        cause = "cut not significant"
    else:
        cause = "other"
    out["cause"] = cause
    return out


def _unmatched(corpus: Any, facts: list[dict[str, str]], turns: list) -> list:
    """Turns on a documented pair that match none of its documented turns (same
    direction, within a month): what an analyst would have to rule out by hand."""
    out = []
    for key in {k for f in facts if (k := _key(corpus, f))}:
        mine = [f for f in facts if _key(corpus, f) == key]
        for s in (t for t in turns if (t.a, t.b) == key):
            if not any(_judge([s], f)[1] for f in mine):
                pair = f"{mine[0]['a']} ~ {mine[0]['b']}"
                out.append((pair, s.method, s.start.isoformat(), s.direction, s.p_value))
    return sorted(out)


def check_facts(
    cache: Path,
    facts: list[dict[str, str]],
    disable: tuple[str, ...] = (),
    alpha: float = 0.1,
    controls: list[dict[str, str]] | None = None,
    search: str = "cut",
    shuffle: str = "day",
    unit: str = "article-sign",
    min_delta: float = 0.5,
    declared: bool = True,
    enable: tuple[str, ...] = (),
) -> dict:
    """Each documented turn: found in its month / within a month / missed, and why.

    Two detectors, each with the defaults of `stancemap shifts`: change points over
    the dated evidence (``--method turns``, the default; a turn is dated to the day)
    and monthly windows against the pair's baseline (``--method windows``).
    ``disable``: rule names (or ``prefix.*``) switched off in the corpus reading, on top
    of the shipped off-list (which the corpus reading keeps, as `stancemap shifts` does),
    e.g. ``alignment.names.*`` to see the ids unjoined. ``alpha``: the largest p-value
    kept by both detectors (0.1, the default of `stancemap shifts`; a larger one shows
    what the test holds back).
    """
    from stancemap.alignment.corpus import load_corpus
    from stancemap.alignment.declared import declared_turns
    from stancemap.alignment.timeseries import Window, detect_shifts, pair_series
    from stancemap.alignment.turns import Search, dated_evidence, detect_turns
    from stancemap.config import load_settings
    from stancemap.rules import RuleSwitches

    started = time.perf_counter()
    # the shipped off-list too, as `stancemap shifts` reads it (session 17: the bench read
    # the corpus with every shipped-off alignment rule ON, only ``disable`` off)
    shipped = [r for r in load_settings().rules.disable if r not in enable]
    switches = RuleSwitches([*shipped, *disable])
    corpus = load_corpus(cache, switches=switches)
    # ``--disable alignment.turns.declared`` is ``--no-declared`` (declared_turns asks it)
    declared = declared and switches.enabled("alignment.turns.declared")
    series = pair_series(corpus, Window.parse("month"))
    shifts = detect_shifts(corpus, series, alpha=alpha)
    evidence = dated_evidence(corpus)
    how = Search(
        min_delta=min_delta,
        alpha=alpha,
        stretch=search == "stretch",
        by_day=shuffle == "day",
        unit=unit,
    )
    turns = detect_turns(corpus, evidence, search=how)
    # declared turns ("X endorsed Y") beside the change points, as `stancemap shifts`
    if declared:
        turns = turns + declared_turns(corpus, evidence)
    rows = []
    for fact in facts:
        key = _key(corpus, fact)
        points = series.get(key, []) if key else []
        dated = evidence.get(key, []) if key else []
        found = [s for s in shifts if key and (s.a, s.b) == key]
        found_turns = [s for s in turns if key and (s.a, s.b) == key]
        exact, near = _judge(found_turns, fact)
        w_exact, w_near = _judge(found, fact)
        rows.append(
            {
                "pair": f"{fact['a']} ~ {fact['b']}",
                "month": fact["month"],
                "direction": fact["direction"],
                "actors_found": key is not None,
                "windows_with_evidence": len(points),
                "days_with_evidence": len({d.when for d in dated}),
                "evidence_before": sum(1 for d in dated if _month(d.when) < fact["month"]),
                "evidence_in_month": sum(1 for d in dated if _month(d.when) == fact["month"]),
                "found_in_month": exact,
                "found_within_a_month": near,
                "window_found_in_month": w_exact,
                "window_found_within_a_month": w_near,
                "evidence_state": _evidence_state(dated, fact["month"]),
                "why": _why(corpus, key, dated, fact, how, found_turns),
                "turns": [
                    (
                        s.method,
                        s.start.isoformat(),
                        s.last_before.isoformat() if s.last_before else None,
                        s.direction,
                        s.before,
                        s.after,
                        s.p_value,
                        s.n_before,
                        s.n_after,
                    )
                    for s in found_turns
                ],
                "shifts": [
                    (_month(s.start), s.direction, s.before, s.after, s.p_value) for s in found
                ],
                "series": [
                    (_month(p.start), round(p.score, 2), len(p.observations)) for p in points
                ],
            }
        )
    missed: dict[str, int] = {}
    for row in rows:
        if not row["found_in_month"]:
            missed[row["why"]["cause"]] = missed.get(row["why"]["cause"], 0) + 1
    control_rows = _controls(corpus, controls or [], turns, shifts)
    unmatched = _unmatched(corpus, facts, turns)
    return {
        "unit": unit,
        "min_delta": min_delta,
        "declared": declared,
        "unmatched_turns": len(unmatched),
        "unmatched": unmatched,
        "search": search,
        "shuffle": shuffle,
        "alpha": alpha,
        "articles": len(corpus.documents),
        "controls": len(control_rows),
        "false_turns": sum(len(r["turns"]) for r in control_rows),
        "false_window_shifts": sum(len(r["shifts"]) for r in control_rows),
        "control_rows": control_rows,
        "facts": len(rows),
        "found_in_month": sum(r["found_in_month"] for r in rows),
        "found_within_a_month": sum(r["found_within_a_month"] for r in rows),
        "window_found_in_month": sum(r["window_found_in_month"] for r in rows),
        "window_found_within_a_month": sum(r["window_found_within_a_month"] for r in rows),
        "pairs_with_evidence": sum(r["windows_with_evidence"] > 0 for r in rows),
        # change points missing a documented turn in its month, by ``_why``'s cause
        "missed_causes": dict(sorted(missed.items())),
        "seconds": round(time.perf_counter() - started, 1),
        "rows": rows,
    }


def print_report(report: dict) -> None:
    print(
        f"{report['articles']} articles; {report['facts']} documented turns; change points "
        f"(search {report['search']}, shuffle {report['shuffle']}, "
        f"alpha {report['alpha']}): "
        f"{report['found_in_month']} in their month, "
        f"{report['found_within_a_month']} within a month; monthly windows: "
        f"{report['window_found_in_month']} in their month, "
        f"{report['window_found_within_a_month']} within a month; "
        f"{report['pairs_with_evidence']} pairs with any evidence"
        + (
            f" ({report['filled_from_older_cache']} analyses from the older cache)"
            if report.get("filled_from_older_cache")
            else ""
        )
    )
    print(
        f"controls: {report['controls']} pairs with no documented turn; false turns: "
        f"{report['false_turns']} (change points), {report['false_window_shifts']} (monthly windows)"
    )
    print(
        f"unit {report['unit']}, min delta {report['min_delta']}, declared turns "
        f"{'on' if report['declared'] else 'off'}; "
        f"turns on documented pairs that match no documented turn: {report['unmatched_turns']} "
        f"{report['unmatched']}"
    )
    if report.get("missed_causes"):
        print(f"not found in their month, by cause: {report['missed_causes']}")
    for row in report.get("control_rows", []):
        print(f"- control {row['pair']}: turns {row['turns']}; monthly shifts {row['shifts']}")
    for row in report["rows"]:
        mark = (
            "IN MONTH"
            if row["found_in_month"]
            else ("+-1 month" if row["found_within_a_month"] else "missed")
        )
        window = (
            "in month"
            if row["window_found_in_month"]
            else ("+-1 month" if row["window_found_within_a_month"] else "missed")
        )
        print(
            f"- {row['pair']} {row['month']} {row['direction']}: {mark} (windows: {window}); "
            f"evidence: {row['evidence_before']} before the month, "
            f"{row['evidence_in_month']} in it, on {row['days_with_evidence']} days; "
            f"{row['evidence_state']}"
        )
        print(
            f"    turns (method, date, last before, direction, before, after, p, n): {row['turns']}"
        )
        print(f"    monthly shifts: {row['shifts']}")
        if "why" in row:
            print(f"    why: {row['why']}")
        print(f"    series: {row['series']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/stancemap-polnear-2016.jsonl"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--analyse-only", action="store_true")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes for the analysis (default 1)"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--pairs-first", action="store_true", help="analyse articles naming both sides first"
    )
    parser.add_argument(
        "--fill-from",
        type=Path,
        default=None,
        help="an older cache whose analyses stand in for articles --cache lacks (a partial "
        "re-analysis, measured without analysing more; the report says how many came from it)",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        help="rule (or prefix.*) to switch off, in the analysis and in the corpus reading "
        "(the analyses go to --cache: use a cache of its own)",
    )
    parser.add_argument(
        "--enable",
        action="append",
        default=[],
        help="rule the project ships off, switched on, in the analysis and in the corpus "
        "reading (the analyses go to --cache: use a cache of its own)",
    )
    parser.add_argument(
        "--alpha", type=float, default=0.1, help="largest p-value kept (default 0.1, as the CLI)"
    )
    parser.add_argument(
        "--search",
        choices=("cut", "stretch"),
        default="cut",
        help="single cuts (default, as the CLI) or stretches (a dip and its return)",
    )
    parser.add_argument(
        "--shuffle",
        choices=("day", "unit"),
        default="day",
        help="the permutation test shuffles whole days (default, as the CLI) or single units",
    )
    parser.add_argument(
        "--unit",
        choices=("observation", "article", "article-sign"),
        default="article-sign",
        help="the change points' unit (see alignment/turns.py Search.unit)",
    )
    parser.add_argument("--min-delta", type=float, default=0.5)
    parser.add_argument(
        "--no-declared", action="store_true", help="change points only, no declared turns"
    )
    args = parser.parse_args()
    if not (SHARED / "metadata.tsv").exists():
        print(f"skipped: {SHARED} is absent", file=sys.stderr)
        return 0
    if args.fill_from is None:  # a partial cache is measured as it stands
        analyse(
            args.cache,
            args.limit,
            args.pairs_first,
            args.workers,
            tuple(args.disable),
            tuple(args.enable),
        )
    if args.analyse_only:
        return 0
    cache, filled = args.cache, 0
    if args.fill_from is not None:
        cache, filled = fill(args.cache, args.fill_from)
    report = check_facts(
        cache,
        read_facts(FACTS),
        tuple(args.disable),
        args.alpha,
        read_facts(CONTROLS),
        args.search,
        args.shuffle,
        args.unit,
        args.min_delta,
        not args.no_declared,
        tuple(args.enable),
    )
    report["filled_from_older_cache"] = filled
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
