"""Event recall: how often a sentence gets no event, and how often the dictionary coder
finds one where stancemap finds none, on a PLOVER gold file or the wire sanity set.

    .venv/bin/python bench/events_recall.py ../shared/gold/plover-gsr/dev.jsonl --part tune
    .venv/bin/python bench/events_recall.py --wire            # tests/events/data/wire_sanity.jsonl
    .venv/bin/python bench/events_recall.py --wire --list     # the sentences behind the counts
    .venv/bin/python bench/events_recall.py --second          # tests/events/data/wire_second.jsonl
    .venv/bin/python bench/events_recall.py --third           # tests/events/data/wire_third.jsonl
    .venv/bin/python bench/events_recall.py --third --kinds   # type errors by kind (counts)

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
    targets: bool = False,
    kinds: bool = False,
) -> dict[str, Any]:
    from stancemap.config import Settings
    from stancemap.evaluate import plover
    from stancemap.ingest import make_document
    from stancemap.pipeline import Failure, Pipeline

    settings = Settings()
    if disable:
        settings = settings.model_copy(
            # on top of the shipped switches: replacing them turned the rules that are off
            # by default on, and an ablation then measured those too
            update={
                "rules": settings.rules.model_copy(
                    update={"disable": [*settings.rules.disable, *disable]}
                )
            }
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
    if kinds:
        result["stancemap_type_errors_by_kind"], listed_types = type_errors_by_kind(
            records, ours, pipeline
        )
        if listing:
            result["type_errors"] = listed_types
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
    if targets:
        result["stancemap_target_errors_by_kind"], listed = target_errors_by_kind(
            records, ours, pipeline
        )
        if "dictionary" in tallies:
            dictionary_kinds, _ = target_errors_by_kind(records, tallies["dictionary"], pipeline)
            result["dictionary_target_errors_by_kind"] = dictionary_kinds
            result["dictionary_right_ours_wrong_by_kind"] = dictionary_beats_us(
                records, ours, tallies["dictionary"], pipeline
            )
        if listing:
            result["target_errors"] = listed
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


# the kinds a type error is counted under (issue 12's list), in the order they are tried
TYPE_KINDS = (
    "no event",
    "noun or light-verb event missed",
    "wrong trigger chosen",
    "negation read as a refusal, or a refusal as a negated deed",
    "intent (future) read as the deed",
    "deed read as an intent",
    "CAMEO->PLOVER mapping (family right, row's type wrong)",
    "sense wrong for the arguments",
)
INTENT_TYPES = {"AGREE", "THREATEN", "REJECT"}


def _type_kind(record: dict[str, Any], analysis: Any, doc: Any) -> str | None:
    """Why the scored event's type is wrong, in one of ``TYPE_KINDS`` (None: right).

    From the parse and the codes only, so it can count an unseen set: the gold event
    words untouched by any event (a noun among them: a noun event missed; else another
    trigger was picked; so when another event of the sentence has the gold type), a
    negated event that is a refusal on one side only, a future or hypothetical one that
    is an intent on one side only, a CAMEO code whose family (its first two digits) has a
    row of the gold type, else the sense."""
    from stancemap.evaluate import plover

    events = analysis.events if analysis is not None else []
    if not events:
        return TYPE_KINDS[0]
    ontology = plover.load_ontology()
    spans = plover._gold_spans(record)
    event = plover.pick_event(events, spans)
    gold = ontology.canonical_type(record["event"])
    predicted = ontology.canonical_type(event.type)
    if predicted == gold:
        return None
    if any(ontology.canonical_type(e.type) == gold for e in events if e is not event):
        return TYPE_KINDS[2]  # the sentence holds an event of the gold type, not scored
    if spans and not plover._touches(event, spans):
        nouns = [
            t
            for start, end in spans
            for t in (doc.char_span(start, end, alignment_mode="expand") or [])
            if t.pos_ == "NOUN"
        ]
        return TYPE_KINDS[1] if nouns else TYPE_KINDS[2]
    negated = event.mode == "negated" or record.get("modality") == "negated"
    if negated and (predicted == "REJECT") != (gold == "REJECT"):
        return TYPE_KINDS[3]  # a negation read as a refusal, or a refusal read as a deed
    intents = INTENT_TYPES - {"REJECT"}
    moded = event.mode in ("future", "hypothetical") or record.get("modality")
    if moded and (predicted in intents) != (gold in intents):
        return TYPE_KINDS[4] if gold in intents else TYPE_KINDS[5]
    family = (event.cameo or "")[:2]
    if family and any(
        code.startswith(family) and entry.type == gold for code, entry in ontology.cameo.items()
    ):
        return TYPE_KINDS[6]
    return TYPE_KINDS[7]


def type_errors_by_kind(
    records: list[dict[str, Any]], analyses: list[Any], pipeline: Any
) -> tuple[dict[str, int], list[str]]:
    """Type errors by kind (counts, every kind shown) and one line per error for reading
    (on tune and the first two wire sets only)."""
    from stancemap.evaluate import plover

    counts = dict.fromkeys(TYPE_KINDS, 0)
    listed = []
    for record, analysis in zip(records, analyses, strict=True):
        kind = _type_kind(record, analysis, pipeline.nlp(record["text"]))
        if kind is None:
            continue
        counts[kind] += 1
        events = analysis.events if analysis is not None else []
        event = plover.pick_event(events, plover._gold_spans(record))
        said = f"{event.type} {event.cameo} {event.mode} [{event.trigger.text}]" if event else "-"
        listed.append(f"{kind} | gold {record['event']} <- {said} | {record['text']}")
    return counts, listed


def _target_miss(record: dict[str, Any], analysis: Any) -> tuple[Any, set[str], set[str]] | None:
    """The picked event and the gold and predicted target codes, when the target is wrong."""
    from stancemap.evaluate import plover

    gold = plover._codes(record.get("target"), plover.cameo_to_iso3())
    if not gold:
        return None
    events = analysis.events if analysis is not None else []
    event = plover.pick_event(events, plover._gold_spans(record))
    if event is None:
        return (None, gold, set())
    predicted = plover._actor_codes(event.target, analysis)
    return None if predicted == gold else (event, gold, predicted)


def _gold_target_tokens(
    record: dict[str, Any], analysis: Any, doc: Any, gold: set[str]
) -> list[Any]:
    """Tokens of the gold target: its words when the gold names them, else the mentions of
    the actors whose country is a gold target code (the wire sets give codes only)."""
    from stancemap.evaluate import plover

    spans = plover._gold_actor_spans(record.get("target"), record["text"])
    if not spans:
        spans = [
            (m.start, m.end)
            for actor in analysis.actors
            if plover._actor_codes([actor.id], analysis) & gold
            for m in actor.mentions
        ]
    tokens = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            tokens.append(span.root)
    return tokens


def _relation(trigger: Any, target: Any) -> str:
    """How the gold target's head hangs from the trigger in the parse, in a few words."""
    path = []
    token = target
    for _ in range(6):
        if token == trigger:
            break
        if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
            path.append(f"{token.head.lower_}+pobj")
            token = token.head.head
            continue
        path.append(token.dep_)
        if token.head == token:
            return "not under the trigger: " + "/".join(path[-2:])
        token = token.head
    else:
        return "far"
    return "/".join(reversed(path)) or "is the trigger"


def _target_kind(
    record: dict[str, Any], analysis: Any, event: Any, gold: set[str], predicted: set[str], doc: Any
) -> str:
    from stancemap.evaluate import plover

    if event is None:
        return "no event"
    ontology = plover.load_ontology()
    if ontology.canonical_type(event.type) != ontology.canonical_type(record["event"]):
        prefix = "type wrong, "
    else:
        prefix = ""
    source = plover._actor_codes(event.source, analysis)
    if predicted and predicted == source:
        return prefix + "target is the source"
    if predicted and gold < predicted:
        return prefix + "extra target"
    touch = plover._mentions_touch(
        event.target, analysis, plover._gold_actor_spans(record.get("target"), record["text"])
    )
    if predicted and touch:
        return prefix + "right words, wrong country"
    tokens = _gold_target_tokens(record, analysis, doc, gold)
    if not tokens:
        return prefix + (
            "no actor for the gold target" if not predicted else "wrong actor, gold target no actor"
        )
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    relation = _relation(trigger.root, tokens[0]) if trigger is not None else "?"
    return prefix + ("no target: " if not predicted else "wrong actor: ") + relation


def target_errors_by_kind(
    records: list[dict[str, Any]], analyses: list[Any], pipeline: Any
) -> tuple[dict[str, int], list[str]]:
    """Target errors by kind (counts) and, for reading on tune only, one line per error."""
    from collections import Counter

    kinds: Counter[str] = Counter()
    listed = []
    for record, analysis in zip(records, analyses, strict=True):
        miss = _target_miss(record, analysis)
        if miss is None:
            continue
        event, gold, predicted = miss
        doc = pipeline.nlp(record["text"])
        kind = _target_kind(record, analysis, event, gold, predicted, doc)
        kinds[kind] += 1
        trigger = f"{event.type} [{event.trigger.text}]" if event is not None else "-"
        listed.append(
            f"{kind} | gold {sorted(gold)} pred {sorted(predicted)} {trigger} | {record['text']}"
        )
    return dict(kinds.most_common()), listed


def dictionary_beats_us(
    records: list[dict[str, Any]], ours: list[Any], dictionary: list[Any], pipeline: Any
) -> dict[str, int]:
    """Per kind of our target error, how many items the dictionary coder gets right."""
    from collections import Counter

    kinds: Counter[str] = Counter()
    for record, analysis, theirs in zip(records, ours, dictionary, strict=True):
        miss = _target_miss(record, analysis)
        if miss is None or theirs is None or _target_miss(record, theirs) is not None:
            continue
        if not theirs.events:
            continue
        event, gold, predicted = miss
        kinds[
            _target_kind(record, analysis, event, gold, predicted, pipeline.nlp(record["text"]))
        ] += 1
    return dict(kinds.most_common())


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
    parser.add_argument(
        "--targets",
        action="store_true",
        help="count target errors by kind (and, with --list, show them)",
    )
    parser.add_argument(
        "--kinds",
        action="store_true",
        help="count type errors by kind (and, with --list, show them)",
    )
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
    result = measure(
        records, options.list, options.dictionary, options.disable, options.targets, options.kinds
    )
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
