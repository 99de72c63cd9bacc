"""Refit the events part of data/calibration.toml (PLOVER dev, tune) and print the
reliability on tune and check; the quotes part is read and written back unchanged.

`stancemap eval calibrate` fits both parts at once from a cache of PolNeAR
analyses; the events stage changes its confidences on its own schedule, so this
refits only its part, with the same functions (`evaluate.calibrate`) and the
same raw confidences (the calibration rule switched off while analysing).

    .venv/bin/python bench/events_calibration.py [--write]
"""

from __future__ import annotations

import argparse
import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLOVER_DEV = ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"
MAPPING = ROOT / "src" / "stancemap" / "data" / "calibration.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write data/calibration.toml")
    options = parser.parse_args()

    from stancemap.analyze import Analyzer
    from stancemap.config import load_settings
    from stancemap.evaluate.calibrate import (
        APPLY,
        expected_error,
        fit,
        plover_items,
        reliability,
        write_mapping,
    )

    if not PLOVER_DEV.exists():
        raise SystemExit(f"{PLOVER_DEV}: not found (the shared gold data is needed)")
    settings = load_settings()
    # fit on the raw confidences
    settings.rules.disable = [*settings.rules.disable, APPLY]
    items = plover_items(PLOVER_DEV, Analyzer(settings))
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
    if options.write:
        quotes = tomllib.loads(MAPPING.read_text("utf-8"))["quotes"]
        write_mapping(MAPPING, quotes, mapping)
        report["written"] = str(MAPPING.relative_to(ROOT))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
