"""Fit a drop threshold per event type *and mode* for the learned reality (``events.reality.mode_thresholds``).

Session 33's ``events.reality.type_thresholds`` (``bench/events_reality_types.py``) drops
agreements, aid, concessions, cooperation and threats under 0.20 instead of the one threshold
(0.14): on the readable tune files it removed some 40 not-right readings per right one lost,
but the right ones it lost are acts the judges accepted as future, intent or negated ("will
meet", "agreed to", "refused to support"). The learned reality scores a marked act lower
(its mode is a feature), so a cut by type alone falls hardest on exactly those. This script
learns, on TUNE data only, the threshold of each (low type, mode group) cell:

- ``collect`` runs the current tree (shipped settings) on the articles of every readable
  real-news tune file (``bench/data/realnews/events_tune_*.jsonl``; never a check file) with
  the recorder of the learned reality, and caches *every* coded event (article, trigger,
  mentions, read type, mode, sides named, learned reality under the shipped fit) with the
  verdict of the judged item read at its trigger or a mention and whether it overlaps a
  judged-missed core event (``missed.found`` of ``stancemap eval realnews``); with the
  PLOVER dev / W4 / W6 / W15 tune events of ``events_reality_types.py`` as gold.
- ``table`` prints, per mode group, what the band between the one threshold and a higher
  one holds (right / wrong / no event / found missed) for the low types: the evidence.
- ``lofo`` fits leaving one tune file out and counts the held-out file's drops.
- ``write`` fits on every tune file and writes ``data/events/reality_modes.json``.

The fit: the low types are those of ``reality_types.json`` (fitted by type by session 33).
The events are split into mode groups (``reality.mode_group``: asserted - no mode, historical
or a subtype -, and marked - future, negated, hypothetical -) and, with ``--sides``, into those
naming both a source and a target or not. Each cell's threshold is the highest grid value
over the one threshold whose extra drops on the training files hold at most ``--right-share``
kept-worthy events (judged right, or the one reading of a judged-missed core event) and no
real PLOVER / wire tune event of the low types; a cell with fewer than ``--support`` events
in the band keeps the one threshold.

    python bench/events_reality_modes.py collect --cache /tmp/reality_modes.json
    python bench/events_reality_modes.py table --cache /tmp/reality_modes.json
    python bench/events_reality_modes.py lofo --cache /tmp/reality_modes.json
    python bench/events_reality_modes.py write --cache /tmp/reality_modes.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "stancemap" / "data" / "events" / "reality_modes.json"
CENSUS = sorted(
    (ROOT / "bench" / "data" / "realnews").glob("events_tune_s[0-9][0-9].jsonl")
)  # PolNeAR ones (s51lee: Lee)
VERSION = "2026.12.6"
GRID = [round(0.01 * n, 2) for n in range(1, 61)]
Item = dict[str, Any]


def _load(name: str) -> Any:
    path = ROOT / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mode_group(mode: str | None) -> str:
    """The mode group of a tree mode (``Coded.modality``), as the rule reads it
    (``reality.mode_group``: marked - future, negated, hypothetical - or asserted)."""
    from stancemap.events import reality

    return reality.mode_group(mode)


def cell_of(item: Item, sides: bool) -> str:
    """The cell a threshold is fitted for: the mode group, and with ``sides`` whether the
    event names both a source and a target."""
    group = mode_group(item.get("mode"))
    if not sides:
        return group
    return f"{group}|{'both' if item.get('source') and item.get('target') else 'one'}"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def collect_census(shared: Path) -> list[Item]:
    """Every coded event of the tune files' articles, with the verdict carried to it."""
    from stancemap.config import load_settings
    from stancemap.evaluate.judged_news import Articles, analyse
    from stancemap.evaluate.news_file import read_judged
    from stancemap.events import reality
    from stancemap.pipeline import Pipeline

    types = _load("events_reality_types")
    fit, _ = types.shipped_fit()
    pipeline = Pipeline(load_settings())
    judged_by: dict[str, list[Item]] = {}
    file_of: dict[str, str] = {}
    for path in CENSUS:
        _, judged = read_judged(path)
        for j in judged:
            judged_by.setdefault(j["article"], []).append(j)
            file_of.setdefault(j["article"], path.name)
    articles = Articles(shared / "gold" / "polnear")
    out: list[Item] = []
    for stem, judged in sorted(judged_by.items()):
        text = articles.text(stem)
        if text is None:
            raise FileNotFoundError(stem)
        seen: list[tuple[Any, dict[str, float], int]] = []

        def record(
            doc: Any, item: Any, feats: dict[str, float], seen: Any = seen, text: str = text
        ) -> None:
            shift = 0 if doc.text == text else max(text.find(doc.text[:300]), 0)
            seen.append((item, feats, shift))

        reality.RECORDER = record
        try:
            analyse(pipeline, stem, text)
        finally:
            reality.RECORDER = None
        verdicts = {(j["start"], j["end"]): j for j in judged if j.get("verdict")}
        missed = [j for j in judged if j.get("missed")]
        for item, feats, shift in seen:
            spans = [(s + shift, e + shift) for s, e in [item.trigger, *item.mentions]]
            j = next((verdicts[s] for s in spans if s in verdicts), None)
            verdict = j["verdict"] if j else None
            if j and verdict == "right" and j.get("read_as") != item.type:
                verdict = "wrong"
            found = [
                f"{stem}:{m['start']}"
                for m in missed
                if _overlaps((m["start"] or 0, m["end"] or 0), spans[0])
            ]
            out.append(
                {
                    "group": "census",
                    "file": file_of[stem],
                    "article": stem,
                    "start": spans[0][0],
                    "end": spans[0][1],
                    "words": text[spans[0][0] : spans[0][1]],
                    "type": item.type,
                    "mode": item.modality,
                    "mode_seen": j.get("mode_seen") if j else None,
                    "verdict": verdict,
                    "missed": found,
                    "reality": round(reality.probability(feats, fit) or 0.0, 4),
                    "source": len(item.source),
                    "target": len(item.target),
                    # told by a speaker (a quote's content or a verb of saying): a stated
                    # intent ("said he will meet X") is an act the judges accept
                    "reported": int(bool(item.reported_by) or "in_quote" in feats),
                }
            )
    return out


def collect_gold(shared: Path) -> list[Item]:
    """The PLOVER dev / W4 / W6 / W15 tune events (``events_reality_types.collect``'s)."""
    from stancemap.config import load_settings
    from stancemap.events import reality
    from stancemap.pipeline import Pipeline

    types = _load("events_reality_types")
    fitmod = types._fit_module()
    fit, _ = types.shipped_fit()
    pipeline = Pipeline(load_settings())
    gold = fitmod._plover(shared / "gold" / "plover-gsr" / "dev.jsonl", pipeline)
    gold += [i for path in fitmod.WIRE for i in fitmod._plover(path, pipeline, "wire")]
    return [
        {
            "group": "gold",
            "type": types.type_of(i["features"]),
            "mode": fitmod.modality(i),
            "label": i["label"],
            "reality": round(reality.probability(i["features"], fit) or 0.0, 4),
            "source": int(bool(i["features"].get("has_source"))),
            "target": int(bool(i["features"].get("has_target"))),
        }
        for i in gold
    ]


def keep_worthy(item: Item) -> bool:
    """An event worth keeping: judged right, or a reading of a judged-missed core event."""
    return item.get("verdict") == "right" or bool(item.get("missed"))


def low_types() -> dict[str, float]:
    """The low types and their session-33 threshold (``data/events/reality_types.json``)."""
    from stancemap.events import reality

    return reality.type_thresholds()


def acted_on(item: Item, guard: bool) -> bool:
    """Whether the thresholds act on the event: with ``guard`` (the shipped
    ``events.reality.type_thresholds_two_sided_kept``) not on one naming both a source and a
    target, which keeps the one threshold."""
    return not (guard and item.get("source") and item.get("target"))


GUARD = True  # set from --no-guard


def band(items: list[Item], types: set[str], base: float, top: float) -> list[Item]:
    return [
        i for i in items if i["type"] in types and base <= i["reality"] < top and acted_on(i, GUARD)
    ]


def tally(gone: list[Item]) -> str:
    c = Counter(i.get("verdict") for i in gone)
    found = sum(1 for i in gone if i.get("missed"))
    return (
        f"{len(gone)}: right {c['right']}, wrong {c['wrong']}, no event {c['no_event']}, "
        f"unjudged {c[None]}, on a missed core event {found}"
    )


def best_threshold(
    census: list[Item], gold: list[Item], types: set[str], base: float, args: argparse.Namespace
) -> float:
    """The highest grid threshold over ``base`` for the events of ``types`` (one cell):
    its extra drops on the census hold at most ``right_share`` keep-worthy events and at
    least ``support`` events, and no real gold tune event of the cell falls under it."""
    floor = min(
        (i["reality"] for i in band(gold, types, base, 1.0) if i["label"]),
        default=1.0,
    )
    best = base
    for t in GRID:
        if t <= base:
            continue
        if t > floor:
            break
        gone = [i for i in band(census, types, base, t) if i.get("verdict") or i.get("missed")]
        worthy = sum(1 for i in gone if keep_worthy(i))
        if len(gone) >= args.support and worthy <= args.right_share * len(gone):
            best = t
    return best


def fit_cells(items: list[Item], base: float, args: argparse.Namespace) -> dict[str, float]:
    """The threshold of each cell (mode group [x sides]) for the low types."""
    census = [i for i in items if i["group"] == "census"]
    gold = [i for i in items if i["group"] == "gold"]
    types = set(low_types())
    cells = sorted({cell_of(i, args.sides) for i in census})
    out = {}
    for cell in cells:
        here = [i for i in census if cell_of(i, args.sides) == cell]
        gold_here = [i for i in gold if cell_of(i, args.sides) == cell]
        out[cell] = best_threshold(here, gold_here, types, base, args)
    return out


def dropped(items: list[Item], cells: dict[str, float], base: float, sides: bool) -> list[Item]:
    types = set(low_types())
    return [
        i
        for i in items
        if i["type"] in types
        and base <= i["reality"] < cells.get(cell_of(i, sides), base)
        and acted_on(i, GUARD)
    ]


def table(items: list[Item], base: float, args: argparse.Namespace) -> None:
    """What the band of the low types holds, per cell, at each step of the grid."""
    census = [i for i in items if i["group"] == "census"]
    types = set(low_types())
    for cell in sorted({cell_of(i, args.sides) for i in census}):
        here = [i for i in census if cell_of(i, args.sides) == cell]
        print(f"== {cell}")
        for top in (0.16, 0.18, 0.20, 0.22, 0.25, 0.30):
            print(f"  [{base}, {top}): {tally(band(here, types, base, top))}")
        if args.show:
            for i in sorted(band(here, types, base, args.show_top), key=lambda i: i["reality"]):
                print(
                    f"    {i['reality']:.3f} {i['type']:<9} {i['mode'] or '-':<12} "
                    f"{i.get('verdict') or '-':<8} seen={i.get('mode_seen') or '-':<12} "
                    f"{'MISSED ' if i.get('missed') else ''}[{i['words']}] {i['article']}:{i['start']}"
                )


def lofo(items: list[Item], base: float, args: argparse.Namespace) -> None:
    """Leave one tune file out: fit the cells on the others (and the gold), apply to it."""
    census = [i for i in items if i["group"] == "census"]
    gold = [i for i in items if i["group"] == "gold"]
    total: list[Item] = []
    for name in sorted({i["file"] for i in census}):
        cells = fit_cells([i for i in census if i["file"] != name] + gold, base, args)
        gone = dropped([i for i in census if i["file"] == name], cells, base, args.sides)
        total += gone
        print(f"{name}: {cells}; drops {tally(gone)}")
    print(f"all held-out files: drops {tally(total)}")
    full = fit_cells(items, base, args)
    print(f"fitted on all tune files: {full}")
    print(f"  drops on the tune files: {tally(dropped(census, full, base, args.sides))}")
    by_type = {t: v for t, v in low_types().items()}
    gone33 = [
        i
        for i in census
        if base <= i["reality"] < by_type.get(i["type"], base) and acted_on(i, GUARD)
    ]
    print(f"  session 33's type thresholds drop there: {tally(gone33)}")
    gold_gone = dropped(gold, full, base, args.sides)
    print(
        f"  gold tune events it drops: {len(gold_gone)} ({sum(i['label'] for i in gold_gone)} real)"
    )


def write(items: list[Item], base: float, args: argparse.Namespace) -> None:
    from stancemap.events.reality import MARKED

    cells = fit_cells(items, base, args)
    files = sorted({i["file"] for i in items if i["group"] == "census"})
    fitted = {
        "about": (
            "events.reality.mode_thresholds: the drop threshold of the event types rarely right "
            "on real news (those of reality_types.json) by the event's mode group (asserted: no "
            "mode, historical, attempt; marked: future, negated, hypothetical)"
            + (" and whether it names both a source and a target" if args.sides else "")
            + ", fitted by bench/events_reality_modes.py on the judged real-news tune files ("
            + ", ".join(f"bench/data/realnews/{f}" for f in files)
            + ") and the PLOVER dev / W4 / W6 / W15 wire tune events; a cell not listed, or a "
            "type not listed in reality_types.json, keeps the fit's one threshold"
        ),
        "version": VERSION,
        "fit": _load("events_reality_types").shipped_fit()[0],
        "base_threshold": base,
        "right_share": args.right_share,
        "support": args.support,
        "marked": sorted(MARKED),
        "sides": args.sides,
        "two_sided_kept": args.guard,
        "types": sorted(low_types()),
        "thresholds": {c: t for c, t in sorted(cells.items()) if t > base},
    }
    OUT.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}: {fitted['thresholds']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["collect", "table", "lofo", "write"])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--shared", default=None, help="the ../shared folder")
    parser.add_argument("--base", type=float, default=None, help="the one threshold")
    parser.add_argument(
        "--right-share", type=float, default=0.1, help="keep-worthy events a cell's drops may hold"
    )
    parser.add_argument("--support", type=int, default=5, help="judged events a cell's drops need")
    parser.add_argument("--sides", action="store_true", help="cells also by both sides named")
    parser.add_argument(
        "--no-guard",
        dest="guard",
        action="store_false",
        help="act on events naming both sides too (type_thresholds_two_sided_kept off)",
    )
    parser.add_argument("--show", action="store_true", help="table: print the band's events")
    parser.add_argument("--show-top", type=float, default=0.20)
    args = parser.parse_args(argv)
    global GUARD
    GUARD = args.guard
    types = _load("events_reality_types")
    if args.command == "collect":
        shared = types._fit_module().shared_root(args.shared)
        items = collect_census(shared) + collect_gold(shared)
        args.cache.write_text(json.dumps(items), "utf-8")
        print(f"{len(items)} items -> {args.cache}")
        return 0
    items = json.loads(args.cache.read_text("utf-8"))
    if args.base is None:
        args.base = types.shipped_fit()[1]
    {"table": table, "lofo": lofo, "write": write}[args.command](items, args.base, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
