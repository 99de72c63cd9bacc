"""Quote confidences on PolNeAR dev: does the shipped calibration still hold?

Parses each part of PolNeAR dev once (actors and quotes stages, raw confidences:
``stances.calibration.apply`` off), labels every predicted quote as
``evaluate.calibrate.label_quotes`` does, and prints, per part, the expected
calibration error of the raw confidences, of the shipped mapping
(``data/calibration.toml``, applied as the pipeline applies it: a key never seen
keeps its raw value) and of a mapping refitted on tune, with the check part's
reliability table under the shipped mapping. Nothing is written; to refit the file
use ``stancemap eval calibrate`` (which also refits events).

    PYTHONPATH=<worktree>/src .venv/bin/python bench/quotes_calibration.py ../shared/gold/polnear/dev
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from stancemap.config import Settings
from stancemap.evaluate.calibrate import (
    APPLY,
    Item,
    expected_error,
    fit,
    label_quotes,
    reliability,
)
from stancemap.evaluate.polnear import prepare_polnear
from stancemap.evaluate.speakers import with_disabled
from stancemap.pipeline import Failure
from stancemap.stances.confidence import default_calibrator


def items_of(
    path: Path, part: str, settings: Settings, pipeline: object
) -> tuple[list[Item], object]:
    prepared = prepare_polnear(path, settings, part=part, pipeline=pipeline)
    results = prepared.pipeline.run(prepared.parsed, settings, stages=prepared.stages)
    items: list[Item] = []
    for article, result in zip(prepared.articles, results, strict=True):
        if isinstance(result, Failure):
            continue
        analysis = json.loads(result.model_dump_json())
        items += label_quotes(analysis, article.attributions, article.text)
    return items, prepared.pipeline


def main(path: Path) -> None:
    raw = with_disabled(Settings(), [APPLY])
    shipped = default_calibrator().quotes
    parts: dict[str, list[Item]] = {}
    pipeline = None
    for part in ("tune", "check"):
        parts[part], pipeline = items_of(path, part, raw, pipeline)
    refit = fit(parts["tune"])
    mapping = {"map": shipped["map"], "default": shipped["default"]}
    for part, items in parts.items():
        row = {
            "part": part,
            "items": len(items),
            "precision": round(sum(i.correct for i in items) / max(1, len(items)), 3),
            "ece_raw": expected_error(items, lambda i: i.raw),
            "ece_shipped": expected_error(items, lambda i: shipped["map"].get(i.key, i.raw)),
            "ece_refit": expected_error(items, lambda i: refit["map"].get(i.key, refit["default"])),
        }
        print(json.dumps(row), flush=True)
    for row in reliability(parts["check"], mapping):
        print("check reliability (shipped)", json.dumps(row))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/gold/polnear/dev"))
