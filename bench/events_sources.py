"""Sourceless events: how many predicted events have ``source: []``, on the PLOVER dev
tune and check parts and on the project's wire sanity set, beside the scorer's type,
source and target figures.

    .venv/bin/python bench/events_sources.py
    .venv/bin/python bench/events_sources.py --disable events.args.adjective_chain

Two shares per set: of all predicted events, and of the event the PLOVER scorer picks
for each gold record (``evaluate.plover.pick_event``). Only counts are printed, never
sentences (check is never read). One JSON line with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"
WIRE = ROOT / "tests" / "events" / "data" / "wire_sanity.jsonl"
SCORES = ("type_accuracy", "source_country_accuracy", "target_country_accuracy")


def measure(disable: list[str]) -> dict[str, Any]:
    from stancemap.config import Settings
    from stancemap.evaluate import plover
    from stancemap.evaluate.split import select
    from stancemap.ingest import make_document
    from stancemap.pipeline import Failure, Pipeline

    settings = Settings()
    rules = settings.rules.model_copy(update={"disable": list(disable)})
    pipeline = Pipeline(settings.model_copy(update={"rules": rules}))
    sets: dict[str, list[dict[str, Any]]] = {"wire": plover.read_records(WIRE)}
    if DEV.exists():
        dev = plover.read_records(DEV)
        for part in ("tune", "check"):
            sets[part] = select(dev, lambda r: str(r["id"]), part)
    out: dict[str, Any] = {"disable": disable}
    for name, records in sets.items():
        documents = [
            make_document(r["text"], doc_id=r["id"], date=r.get("date"), strip_boilerplate=False)
            for r in records
        ]
        tally = plover._Tally()
        events = empty = picked = picked_empty = 0
        for record, result in zip(records, pipeline.pipe(documents), strict=True):
            analysis = None if isinstance(result, Failure) else result
            plover.score_record(tally, record, analysis)
            found = analysis.events if analysis is not None else []
            events += len(found)
            empty += sum(not e.source for e in found)
            event = plover.pick_event(found, plover._gold_spans(record))
            if event is not None:
                picked += 1
                picked_empty += not event.source
        scores = tally.scores()
        out[name] = {key: scores[key] for key in (*SCORES, "predicted_per_gold")}
        out[name]["empty_source_all_events"] = round(empty / events, 3) if events else 0.0
        out[name]["empty_source_picked"] = round(picked_empty / picked, 3) if picked else 0.0
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--disable", action="append", default=[], help="rule(s) to switch off")
    options = parser.parse_args()
    print(json.dumps(measure(options.disable)))


if __name__ == "__main__":
    main()
