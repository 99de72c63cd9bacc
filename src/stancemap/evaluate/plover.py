"""PLOVER event scorer: ``stancemap eval plover FILE``.

Each gold record is one news sentence with its PLOVER event type, source and
target actors (CAMEO country codes), event-specific mode and the event words
(``(EVT: ...)`` in ``textInfo.markup``). Each sentence is analysed through the
full ``Analyzer`` (so actors come from the actors stage), dated with the
record's date. The event scored against the gold one is the most confident
predicted event whose trigger touches a gold event word, else the most
confident event of the sentence.

Reported: event-type accuracy, source and target country accuracy (the set of
countries must match; CAMEO codes mapped to ISO3; IGO/NGO/IMG match an actor
of that sector), event-specific mode accuracy, and predicted events per gold
event (over-generation). PLOVER 0.5 names (DEMAND, DISAPPROVE, INVESTIGATE,
FIGHT) score as their 2021 successors.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..datafiles import read_table
from ..errors import InputError
from ..events.ontology import load_ontology
from ..records import Analysis, Event
from .metrics import accuracy
from .split import select

if TYPE_CHECKING:
    from ..pipeline import Pipeline

SECTOR_CODES = {"IGO", "NGO", "IMG", "MNC"}
_EVT = re.compile(r"\(EVT: ([^()]+?)\)")

# A PETRARCH-style coder measured on this dev half (../shared/README.md).
BASELINE_REPORTED = {
    "coder": "PETRARCH-style (CAMEO verb dictionary + Phoenix actors on a spaCy parse)",
    "type_accuracy": 0.521,
    "source_country_accuracy": 0.654,
    "target_country_accuracy": 0.603,
    "predicted_per_gold": 1.78,
}


@lru_cache(maxsize=1)
def cameo_to_iso3() -> dict[str, str]:
    """CAMEO country codes that differ from ISO3, from ``data/events/cameo_countries.tsv``."""
    rows = read_table("events/cameo_countries.tsv", required=("cameo", "iso3"), unique="cameo")
    return {row["cameo"]: row["iso3"] for row in rows}


def _codes(side: Any, mapping: dict[str, str]) -> set[str]:
    if not isinstance(side, list):
        return set()
    codes = [str(a["code"]) for a in side if isinstance(a, dict) and a.get("code")]
    return {mapping.get(code, code) for code in codes}


def _actor_codes(ids: list[str], analysis: Analysis) -> set[str]:
    by_id = {a.id: a for a in analysis.actors}
    out = set()
    for actor_id in ids:
        actor = by_id.get(actor_id)
        if actor is None:
            continue
        if actor.country:
            out.add(actor.country)
        elif actor.sector in SECTOR_CODES:
            out.add(actor.sector)
        elif actor.cameo:
            # An official acting for a body ("U.N. envoy X": sector GOV, cameo UNO)
            # has no country; the gold's convention names the body's kind, and
            # every CAMEO code outside the sector codes is an IGO or a region.
            out.add(actor.cameo if actor.cameo in SECTOR_CODES else "IGO")
    return out


def _gold_actor_spans(side: Any, text: str) -> list[tuple[int, int]]:
    if not isinstance(side, list):
        return []
    spans = []
    for actor in side:
        words = (actor.get("actorText") or "") if isinstance(actor, dict) else ""
        at = text.find(words) if words else -1
        if at >= 0:
            spans.append((at, at + len(words)))
    return spans


def _mentions_touch(ids: list[str], analysis: Analysis, spans: list[tuple[int, int]]) -> bool:
    """Some mention of a predicted actor overlaps the gold actor's words (role choice)."""
    by_id = {a.id: a for a in analysis.actors}
    for actor_id in ids:
        actor = by_id.get(actor_id)
        for m in actor.mentions if actor else []:
            if any(m.start < e and s < m.end for s, e in spans):
                return True
    return False


def _gold_spans(record: dict[str, Any]) -> list[tuple[int, int]]:
    text = record["text"]
    markup = (record.get("textInfo") or {}).get("markup", "")
    spans = []
    for fragment in _EVT.findall(markup):
        for word in fragment.split():
            at = text.find(word)
            if at >= 0:
                spans.append((at, at + len(word)))
    return spans


def _touches(event: Event, spans: list[tuple[int, int]]) -> bool:
    bounds = [(event.trigger.start, event.trigger.end)] + [(m.start, m.end) for m in event.mentions]
    return any(s < e2 and s2 < e for s, e in bounds for s2, e2 in spans)


def pick_event(events: list[Event], spans: list[tuple[int, int]]) -> Event | None:
    """The predicted event to score: on the gold event words if any, most confident first."""
    if not events:
        return None
    touching = [e for e in events if _touches(e, spans)]
    return max(touching or events, key=lambda e: e.confidence)


def read_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold records from a JSON Lines file."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not valid JSON: {exc}") from None
            if limit is not None and len(records) >= limit:
                break
    return records


@dataclass
class _Tally:
    """Counts behind the PLOVER scores."""

    total: int = 0
    n_pred: int = 0
    type_ok: int = 0
    with_event: int = 0
    src_ok: int = 0
    src_any: int = 0
    src_text: int = 0
    src_n: int = 0
    tgt_ok: int = 0
    tgt_text: int = 0
    tgt_n: int = 0
    mode_ok: int = 0
    mode_n: int = 0
    moded_ok: int = 0
    moded_n: int = 0
    # how the event is asserted (Event.mode: negated, hypothetical, ...), where the gold
    # marks it so; PLOVER-GSR gold marks none, the blind wire sets do
    modality_ok: int = 0
    modality_n: int = 0
    modality_false: int = 0  # a plain gold event the coder marked negated or hypothetical
    per_type: dict[str, list[int]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        return {
            "type_accuracy": accuracy(self.type_ok, self.total),
            "source_country_accuracy": accuracy(self.src_ok, self.src_n),
            "source_country_any_overlap": accuracy(self.src_any, self.src_n),
            "target_country_accuracy": accuracy(self.tgt_ok, self.tgt_n),
            "source_actor_words_match": accuracy(self.src_text, self.src_n),
            "target_actor_words_match": accuracy(self.tgt_text, self.tgt_n),
            "mode_accuracy": accuracy(self.mode_ok, self.mode_n),
            "mode_accuracy_where_gold_has_mode": accuracy(self.moded_ok, self.moded_n),
            "modality_accuracy_where_gold_has_modality": accuracy(
                self.modality_ok, self.modality_n
            ),
            "plain_events_marked_negated_or_hypothetical": self.modality_false,
            "predicted_per_gold": round(self.n_pred / self.total, 4) if self.total else 0.0,
            "sentences_with_an_event": accuracy(self.with_event, self.total),
        }


def _gold_names(side: Any) -> list[str]:
    if not isinstance(side, list):
        return []
    return [str(a.get("actorText") or "") for a in side if isinstance(a, dict)]


def _actor_names(ids: list[str], analysis: Analysis) -> list[str]:
    by_id = {a.id: a for a in analysis.actors}
    return [by_id[i].name for i in ids if i in by_id]


def _miss(
    record: dict[str, Any],
    event: Event | None,
    analysis: Analysis | None,
    gold: tuple[set[str], set[str]],
    pred: tuple[set[str], set[str]],
) -> dict[str, Any]:
    """One record whose source or target countries were wrong, in a readable form."""
    source_names = _actor_names(event.source, analysis) if event and analysis else []
    target_names = _actor_names(event.target, analysis) if event and analysis else []
    return {
        "id": record.get("id"),
        "text": record["text"],
        "gold_type": record["event"],
        "pred_type": event.type if event is not None else None,
        "trigger": event.trigger.text if event is not None else None,
        "gold_source": sorted(gold[0]),
        "pred_source": sorted(pred[0]),
        "gold_source_names": _gold_names(record.get("source")),
        "pred_source_names": source_names,
        "gold_target": sorted(gold[1]),
        "pred_target": sorted(pred[1]),
        "gold_target_names": _gold_names(record.get("target")),
        "pred_target_names": target_names,
    }


def score_record(tally: _Tally, record: dict[str, Any], analysis: Analysis | None) -> None:
    """Add one gold record and its analysis (None: the document failed) to the tally."""
    ontology = load_ontology()
    mapping = cameo_to_iso3()
    events = analysis.events if analysis is not None else []
    tally.total += 1
    tally.n_pred += len(events)
    event = pick_event(events, _gold_spans(record))
    gold_type = ontology.canonical_type(record["event"])
    hit = event is not None and ontology.canonical_type(event.type) == gold_type
    tally.type_ok += hit
    counts = tally.per_type.setdefault(gold_type, [0, 0])
    counts[0] += hit
    counts[1] += 1
    gold_source = _codes(record.get("source"), mapping)
    gold_target = _codes(record.get("target"), mapping)
    tally.src_n += bool(gold_source)
    tally.tgt_n += bool(gold_target)
    gold_mode = ontology.canonical_mode(record.get("mode"))
    gold_modality = gold_mode if gold_mode in ontology.modality_order else None
    if gold_modality:
        # an assertion mode, not PLOVER's event-specific one: scored on Event.mode below
        gold_mode = None
        tally.modality_n += 1
    tally.moded_n += bool(gold_mode)
    if event is None or analysis is None:
        if gold_source or gold_target:
            tally.misses.append(
                _miss(record, event, analysis, (gold_source, gold_target), (set(), set()))
            )
        return
    tally.with_event += 1
    pred_source = _actor_codes(event.source, analysis)
    pred_target = _actor_codes(event.target, analysis)
    if (gold_source and pred_source != gold_source) or (gold_target and pred_target != gold_target):
        tally.misses.append(
            _miss(record, event, analysis, (gold_source, gold_target), (pred_source, pred_target))
        )
    text = record["text"]
    if gold_source:
        tally.src_ok += pred_source == gold_source
        tally.src_any += bool(pred_source & gold_source)
        tally.src_text += _mentions_touch(
            event.source, analysis, _gold_actor_spans(record.get("source"), text)
        )
    if gold_target:
        tally.tgt_ok += pred_target == gold_target
        tally.tgt_text += _mentions_touch(
            event.target, analysis, _gold_actor_spans(record.get("target"), text)
        )
    pred_modality = ontology.canonical_mode(event.mode)
    if gold_modality:
        tally.modality_ok += pred_modality == gold_modality
    elif pred_modality in ("negated", "hypothetical"):
        tally.modality_false += 1
    entry = ontology.lookup(event.cameo) if event.cameo else None
    pred_mode = ontology.canonical_mode(entry.mode if entry else None)
    tally.mode_n += 1
    tally.mode_ok += pred_mode == gold_mode
    if gold_mode:
        tally.moded_ok += pred_mode == gold_mode


def _phoenix_dictionary(gold_path: Path) -> Path | None:
    """The Phoenix CAMEO verb dictionary shipped beside the gold data, if any."""
    for parent in gold_path.resolve().parents:
        candidate = parent / "reference" / "phoenix-dictionaries" / "CAMEO.2.0.txt"
        if candidate.exists():
            return candidate
    return None


def dictionary_coder(settings: Any, ontology: Any, lexicon: Any) -> Any:
    """The dictionary-only coder with the settings' rule switches, as the stage's own coder
    has them: built without them (before session 41) it ran every rule the config ships off."""
    from ..events.coder import Coder
    from ..rules import RuleSwitches

    return Coder(ontology, lexicon, RuleSwitches.from_settings(settings))


def _dictionary_only(
    analyzer: Any, documents: list[Any], analyses: list[Analysis | None], dictionary: Path
) -> list[Analysis | None]:
    """The same parse, actors and coder, with the Phoenix verb dictionary as the only
    lexicon: how much the stancemap lexicon adds over a PETRARCH-style dictionary."""
    from ..events.lexicon import Lexicon, merge_into
    from ..events.phoenix import parse_phoenix_verbs
    from ..events.stage import EventStage
    from ..nlp import parse_documents
    from ..nlp.headline_case import SENTENCE_CASE

    ontology = load_ontology()
    lexicon = Lexicon()
    merge_into(
        lexicon, parse_phoenix_verbs(dictionary.read_text("utf-8"), ontology, str(dictionary))
    )
    stage = EventStage(analyzer.settings)
    stage.lexicon = lexicon
    stage.coder = dictionary_coder(analyzer.settings, ontology, lexicon)
    out: list[Analysis | None] = []
    headlines = analyzer.switches.enabled(SENTENCE_CASE)
    texts = (d.text for d in documents)
    docs = parse_documents(analyzer.nlp, texts, analyzer.settings.nlp, headlines=headlines)
    for document, doc, analysis in zip(documents, docs, analyses, strict=True):
        if analysis is None:
            out.append(None)
            continue
        layer = analyzer.actors(doc, document)
        events = stage(doc, document, layer, analysis.quotes)
        out.append(analysis.model_copy(update={"events": events}))
    return out


def evaluate_plover(
    path: Path,
    settings: Settings,
    limit: int | None = None,
    *,
    part: str = "all",
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Score the events stage against PLOVER gold records (``pipeline``: reuse a loaded one)."""
    from ..ingest import make_document
    from ..pipeline import Failure, Pipeline

    records = select(read_records(Path(path), limit), lambda r: str(r["id"]), part)
    analyzer = pipeline.derive(settings) if pipeline is not None else Pipeline(settings)
    documents = [
        make_document(r["text"], doc_id=r.get("id"), date=r.get("date"), strip_boilerplate=False)
        for r in records
    ]
    analyses: list[Analysis | None] = [
        None if isinstance(result, Failure) else result for result in analyzer.pipe(documents)
    ]
    ours = _Tally()
    for record, analysis in zip(records, analyses, strict=True):
        score_record(ours, record, analysis)
    result: dict[str, Any] = {
        "records": len(records),
        "part": part,
        "stancemap": ours.scores(),
        "baseline_reported": BASELINE_REPORTED,
    }
    dictionary = _phoenix_dictionary(Path(path))
    if dictionary is not None:
        ablation = _Tally()
        for record, analysis in zip(
            records, _dictionary_only(analyzer, documents, analyses, dictionary), strict=True
        ):
            score_record(ablation, record, analysis)
        result["dictionary_only"] = ablation.scores()
    result["type_accuracy_by_gold_type"] = {
        name: accuracy(ok, n) for name, (ok, n) in sorted(ours.per_type.items())
    }
    result["misses"] = ours.misses
    result["notes"] = (
        "source/target: exact set of countries; *_actor_words_match: a mention of the predicted "
        "actor overlaps the gold actor's words (role choice, whatever the actor's country); "
        "mode: PLOVER event-specific mode from the CAMEO code (negated/future/... are tested "
        "on the example); dictionary_only: the Phoenix CAMEO verb dictionary in place of the "
        "stancemap lexicon, same parse, actors and coder (run when the dictionary is found "
        "beside the gold data)"
    )
    return result
