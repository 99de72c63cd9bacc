"""Events-stage speed: the stage of this tree against the same stage at a baseline
git revision, on the same parses, actors and quotes, in one process.

The baseline's ``src/stancemap`` is extracted (``git archive``) into a temporary
folder and imported under another top-level name (``stancemap_baseline``), so
both versions live side by side; the parse, the actors and the quotes are made
once by this tree and handed to both events stages. Data files are read from
this tree by both (``datafiles.data_path`` names the ``stancemap`` package), so
the comparison is of code only. Rounds alternate (baseline, current, ...) so a
change in machine load falls on both; the best round of each counts. The
script also checks that both produce the same events (a speed change must not
change output).

``--own-data``: the baseline reads its own ``data/`` (when the data format
changed and the old code cannot read the new files); only the spaCy layer
(``stancemap.nlp``, whose factories register once per process) is shared.
Events may then differ, and ``identical_events`` says so.

    .venv/bin/python bench/events_speed.py --baseline HEAD [--docs 30] [--repeat 5] [--own-data]
    .venv/bin/python bench/events_speed.py --profile      # pyinstrument, current only

Prints one JSON line: seconds per round (best), the ratio current/baseline,
the parse time of the same texts for scale, and the load average.
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

from throughput import load_texts  # noqa: E402  (the same texts as the throughput bench)


def baseline_package(revision: str, folder: Path, own_data: bool = False) -> Any:
    """``src/stancemap`` at ``revision``, imported as ``stancemap_baseline`` (its
    ``events.stage``); with ``own_data`` it reads the ``data/`` of that revision."""
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
    # One spaCy layer per process, with or without --own-data: the baseline's own
    # ``nlp`` would register the compiled attribute ruler's factory a second time
    # under the same name, which spaCy refuses ("factory already exists").
    import stancemap.nlp.attribute_ruler  # noqa: F401  (registered before aliasing)

    for name, module in list(sys.modules.items()):
        if name.startswith("stancemap.nlp"):
            sys.modules["stancemap_baseline" + name[len("stancemap") :]] = module
    if not own_data:
        return importlib.import_module("stancemap_baseline.events.stage")

    def own(relative: str) -> Path:
        return package / "data" / relative

    importlib.import_module("stancemap_baseline.datafiles").data_path = own
    stage = importlib.import_module("stancemap_baseline.events.stage")
    for name, module in list(sys.modules.items()):
        if name.startswith("stancemap_baseline") and hasattr(module, "data_path"):
            module.data_path = own
    return stage


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--baseline", help="git revision of the baseline events stage")
    parser.add_argument("--profile", action="store_true", help="pyinstrument the current stage")
    parser.add_argument(
        "--own-data", action="store_true", help="the baseline reads its own data files"
    )
    options = parser.parse_args()

    from stancemap import Pipeline
    from stancemap.events.stage import EventStage
    from stancemap.ingest import make_document

    texts, corpus = load_texts(options.docs)
    pipeline = Pipeline()
    documents = [make_document(t, doc_id=str(i), date="2016-10-01") for i, t in enumerate(texts)]
    started = time.perf_counter()
    parsed = pipeline.parse(documents)
    parse_seconds = time.perf_counter() - started
    inputs = []
    for item in parsed:
        layer = pipeline.actors(item.doc, item.document)  # type: ignore[union-attr]
        quotes = pipeline.quotes(item.doc, item.document, layer)  # type: ignore[union-attr]
        inputs.append((item.doc, item.document, layer, quotes))  # type: ignore[union-attr]

    current = EventStage(pipeline.settings)

    def run(stage: Any) -> list[Any]:
        return [stage(doc, document, layer, quotes) for doc, document, layer, quotes in inputs]

    run(current)  # warm caches (lexicon, ontology)
    if options.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        run(current)
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False, show_all=False))
        return

    rounds: dict[str, Any] = {"current": lambda: run(current)}
    identical = None
    with tempfile.TemporaryDirectory() as tmp:
        if options.baseline:
            module = baseline_package(options.baseline, Path(tmp), options.own_data)
            base = module.EventStage(pipeline.settings)
            before, after = run(base), run(current)
            identical = [[e.model_dump() for e in events] for events in before] == [
                [e.model_dump() for e in events] for events in after
            ]
            rounds = {"baseline": lambda: run(base), **rounds}
        best: dict[str, float] = {}
        for _ in range(options.repeat):
            for name, fn in rounds.items():
                elapsed = timed(fn)
                best[name] = min(elapsed, best.get(name, elapsed))
    line: dict[str, Any] = {
        "bench": "events_speed",
        "corpus": corpus,
        "docs": len(texts),
        "repeat": options.repeat,
        "parse_seconds": round(parse_seconds, 3),
        **{f"{name}_seconds": round(value, 3) for name, value in best.items()},
        "load_average": round(os.getloadavg()[0], 2),
    }
    if options.baseline:
        line["baseline"] = options.baseline
        line["ratio_current_over_baseline"] = round(best["current"] / best["baseline"], 3)
        line["identical_events"] = identical
    print(json.dumps(line))


if __name__ == "__main__":
    main()
