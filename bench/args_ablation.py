"""Ablation of the event-argument rules on every event set at once.

Each set (PLOVER dev tune and check, the three wire sets) is parsed once; the stages
then run again with one rule flipped at a time: a rule that is on is switched off
(``[rules] disable``), a rule shipped off is switched on. For each flip and set the
scorer's type / source / target figures and events per gold; the gain is "rule on
minus rule off", so a positive number always means the rule helps.

    .venv/bin/python bench/args_ablation.py > /tmp/ablation.jsonl
    .venv/bin/python bench/args_ablation.py --rules 'events.args.*' --rules 'actors.agent.*'
    .venv/bin/python bench/args_ablation.py --together --rules events.args.x --rules ...
    .venv/bin/python bench/args_ablation.py --real 40 --rules events.args.x ...

Counts in total only, per set: nothing here prints a sentence, so check and the third
wire set (never read) can be measured with it. One JSON line per rule (and a first line
with the shipped figures and the load average), written as it goes.

``--real N`` also parses the first N PolNeAR dev articles (sorted file names; the text
only, no gold is read) and counts, per flipped rule, how many events (type, mode, source,
target at one trigger) and actors (name, type, country, sector, role, mentions) differ
from the shipped defaults, and in how many articles: a rule worth 0 on every gold set
may still change what a user sees on real news. ``--no-gold`` skips the gold sets.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"
WIRE = ROOT / "tests" / "events" / "data"  # the sets themselves: stancemap.evaluate.event_sets
# The rule families that decide an event's source and target.
ARGUMENT_RULES = ("events.args.*", "events.roles.*", "actors.agent.*", "actors.names.*")
STAGES = ("actors", "quotes", "events")
REAL = ROOT.parent / "shared" / "gold" / "polnear" / "dev" / "text"


def _sets() -> dict[str, list[dict[str, Any]]]:
    from stancemap.evaluate.event_sets import event_sets

    return event_sets(DEV, WIRE)


def _score(pipeline: Any, records: list[dict[str, Any]], parsed: list[Any]) -> list[float]:
    """Type, source, target and events per gold of one set under ``pipeline``'s settings."""
    from stancemap.evaluate import plover
    from stancemap.pipeline import Failure

    tally = plover._Tally()
    for record, result in zip(records, pipeline.run(parsed), strict=True):
        plover.score_record(tally, record, None if isinstance(result, Failure) else result)
    s = tally.scores()
    return [
        round(s[key], 4)
        for key in (
            "type_accuracy",
            "source_country_accuracy",
            "target_country_accuracy",
            "predicted_per_gold",
        )
    ]


def _real_documents(count: int) -> list[Any]:
    """The first ``count`` PolNeAR dev articles by file name, as documents (text only)."""
    from stancemap.ingest import make_document

    files = sorted(REAL.glob("*.txt"))[:count] if REAL.is_dir() else []
    return [make_document(f.read_text(encoding="utf-8"), doc_id=f.stem) for f in files]


def _outputs(pipeline: Any, parsed: list[Any]) -> list[tuple[Counter[Any], Counter[Any]] | None]:
    """Per document, the multiset of its events and of its actors, in terms that do not
    depend on actor ids (an id may be numbered differently when one actor more is found)."""
    from stancemap.pipeline import Failure

    outputs: list[tuple[Counter[Any], Counter[Any]] | None] = []
    for result in pipeline.run(parsed):
        if isinstance(result, Failure):
            outputs.append(None)
            continue
        key = {a.id: (a.name, a.type, a.country) for a in result.actors}
        actors = Counter(
            (
                a.name,
                a.type,
                a.country,
                a.sector,
                a.role,
                tuple((m.start, m.end) for m in a.mentions),
            )
            for a in result.actors
        )
        events = Counter(
            (
                e.trigger.start,
                e.trigger.end,
                e.type,
                e.mode,
                tuple(sorted(str(key.get(s, s)) for s in e.source)),
                tuple(sorted(str(key.get(t, t)) for t in e.target)),
            )
            for e in result.events
        )
        outputs.append((events, actors))
    return outputs


def _changed(base: list[Any], other: list[Any]) -> dict[str, int]:
    """Events and actors that differ (in either run only, counted once each side), and
    the articles where anything differs."""
    events = actors = docs = 0
    for b, o in zip(base, other, strict=True):
        if b is None or o is None:
            docs += int(b is not o)
            continue
        e = sum(((b[0] - o[0]) + (o[0] - b[0])).values())
        a = sum(((b[1] - o[1]) + (o[1] - b[1])).values())
        events += e
        actors += a
        docs += int(bool(e or a))
    return {"events": events, "actors": actors, "articles": docs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", action="append", default=[], help="fnmatch pattern(s)")
    parser.add_argument("--config", default=None, help="TOML settings, as the CLI's --config")
    parser.add_argument(
        "--together",
        action="store_true",
        help="one row: every matched rule that is on switched off at once (rules that "
        "stand in for each other show here, not one at a time)",
    )
    parser.add_argument(
        "--real",
        type=int,
        default=0,
        metavar="N",
        help="also count changed events/actors on the first N PolNeAR dev articles",
    )
    parser.add_argument("--no-gold", action="store_true", help="skip the gold sets")
    options = parser.parse_args()

    from stancemap.config import load_settings
    from stancemap.ingest import make_document
    from stancemap.pipeline import Pipeline
    from stancemap.rules import load_all

    settings = load_settings(options.config)
    patterns = options.rules or list(ARGUMENT_RULES)
    names = [r.name for r in load_all().all() if any(fnmatchcase(r.name, p) for p in patterns)]
    pipeline = Pipeline(settings)
    sets = {} if options.no_gold else _sets()
    parsed = {
        name: pipeline.parse(
            make_document(r["text"], doc_id=r["id"], date=r.get("date"), strip_boilerplate=False)
            for r in records
        )
        for name, records in sets.items()
    }
    real_parsed = pipeline.parse(_real_documents(options.real)) if options.real else []

    def emit(row: dict[str, Any]) -> None:
        print(json.dumps(row), flush=True)

    base_run = pipeline.derive(settings, stages=STAGES)
    shipped = {name: _score(base_run, sets[name], parsed[name]) for name in sets}
    real_base = _outputs(base_run, real_parsed)
    head: dict[str, Any] = {"shipped": shipped}
    if real_parsed:
        head["real"] = {
            "articles": len(real_parsed),
            "events": sum(sum(o[0].values()) for o in real_base if o),
            "actors": sum(sum(o[1].values()) for o in real_base if o),
        }
    head["load_average"] = [round(x, 2) for x in os.getloadavg()]
    emit(head)
    groups = [[name] for name in names]
    if options.together:
        shipped_on = [
            n for n in names if not any(fnmatchcase(n, d) for d in settings.rules.disable)
        ]
        # all shipped off: switched on together ("unknown_people" with "sentence_country_named")
        groups = [shipped_on or names]
    for group in groups:
        name = group[0] if len(group) == 1 else f"{len(group)} rules together: {' '.join(group)}"
        off_by_default = any(fnmatchcase(group[0], d) for d in settings.rules.disable)
        if off_by_default:
            flipped_disable = [d for d in settings.rules.disable if d not in group]
        else:
            flipped_disable = [*settings.rules.disable, *group]
        flipped = settings.model_copy(
            update={"rules": settings.rules.model_copy(update={"disable": flipped_disable})}
        )
        row: dict[str, Any] = {"rule": name, "shipped": "off" if off_by_default else "on"}
        flipped_run = pipeline.derive(flipped, stages=STAGES)
        for set_name in sets:
            other = _score(flipped_run, sets[set_name], parsed[set_name])
            base = shipped[set_name]
            on, off = (other, base) if off_by_default else (base, other)
            row[set_name] = [round(a - b, 4) for a, b in zip(on, off, strict=True)]
        if real_parsed:
            row["real"] = _changed(real_base, _outputs(flipped_run, real_parsed))
        row["load_average"] = [round(x, 2) for x in os.getloadavg()][0]
        emit(row)


if __name__ == "__main__":
    main()
