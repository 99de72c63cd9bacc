"""Refit the events part of data/calibration.toml (PLOVER dev, tune) and print the
reliability on tune and check; the quotes part is read and written back unchanged.

`stancemap eval calibrate` fits both parts at once from a cache of PolNeAR
analyses; the events stage changes its confidences on its own schedule, so this
refits only its part, with the same functions (`evaluate.calibrate`) and the
same raw confidences (the calibration rule switched off while analysing).

The event-ness factor (``events.eventness.confidence``: the calibrator scales the
calibrated confidence by ``min(1, p / reference)``) is reported beside it: the
reference is the quantile of the model's probabilities on the PLOVER dev tune events
that gives the lowest ECE on tune (chosen on tune only; check shows totals, on and
off). ``--write-reference`` writes it into data/events/eventness.json.

    .venv/bin/python bench/events_calibration.py [--write] [--write-reference]
"""

from __future__ import annotations

import argparse
import json
import math
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PLOVER_DEV = ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"
MAPPING = ROOT / "src" / "stancemap" / "data" / "calibration.toml"
EVENTNESS = ROOT / "src" / "stancemap" / "data" / "events" / "eventness.json"
QUANTILES = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write data/calibration.toml")
    parser.add_argument(
        "--write-reference", action="store_true", help="write the event-ness scale reference"
    )
    options = parser.parse_args()

    from stancemap.analyze import Analyzer
    from stancemap.config import load_settings
    from stancemap.evaluate.calibrate import (
        APPLY,
        expected_error,
        fit,
        reliability,
        write_mapping,
    )

    if not PLOVER_DEV.exists():
        raise SystemExit(f"{PLOVER_DEV}: not found (the shared gold data is needed)")
    settings = load_settings()
    # fit on the raw confidences; the event-ness is recorded on each event (not applied)
    off = [r for r in settings.rules.disable if r != "events.eventness.confidence"]
    settings.rules.disable = [*off, APPLY]
    items, eventness = plover_items_with_eventness(Analyzer(settings))
    mapping = fit(items["tune"])
    report: dict[str, object] = {"fitted_on": f"tune ({mapping['items']} items)"}
    for part in ("tune", "check"):
        chosen = items[part]
        report[part] = {
            "items": len(chosen),
            "precision": round(sum(i.correct for i in chosen) / max(1, len(chosen)), 3),
            "ece_raw": expected_error(chosen, lambda i: i.raw),
            "ece_calibrated": expected_error(
                chosen, lambda i: mapping["map"].get(i.key, mapping["default"])
            ),
            "reliability": reliability(chosen, mapping),
        }
    report["eventness"] = eventness_report(items, eventness, mapping, options.write_reference)
    if options.write:
        quotes = tomllib.loads(MAPPING.read_text("utf-8"))["quotes"]
        write_mapping(MAPPING, quotes, mapping)
        report["written"] = str(MAPPING.relative_to(ROOT))
    print(json.dumps(report, indent=1))


def plover_items_with_eventness(analyzer: Any) -> tuple[dict[str, list[Any]], dict[int, float]]:
    """part -> labelled events (as ``evaluate.calibrate.plover_items``), and id(item) ->
    the event-ness the events stage recorded on the event."""
    from stancemap.evaluate.calibrate import label_events
    from stancemap.evaluate.plover import read_records
    from stancemap.evaluate.split import part_of

    out: dict[str, list[Any]] = {"tune": [], "check": []}
    eventness: dict[int, float] = {}
    for record in read_records(PLOVER_DEV):
        result = analyzer.analyze_text(record["text"], doc_id=record["id"], date=record.get("date"))
        labelled = label_events(record, result.events)
        for item, event in zip(labelled, result.events, strict=True):
            if event.eventness is not None:
                eventness[id(item)] = event.eventness
        out[part_of(record["id"])] += labelled
    return out, eventness


def eventness_report(
    items: dict[str, list[Any]], eventness: dict[int, float], mapping: dict[str, Any], write: bool
) -> dict[str, Any]:
    """Event ECE with the event-ness factor off and on; the reference chosen on tune."""
    from stancemap.evaluate.calibrate import expected_error

    if not eventness:
        return {"skipped": "no event-ness recorded (no fitted model)"}

    def calibrated(i: Any) -> float:
        return float(mapping["map"].get(i.key, mapping["default"]))

    def scaled(reference: float) -> Any:
        return lambda i: round(calibrated(i) * min(1.0, eventness[id(i)] / reference), 3)

    tune_p = sorted(eventness[id(i)] for i in items["tune"])
    by_quantile = {
        q: round(tune_p[min(len(tune_p) - 1, math.floor(q * len(tune_p)))], 3) for q in QUANTILES
    }
    tune_ece = {q: expected_error(items["tune"], scaled(r)) for q, r in by_quantile.items()}
    best = min(QUANTILES, key=lambda q: (tune_ece[q], -q))
    reference = by_quantile[best]
    out: dict[str, Any] = {
        "tune_ece_by_quantile": {f"{q} (ref {by_quantile[q]})": e for q, e in tune_ece.items()},
        "chosen_on_tune": {"quantile": best, "reference": reference},
    }
    for part in ("tune", "check"):
        out[part] = {
            "ece_off": expected_error(items[part], calibrated),
            "ece_on": expected_error(items[part], scaled(reference)),
        }
    if write:
        fitted = json.loads(EVENTNESS.read_text("utf-8"))
        fitted["scale_reference"] = reference
        fitted["scale_quantile"] = best
        EVENTNESS.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
        out["written"] = str(EVENTNESS.relative_to(ROOT))
    return out


if __name__ == "__main__":
    main()
