"""Sourceless events: how many predicted events have ``source: []``, and why, on the
PLOVER dev tune and check parts and on the project's three wire sets, beside the
scorer's type, source and target figures.

    .venv/bin/python bench/events_sources.py
    .venv/bin/python bench/events_sources.py --disable events.args.undergone_event
    .venv/bin/python bench/events_sources.py --examples      # tune sentences only

Two shares per set: of all predicted events, and of the event the PLOVER scorer picks
for each gold record (``evaluate.plover.pick_event``). For each picked event with an
empty source, the reason read from the parse: no subject in the parse; subject a
pronoun left unresolved; an event the subject undergoes with no doer
named ("came under attack"); subject not an actor (a people tagged NORP, a proper name,
a noun with a participle clause, a common noun, a noun with a named modifier, an event
noun); nominal event with no possessor (or one that is
no actor); passive with no agent. For each picked event whose source is not empty but
wrong, its kind (``wrong_source_kind``) and the trigger's form (``trigger_form``). For
each picked event whose subject is a people tagged NORP, how many countries its sentence
names and whether the source is right (``people_subject_kind``).
Counts only for every set; ``--examples`` prints the sentences of the tune part alone
(check and the third wire set are never read).

Settings are the CLI's: ``load_settings(--config)``, i.e. the shipped
``default_config.toml`` (with its ``[rules] disable`` list) and then the user's file,
exactly as ``stancemap eval plover`` builds them, so the two agree item for item.
``--disable`` adds to that ``[rules] disable`` list; ``--enable`` takes a rule off it
(to measure a rule that is off by default). One JSON line with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"
WIRE = ROOT / "tests" / "events" / "data"  # the sets themselves: stancemap.evaluate.event_sets
# this bench has always printed the second and third wire sets under these names
LABELS = {"second": "wire_second", "third": "wire_third"}
SCORES = ("type_accuracy", "source_country_accuracy", "target_country_accuracy")
READABLE = "tune"  # the only part whose sentences may be printed


def gold_has_source(record: dict[str, Any]) -> bool:
    source = record.get("source")
    return isinstance(source, list) and any(isinstance(a, dict) and a.get("code") for a in source)


def empty_source_reason(event: Any, doc: Any, roles: Any, matcher: Any) -> str:
    """Why an event has no source, read from the parse around its trigger."""
    from stancemap.events import arguments as args
    from stancemap.events.undergone import undergone_nouns

    tok = next((t for t in doc if t.idx <= event.trigger.start < t.idx + len(t)), None)
    if tok is None:
        return "trigger off the parse"
    if tok.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod") and c.i < tok.i]
        return "nominal, modifier not an actor" if owners else "nominal, no possessor"
    if undergone_nouns(tok):
        return "undergone by the subject, no doer named"  # "came under attack"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if passive and not args.prep_objects(tok, ["by"]):
        return "passive with no agent"
    subj = roles.subject(tok)
    if subj is None:
        return "no subject in the parse"
    if args.is_pronoun(subj):
        return "pronoun subject not resolved"
    named = [c for c in subj.children if c.dep_ in ("amod", "compound", "nmod") and c.i < subj.i]
    if subj.pos_ == "PROPN" and subj.ent_type_ == "NORP":
        return "subject not an actor: a people (proper name tagged NORP)"  # "Kurds"
    if subj.pos_ == "PROPN":
        return "subject not an actor: proper name"
    if any(c.dep_ == "acl" and c.i > subj.i and c.tag_ in ("VBN", "VBG") for c in subj.children):
        return "subject not an actor: a noun with a participle clause"  # events.args.clause_owner
    if any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in named):
        return "subject not an actor: noun with a named modifier"
    if matcher.match_noun(subj) is not None:
        return "subject not an actor: an event noun"
    return "subject not an actor: common noun"


def wrong_source_kind(record: dict[str, Any], event: Any, analysis: Any) -> str | None:
    """How a non-empty source misses the gold countries (None: it does not), by kind
    only: the predicted actor has no country or code; more or fewer countries than the
    gold; the gold source is what the event made its target (roles swapped); another
    actor of the sentence; or a country of no actor the analysis found."""
    from stancemap.evaluate import plover

    mapping = plover.cameo_to_iso3()
    gold = plover._codes(record.get("source"), mapping)
    pred = plover._actor_codes(event.source, analysis)
    if not gold or pred == gold:
        return None
    if not pred:
        return "predicted actor has no country or code"
    if gold < pred:
        return "more countries than the gold"
    if pred < gold:
        return "fewer countries than the gold"
    if gold <= plover._actor_codes(event.target, analysis):
        return "gold source made the target"
    if gold <= plover._actor_codes([a.id for a in analysis.actors], analysis):
        return "gold source is another actor of the sentence"
    return "gold source is no actor found"


def people_subject_kind(record: dict[str, Any], event: Any, analysis: Any, doc: Any) -> str | None:
    """For a picked event whose verb's subject is a people tagged NORP ("Kurds",
    "ethnic Albanians"): how many countries the actors of its sentence name (0, 1,
    2+), whether "ethnic" marks it, and whether the source is right. None otherwise."""
    from stancemap.evaluate import plover

    tok = next((t for t in doc if t.idx <= event.trigger.start < t.idx + len(t)), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok is not None else None
    if subj is None or subj.ent_type_ != "NORP" or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    sent = subj.sent
    named = {
        actor.country
        for actor in analysis.actors
        if actor.country and not actor.country_source
        for m in actor.mentions
        if sent.start_char <= m.start < sent.end_char
    }
    gold = plover._codes(record.get("source"), plover.cameo_to_iso3())
    right = plover._actor_codes(event.source, analysis) == gold
    ethnic = any(t.lower_ == "ethnic" for t in subj.subtree)
    count = str(len(named)) if len(named) < 2 else "2+"
    return f"sentence names {count} countries{', ethnic' if ethnic else ''}: {'right' if right else 'wrong'}"


def trigger_form(event: Any, doc: Any) -> str:
    """The grammatical form of an event's trigger, for counting wrong sources by kind:
    a noun, a passive or active verb, a participle on a noun, inside a quote or a
    reported clause or not."""
    tok = next((t for t in doc if t.idx <= event.trigger.start < t.idx + len(t)), None)
    if tok is None:
        return "off the parse"
    if tok.pos_ in ("NOUN", "PROPN"):
        form = "noun"
    elif tok.dep_ in ("acl", "relcl"):
        form = "clause on a noun"
    elif any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        form = "passive verb"
    else:
        form = "active verb"
    head = tok
    while head.dep_ not in ("ccomp", "ROOT") and head.head.i != head.i:
        head = head.head
    reported = head.dep_ == "ccomp"
    return f"{form}, {'reported clause' if reported else 'main clause'}"


def measure(
    disable: list[str],
    examples: bool,
    config: str | None = None,
    enable: list[str] | None = None,
) -> dict[str, Any]:
    from stancemap.config import load_settings
    from stancemap.evaluate import plover
    from stancemap.evaluate.event_sets import event_sets
    from stancemap.ingest import make_document
    from stancemap.pipeline import Failure, Pipeline

    # The CLI's settings (default config file, its [rules] disable), not bare Settings():
    # with Settings() this bench and `stancemap eval plover` differed by one item.
    settings = load_settings(config)
    kept = [name for name in settings.rules.disable if name not in (enable or [])]
    rules = settings.rules.model_copy(update={"disable": [*kept, *disable]})
    pipeline = Pipeline(settings.model_copy(update={"rules": rules}))
    coder = pipeline.events.coder if pipeline.events is not None else None
    sets = event_sets(DEV, WIRE, LABELS)
    out: dict[str, Any] = {"disable": disable, "enable": enable or []}
    for name, records in sets.items():
        documents = [
            make_document(r["text"], doc_id=r["id"], date=r.get("date"), strip_boilerplate=False)
            for r in records
        ]
        parsed = pipeline.parse(documents)
        tally = plover._Tally()
        events = empty = picked = 0
        reasons: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        people: Counter[str] = Counter()
        for record, parse, result in zip(records, parsed, pipeline.run(parsed), strict=True):
            analysis = None if isinstance(result, Failure) else result
            plover.score_record(tally, record, analysis)
            found = analysis.events if analysis is not None else []
            events += len(found)
            empty += sum(not e.source for e in found)
            event = plover.pick_event(found, plover._gold_spans(record))
            if event is None:
                continue
            picked += 1
            if analysis is not None and gold_has_source(record) and not isinstance(parse, Failure):
                kind = people_subject_kind(record, event, analysis, parse.doc)
                if kind is not None:
                    people[kind] += 1
            if event.source and analysis is not None:
                kind = wrong_source_kind(record, event, analysis)
                if kind is not None and not isinstance(parse, Failure):
                    kind += f" ({trigger_form(event, parse.doc)})"
                if kind is not None:
                    wrong[kind] += 1
                    if examples and name == READABLE:
                        print(f"wrong: {kind} | {event.trigger.text} | {record['text']}")
            if event.source or isinstance(parse, Failure) or coder is None:
                continue
            reason = empty_source_reason(event, parse.doc, coder.roles, coder.matcher)
            reasons[reason] += 1
            if examples and name == READABLE:
                print(f"{reason} | {event.trigger.text} | {record['text']}")
        scores = tally.scores()
        out[name] = {key: scores[key] for key in (*SCORES, "predicted_per_gold")}
        out[name]["empty_source_all_events"] = round(empty / events, 3) if events else 0.0
        out[name]["empty_source_picked"] = (
            round(sum(reasons.values()) / picked, 3) if picked else 0.0
        )
        out[name]["empty_source_reasons"] = dict(reasons.most_common())
        out[name]["wrong_source_kinds"] = dict(wrong.most_common())
        out[name]["people_subjects"] = dict(people.most_common())
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=" ".join(__doc__.split("\n\n")[0].split())
        + " Settings are the CLI's (load_settings: default_config.toml with its [rules]"
        " disable, then --config), the same as `stancemap eval plover`."
    )
    parser.add_argument(
        "--disable", action="append", default=[], help="rule(s) to switch off, beyond the defaults"
    )
    parser.add_argument(
        "--enable", action="append", default=[], help="rule(s) off by default to switch on"
    )
    parser.add_argument("--examples", action="store_true", help="print tune sentences only")
    parser.add_argument(
        "--config",
        default=None,
        help="TOML settings file, as `stancemap eval plover --config`; without it the shipped"
        " default_config.toml (with its [rules] disable), the same settings as the CLI",
    )
    options = parser.parse_args()
    print(json.dumps(measure(options.disable, options.examples, options.config, options.enable)))


if __name__ == "__main__":
    main()
