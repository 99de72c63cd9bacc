"""Fit a drop threshold per event type for the learned event reality (``events.reality.type_thresholds``).

On real news the judges find some read types mostly wrong: on the pooled readable tune files
CONCEDE, COOPERATE, AGREE, CONSULT and AID are right a fifth of the time or less, against a
half for ACCUSE and SUPPORT, and the one drop threshold of the learned reality
(``events.reality.drop``, ``data/events/reality*.json``) treats them all alike. This script
learns, on TUNE data only, a higher drop threshold for the types that are rarely right:

- ``collect`` runs the current tree (shipped settings) on every readable real-news tune file
  (``bench/data/realnews/events_tune_*.jsonl``; never a check file) and on the PLOVER dev
  tune sentences and the W4/W6/W15 wire tune parts, with the recorder of the learned reality
  (``events_reality_fit.py``'s matching), and caches each coded event's file, read type,
  mode, learned reality under the shipped fit and verdict (census) or gold label (PLOVER/wire).
- ``lofo`` fits the thresholds leaving one tune file out at a time and applies them to it:
  on the held-out file it counts the right events the new thresholds drop and the not-right
  ones (wrong type or no event) they drop, beyond what the one threshold drops already.
- ``write`` fits on every tune file and writes ``data/events/reality_types.json``, which
  ``events/reality.py`` reads.

The fit (``fit_thresholds``): a type is *low* when its precision (right / read) on the
training files is under ``--low`` with at least ``--support`` readings; the low types share
one threshold (``--group``, the default: too few items per type for one each) or each has its
own. A threshold is the highest on a grid above the one threshold whose extra drops on the
training files hold at most ``--right-share`` right events and that drops no real gold tune
(PLOVER / wire) event of those types the one threshold keeps.

    python bench/events_reality_types.py collect --cache /tmp/reality_types.json
    python bench/events_reality_types.py lofo --cache /tmp/reality_types.json
    python bench/events_reality_types.py write --cache /tmp/reality_types.json
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
OUT = ROOT / "src" / "stancemap" / "data" / "events" / "reality_types.json"
VERSION = "2026.12.5"
GRID = [round(0.01 * n, 2) for n in range(1, 61)]

Item = dict[str, Any]


def _fit_module() -> Any:
    """``bench/events_reality_fit.py`` (its census and gold matching), loaded by path."""
    path = ROOT / "bench" / "events_reality_fit.py"
    spec = importlib.util.spec_from_file_location("events_reality_fit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def type_of(features: dict[str, float]) -> str:
    """The read type of a recorded event (its ``type:`` feature)."""
    return next((k.removeprefix("type:") for k in features if k.startswith("type:")), "?")


def shipped_fit() -> tuple[str, float]:
    """The fit of the learned reality the shipped settings choose, and its one threshold."""
    from stancemap.config import load_settings
    from stancemap.events import reality
    from stancemap.rules import RuleSwitches

    switches = RuleSwitches.from_settings(load_settings())
    fit = reality.fit_of(
        switches.enabled(reality.REFIT),
        switches.enabled(reality.SESSION27),
        switches.enabled(reality.REFIT29),
    )
    return fit, float(reality.model(fit).get("threshold", 0.0))


def collect(shared: Path) -> list[Item]:
    """Every coded event of the tune census and the gold tune sets, with its reality."""
    from stancemap.config import load_settings
    from stancemap.events import reality
    from stancemap.pipeline import Pipeline

    fitmod = _fit_module()
    fit, _ = shipped_fit()
    pipeline = Pipeline(load_settings())
    gold = fitmod._plover(shared / "gold" / "plover-gsr" / "dev.jsonl", pipeline)
    gold += [i for path in fitmod.WIRE for i in fitmod._plover(path, pipeline, "wire")]
    census = fitmod._census(shared, pipeline)
    out: list[Item] = []
    for item in gold + census:
        feats = item["features"]
        out.append(
            {
                "group": item["group"],
                "file": item.get("file", item["group"]),
                "id": item["id"],
                "type": type_of(feats),
                "mode": fitmod.modality(item),
                "label": item["label"],
                "verdict": item.get("verdict"),
                "reality": round(reality.probability(feats, fit) or 0.0, 4),
                # the sides the event names (a guard compared by ``lofo --guard``)
                "source": int(bool(feats.get("has_source"))),
                "target": int(bool(feats.get("has_target"))),
            }
        )
    return out


def acted_on(item: Item, sides: str) -> bool:
    """Whether the type thresholds act on the event: every one (``sides`` "any") or only
    one that does not name both a source and a target ("not_both"): an act between two
    named parties is what the relations rest on, and an ordinary verb rarely names both."""
    return sides == "any" or not (item.get("source") and item.get("target"))


def is_gold(item: Item) -> bool:
    return item["group"] in ("plover", "wire")


def precision_by_type(census: list[Item]) -> dict[str, tuple[int, int]]:
    """Right and read census events by read type."""
    read = Counter(i["type"] for i in census)
    right = Counter(i["type"] for i in census if i["verdict"] == "right")
    return {t: (right[t], n) for t, n in read.items()}


def low_types(census: list[Item], low: float, support: int) -> list[str]:
    """The types right less than ``low`` of the time with at least ``support`` readings."""
    return sorted(
        t for t, (r, n) in precision_by_type(census).items() if n >= support and r / n < low
    )


def best_threshold(
    census: list[Item],
    gold: list[Item],
    types: set[str],
    base: float,
    right_share: float,
    sides: str = "any",
) -> float:
    """The highest grid threshold over ``base`` for events of ``types``: its extra drops
    on the census hold at most ``right_share`` right events, and no real gold tune event of
    those types that ``base`` keeps falls under it."""
    floor = min(
        (
            i["reality"]
            for i in gold
            if i["label"] and i["type"] in types and i["reality"] >= base and acted_on(i, sides)
        ),
        default=1.0,
    )
    best = base
    for t in GRID:
        if t <= base:
            continue
        if t > floor:
            break
        gone = [
            i
            for i in census
            if i["type"] in types and base <= i["reality"] < t and acted_on(i, sides)
        ]
        right = sum(1 for i in gone if i["verdict"] == "right")
        if gone and right <= right_share * len(gone):
            best = t
    return best


def fit_thresholds(items: list[Item], base: float, args: argparse.Namespace) -> dict[str, float]:
    """The drop threshold of each low-precision type, fitted on ``items`` (tune only)."""
    census = [i for i in items if not is_gold(i)]
    gold = [i for i in items if is_gold(i)]
    lows = low_types(census, args.low, args.support)
    if args.group:
        t = best_threshold(census, gold, set(lows), base, args.right_share, args.sides)
        return {name: t for name in lows} if t > base else {}
    out = {}
    for name in lows:
        t = best_threshold(census, gold, {name}, base, args.right_share, args.sides)
        if t > base:
            out[name] = t
    return out


def dropped(
    items: list[Item], thresholds: dict[str, float], base: float, sides: str = "any"
) -> list[Item]:
    """The events the type thresholds drop beyond the one threshold."""
    return [
        i
        for i in items
        if base <= i["reality"] < thresholds.get(i["type"], base) and acted_on(i, sides)
    ]


def tally(gone: list[Item]) -> str:
    right = sum(1 for i in gone if i["verdict"] == "right")
    wrong = sum(1 for i in gone if i["verdict"] == "wrong")
    none = sum(1 for i in gone if i["verdict"] == "no_event")
    return f"drops {len(gone)}: right {right}, wrong {wrong}, no event {none}"


def lofo(items: list[Item], base: float, args: argparse.Namespace) -> None:
    """Leave one census file out: fit on the others (and the gold tune sets), apply to it."""
    census = [i for i in items if not is_gold(i)]
    gold = [i for i in items if is_gold(i)]
    files = sorted({i["file"] for i in census})
    print("precision by read type (right/read, pooled census, reality >= base):")
    kept = [i for i in census if i["reality"] >= base]
    rows = sorted(precision_by_type(kept).items(), key=lambda kv: kv[1][0] / kv[1][1])
    print("  " + ", ".join(f"{t} {r}/{n} {r / n:.2f}" for t, (r, n) in rows))
    total: list[Item] = []
    for name in files:
        train = [i for i in census if i["file"] != name] + gold
        held = [i for i in census if i["file"] == name]
        thresholds = fit_thresholds(train, base, args)
        gone = dropped(held, thresholds, base, args.sides)
        total += gone
        left = [i for i in held if i not in gone and i["reality"] >= base]
        before = [i for i in held if i["reality"] >= base]
        print(
            f"{name}: thresholds {thresholds}; {tally(gone)}; precision "
            f"{_precision(before)} -> {_precision(left)}"
        )
    print(f"all held-out files: {tally(total)}")
    full = fit_thresholds(items, base, args)
    print(f"fitted on all tune files: {full}")
    print(f"gold tune events it drops: {tally_gold(dropped(gold, full, base, args.sides))}")


def tally_gold(gone: list[Item]) -> str:
    return f"{len(gone)} ({sum(i['label'] for i in gone)} real)"


def _precision(items: list[Item]) -> str:
    right = sum(1 for i in items if i["verdict"] == "right")
    return f"{right}/{len(items)} {right / max(1, len(items)):.3f}"


def write(items: list[Item], base: float, args: argparse.Namespace) -> None:
    thresholds = fit_thresholds(items, base, args)
    census = [i for i in items if not is_gold(i)]
    files = sorted({i["file"] for i in census})
    fitted = {
        "about": (
            "events.reality.type_thresholds: the drop threshold of the event types rarely right "
            "on real news, fitted by bench/events_reality_types.py on the judged real-news tune "
            "census (" + ", ".join(f"bench/data/realnews/{f}" for f in files) + ") and the "
            "PLOVER dev / W4 / W6 / W15 wire tune events; a type not listed keeps the fit's one "
            "threshold"
        ),
        "version": VERSION,
        "fit": shipped_fit()[0],  # the learned reality whose scores the thresholds cut
        "base_threshold": base,
        "low_precision": args.low,
        "support": args.support,
        "right_share": args.right_share,
        "grouped": args.group,
        # the events the thresholds act on: all ("any"), or those not naming both sides
        "sides": args.sides,
        "thresholds": dict(sorted(thresholds.items())),
    }
    OUT.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}: {thresholds}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["collect", "lofo", "write"])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--shared", default=None, help="the ../shared folder")
    parser.add_argument(
        "--base", type=float, default=None, help="the one threshold (default: the shipped fit's)"
    )
    parser.add_argument("--low", type=float, default=0.25, help="a low type's precision")
    parser.add_argument("--support", type=int, default=15, help="readings to judge a type")
    parser.add_argument(
        "--right-share", type=float, default=0.1, help="right events the extra drops may hold"
    )
    parser.add_argument(
        "--per-type", dest="group", action="store_false", help="one threshold per low type"
    )
    parser.add_argument(
        "--sides",
        default="any",
        choices=["any", "not_both"],
        help="the events the thresholds act on: all, or those not naming both a source and a target",
    )
    args = parser.parse_args(argv)
    if args.command == "collect":
        items = collect(_fit_module().shared_root(args.shared))
        args.cache.write_text(json.dumps(items), "utf-8")
        print(f"{len(items)} items -> {args.cache}")
        return 0
    items = json.loads(args.cache.read_text("utf-8"))
    if args.base is None:
        args.base = shipped_fit()[1]
    if args.command == "lofo":
        lofo(items, args.base, args)
    else:
        write(items, args.base, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
