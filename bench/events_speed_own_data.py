"""Events-stage speed against a baseline revision that reads its OWN data files.

``bench/events_speed.py`` has both stages read this tree's data files (a comparison of
code only). When the data format changes (session 5: ``!inf`` conditions in
``cameo_verbs.tsv``), the old code cannot read the new files; this script gives the
baseline package its own ``data/`` and shares only the spaCy layer (``stancemap.nlp``,
whose factories register once per process). Same parses, actors and quotes; rounds
alternate (baseline, current); the best round of each counts.

    .venv/bin/python bench/events_speed_own_data.py --baseline 1551f8f [--docs 20] [--repeat 5]

Prints one JSON line: best seconds, the ratio current/baseline, event counts, load average.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import load_texts  # noqa: E402


def baseline_stage_module(revision: str, folder: Path) -> Any:
    """``stancemap.events.stage`` at ``revision`` as ``stancemap_baseline``, on its own data."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/stancemap"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / "stancemap_baseline"
    (folder / "src" / "stancemap").rename(package)
    sys.path.insert(0, str(folder))
    for name, module in list(sys.modules.items()):  # one spaCy layer per process
        if name.startswith("stancemap.nlp"):
            sys.modules["stancemap_baseline" + name[len("stancemap") :]] = module

    def own(relative: str) -> Path:
        return package / "data" / relative

    importlib.import_module("stancemap_baseline.datafiles").data_path = own
    stage = importlib.import_module("stancemap_baseline.events.stage")
    for name, module in list(sys.modules.items()):
        if name.startswith("stancemap_baseline") and hasattr(module, "data_path"):
            module.data_path = own
    return stage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", required=True, help="git revision")
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    from stancemap import Pipeline
    from stancemap.events.stage import EventStage
    from stancemap.ingest import make_document

    texts, _ = load_texts(options.docs)
    pipeline = Pipeline()
    documents = [make_document(t, doc_id=str(i), date="2016-10-01") for i, t in enumerate(texts)]
    inputs = []
    for item in pipeline.parse(documents):
        layer = pipeline.actors(item.doc, item.document)  # type: ignore[union-attr]
        quotes = pipeline.quotes(item.doc, item.document, layer)  # type: ignore[union-attr]
        inputs.append((item.doc, item.document, layer, quotes))  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        module = baseline_stage_module(options.baseline, Path(tmp))
        stages = {
            "baseline": module.EventStage(pipeline.settings),
            "current": EventStage(pipeline.settings),
        }
        counts = {
            name: sum(len(stage(*x)) for x in inputs) for name, stage in stages.items()
        }  # also warms the caches
        best: dict[str, float] = {}
        for _ in range(options.repeat):
            for name, stage in stages.items():
                gc.collect()
                started = time.perf_counter()
                for x in inputs:
                    stage(*x)
                elapsed = time.perf_counter() - started
                best[name] = min(elapsed, best.get(name, elapsed))
    line = {
        "docs": len(inputs),
        "baseline": options.baseline,
        "best_seconds": {k: round(v, 3) for k, v in best.items()},
        "ratio": round(best["current"] / best["baseline"], 3),
        "events": counts,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(line))


if __name__ == "__main__":
    main()
