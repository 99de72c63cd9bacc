"""Event recall: how often a sentence gets no event, and how often the dictionary coder
finds one where stancemap finds none, on a PLOVER gold file or the wire sanity set.

    .venv/bin/python bench/events_recall.py ../shared/gold/plover-gsr/dev.jsonl --part tune
    .venv/bin/python bench/events_recall.py --wire            # tests/events/data/wire_sanity.jsonl
    .venv/bin/python bench/events_recall.py --wire --list     # the sentences behind the counts
    .venv/bin/python bench/events_recall.py --second          # tests/events/data/wire_second.jsonl
    .venv/bin/python bench/events_recall.py --third           # tests/events/data/wire_third.jsonl

The third set stays unseen: ``--list`` is refused there; it prints only counts of its
errors by kind (no event, wrong type, wrong source, wrong target, wrong modality).

Both coders are scored by the PLOVER scorer (``evaluate/plover.py``): stancemap's
events stage, and the same parse, actors and coder with the Phoenix CAMEO verb
dictionary as the only lexicon (the "dictionary coder" of ``stancemap eval plover``).
``--list`` prints sentences; use it only on tune or on the wire set (check is never read).
Prints one JSON object with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "tests" / "events" / "data" / "wire_sanity.jsonl"
SECOND = ROOT / "tests" / "events" / "data" / "wire_second.jsonl"
THIRD = ROOT / "tests" / "events" / "data" / "wire_third.jsonl"
DICTIONARY = ROOT.parent / "shared" / "reference" / "phoenix-dictionaries" / "CAMEO.2.0.txt"


def measure(
    records: list[dict[str, Any]],
    listing: bool,
    dictionary: Path = DICTIONARY,
    disable: list[str] | None = None,
) -> dict[str, Any]:
    from stancemap.config import Settings
    from stancemap.evaluate import plover
    from stancemap.ingest import make_document
    from stancemap.pipeline import Failure, Pipeline

    settings = Settings()
    if disable:
        settings = settings.model_copy(
            update={"rules": settings.rules.model_copy(update={"disable": list(disable)})}
        )
    pipeline = Pipeline(settings)
    documents = [
        make_document(r["text"], doc_id=r["id"], date=r.get("date"), strip_boilerplate=False)
        for r in records
    ]
    ours = [None if isinstance(a, Failure) else a for a in pipeline.pipe(documents)]
    result: dict[str, Any] = {"records": len(records)}
    tallies = {"stancemap": ours}
    if dictionary.exists():
        tallies["dictionary"] = plover._dictionary_only(pipeline, documents, ours, dictionary)
    for name, analyses in tallies.items():
        tally = plover._Tally()
        for record, analysis in zip(records, analyses, strict=True):
            plover.score_record(tally, record, analysis)
        scores = tally.scores()
        result[name] = {
            key: scores[key]
            for key in (
                "type_accuracy",
                "source_country_accuracy",
                "target_country_accuracy",
                "predicted_per_gold",
                "sentences_with_an_event",
            )
        }
    if any("modality" in r for r in records):
        result["stancemap"]["modality_accuracy"] = modality_accuracy(records, ours)
    empty = [r for r, a in zip(records, ours, strict=True) if a is None or not a.events]
    result["no_event_share"] = round(len(empty) / len(records), 4) if records else 0.0
    if "dictionary" in tallies:
        only_dict = [
            r
            for r, a, d in zip(records, ours, tallies["dictionary"], strict=True)
            if (a is None or not a.events) and d is not None and d.events
        ]
        result["dictionary_event_ours_none_share"] = (
            round(len(only_dict) / len(records), 4) if records else 0.0
        )
    result["stancemap_errors_by_kind"] = errors_by_kind(records, ours)
    if "dictionary" in tallies:
        result["dictionary_errors_by_kind"] = errors_by_kind(records, tallies["dictionary"])
    if listing:
        result["no_event"] = [r["text"] for r in empty]
        result["wrong_type"] = []
        for record, analysis in zip(records, ours, strict=True):
            if analysis is None or not analysis.events:
                continue
            event = plover.pick_event(analysis.events, plover._gold_spans(record))
            if event is not None and record.get("modality") != _modality(event.mode):
                result.setdefault("wrong_modality", []).append(
                    f"{record.get('modality')} <- {event.mode} [{event.trigger.text}] "
                    f"{record['text']}"
                )
            if event is not None and event.type != record["event"]:
                result["wrong_type"].append(
                    f"{record['event']} <- {event.type} {event.cameo} [{event.trigger.text}] "
                    f"{record['text']}"
                )
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return result


MODALITIES = ("negated", "hypothetical", "future", "historical")


def _modality(mode: str | None) -> str | None:
    """An event's ``mode`` is its modality when it has one, else PLOVER's subtype."""
    return mode if mode in MODALITIES else None


def errors_by_kind(records: list[dict[str, Any]], analyses: list[Any]) -> dict[str, int]:
    """How many records miss in each way; counts only, so an unseen set stays unseen.

    A record with no event counts once (as no event); otherwise it counts under every
    kind it gets wrong (type, source, target, modality where the set has one)."""
    from stancemap.evaluate import plover

    kinds = {"no_event": 0, "wrong_type": 0, "wrong_source": 0, "wrong_target": 0}
    if any("modality" in r for r in records):
        kinds["wrong_modality"] = 0
    for record, analysis in zip(records, analyses, strict=True):
        tally = plover._Tally()
        plover.score_record(tally, record, analysis)
        if not tally.with_event:
            kinds["no_event"] += 1
            continue
        kinds["wrong_type"] += not tally.type_ok
        kinds["wrong_source"] += tally.src_n - tally.src_ok
        kinds["wrong_target"] += tally.tgt_n - tally.tgt_ok
        if "wrong_modality" in kinds:
            event = plover.pick_event(analysis.events, plover._gold_spans(record))
            kinds["wrong_modality"] += _modality(event.mode) != record.get("modality")
    return kinds


def modality_accuracy(records: list[dict[str, Any]], analyses: list[Any]) -> float:
    """Share of records whose picked event carries the record's ``modality`` (null: none)."""
    from stancemap.evaluate import plover

    right = 0
    for record, analysis in zip(records, analyses, strict=True):
        events = analysis.events if analysis is not None else []
        event = plover.pick_event(events, plover._gold_spans(record))
        right += event is not None and _modality(event.mode) == record.get("modality")
    return round(right / len(records), 4) if records else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, help="PLOVER gold (JSON Lines)")
    parser.add_argument("--part", default="all", help="all, tune or check")
    parser.add_argument("--wire", action="store_true", help="score the wire sanity set")
    parser.add_argument("--second", action="store_true", help="score the second wire set")
    parser.add_argument("--third", action="store_true", help="score the third (unseen) set")
    parser.add_argument("--list", action="store_true", help="print the sentences (not on check)")
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY, help="CAMEO.2.0.txt")
    parser.add_argument("--disable", action="append", default=[], help="rule(s) to switch off")
    options = parser.parse_args()
    from stancemap.evaluate.plover import read_records
    from stancemap.evaluate.split import select

    if options.third and options.list:
        sys.exit("the third wire set stays unseen: --list is refused there")
    if options.wire or options.second or options.third:
        # written for stancemap: no tune/check split
        records = read_records(WIRE if options.wire else SECOND if options.second else THIRD)
    elif options.gold is not None:
        records = select(read_records(options.gold), lambda r: str(r["id"]), options.part)
    else:
        parser.error("give a gold file or --wire")
    if options.list and options.part == "check":
        sys.exit("check is scored, never read: --list is refused there")
    result = measure(records, options.list, options.dictionary, options.disable)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
