"""A relation's confidence, learned: how likely an analyst would sign it (issue 14).

A small logistic regression over a handful of features of the relation's evidence
(how many pieces and of which kinds, the heaviest piece's kind, the heaviest event's
PLOVER quad class, mode and confidence, whether the ends are knowledge-base actors,
named people or generic agents, how often the text names them, whether one passage
names both) gives the chance that the relation is right: that it should exist and its
sign is right. The weights (``data/stances/relation_confidence.json``) are fitted by
``bench/relation_confidence.py`` on hand-judged relations of PolNeAR tune articles
(the judged texts stay outside the repository), cross-validated.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from typing import Any

from ..datafiles import data_path
from ..records import Actor, Event, Quote, Relation, Statement, is_agent_id, is_new_id

MODEL_FILE = "stances/relation_confidence.json"

# The model's own grouping of PLOVER event types into four classes (the features its
# weights were fitted on). Close to PLOVER's quad classes (data/events/plover.toml) but
# not the same: REQUEST is grouped with verbal cooperation (PLOVER: verbal conflict) and
# PROTEST with verbal conflict (PLOVER: material conflict). Changing a group means
# fitting again (bench/relation_confidence.py fit).
QUAD = {
    "AGREE": "verbal_coop",
    "CONSULT": "verbal_coop",
    "SUPPORT": "verbal_coop",
    "REQUEST": "verbal_coop",
    "COOPERATE": "material_coop",
    "AID": "material_coop",
    "CONCEDE": "material_coop",
    "RETREAT": "material_coop",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "verbal_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
BACKGROUND_MODES = frozenset({"historical", "hypothetical"})
KINDS = ("event", "statement_quote", "statement_event", "claim", "carried")

FEATURES = (
    "log_items",
    "abs_score",
    "max_weight",
    *(f"heavy_{k}" for k in KINDS),
    "has_quote",
    "quad_verbal_coop",
    "quad_material_coop",
    "quad_verbal_conflict",
    "quad_material_conflict",
    "event_confidence",
    "event_background",
    "event_reported",
    "statement_confidence",
    "kb_ends",
    "generic_end",
    "both_people",
    "min_mentions",
    "one_passage",
    "both_in_heaviest",
)


class Doc:
    """The document's records, by id, that a relation's features read."""

    def __init__(
        self,
        actors: list[Actor],
        events: list[Event],
        statements: list[Statement],
        quotes: list[Quote] | None,
    ) -> None:
        self.actors = {a.id: a for a in actors}
        self.events = {e.id: e for e in events}
        self.statements = {s.id: s for s in statements}
        self.quotes = {q.id: q for q in quotes or []}


def _kind(ref_id: str, via: str | None, doc: Doc) -> str:
    """What one evidence item is (as ``bench/real_news_sample.py`` names it, headline and
    claim together)."""
    if via and via.startswith(("leaders:", "voice:")):
        return "carried"
    if ref_id in doc.events:
        return "event"
    if ref_id in doc.quotes:
        return "quote"
    rests = doc.statements[ref_id].evidence if ref_id in doc.statements else []
    if any(r in doc.quotes for r in rests):
        return "statement_quote"
    if rests:
        return "statement_event"
    return "claim"


def _generic(actor: Actor | None) -> bool:
    """A generic agent or an unlinked actor named by a common noun ("schools")."""
    if actor is None:
        return True
    if is_agent_id(actor.id):
        return True
    return is_new_id(actor.id) and not actor.name[:1].isupper()


def _kb(actor: Actor | None) -> bool:
    return actor is not None and not (is_new_id(actor.id) or is_agent_id(actor.id))


def _mentions(actor: Actor | None) -> int:
    return len(actor.mentions) if actor is not None else 0


def _names_inside(actor: Actor | None, start: int, end: int) -> bool:
    return actor is not None and any(m.start >= start and m.end <= end for m in actor.mentions)


def relation_features(relation: Relation, doc: Doc) -> dict[str, float]:
    """The model's features of one relation (every name in ``FEATURES``)."""
    f = dict.fromkeys(FEATURES, 0.0)
    refs = relation.evidence_spans
    # in evidence order, not a set's: ties for the top event are then broken the same way in
    # every process (a set of ids iterates by string hash, which PYTHONHASHSEED varies)
    ids = list(dict.fromkeys(r.id for r in refs))
    f["log_items"] = math.log1p(len(ids))
    f["abs_score"] = abs(relation.score)
    heaviest = max(refs, key=lambda r: r.weight or 0.0, default=None)
    if heaviest is not None:
        f["max_weight"] = min(1.0, heaviest.weight or 0.0)
        kind = _kind(heaviest.id, heaviest.via, doc)
        kind = "statement_quote" if kind == "quote" else kind
        f[f"heavy_{kind}"] = 1.0
    kinds = {_kind(r.id, r.via, doc) for r in refs}
    f["has_quote"] = float(bool(kinds & {"quote", "statement_quote"}))
    events = [doc.events[i] for i in ids if i in doc.events]
    if events:
        top = max(events, key=lambda e: max((r.weight or 0.0) for r in refs if r.id == e.id))
        quad = QUAD.get(top.type)
        if quad:
            f[f"quad_{quad}"] = 1.0
        f["event_confidence"] = max(e.confidence for e in events)
        f["event_background"] = float(any(e.mode in BACKGROUND_MODES for e in events))
        f["event_reported"] = float(all(e.reported_by is not None for e in events))
    statements = [doc.statements[i] for i in ids if i in doc.statements]
    if statements:
        f["statement_confidence"] = max(s.confidence for s in statements)
    a, b = doc.actors.get(relation.a), doc.actors.get(relation.b)
    f["kb_ends"] = (_kb(a) + _kb(b)) / 2.0
    f["generic_end"] = float(_generic(a) or _generic(b))
    f["both_people"] = float(
        a is not None and b is not None and a.type == "person" and b.type == "person"
    )
    f["min_mentions"] = math.log1p(min(_mentions(a), _mentions(b)))
    spans = {(r.span.start, r.span.end) for r in refs if r.span is not None}
    f["one_passage"] = float(len(spans) == 1)
    if heaviest is not None and heaviest.span is not None:
        s, e = heaviest.span.start, heaviest.span.end
        f["both_in_heaviest"] = float(_names_inside(a, s, e) and _names_inside(b, s, e))
    return f


@cache
def load_model() -> dict[str, Any]:
    """The fitted weights: ``intercept``, ``weights`` (feature -> weight), ``mean`` and
    ``scale`` (the standardisation the weights were fitted on)."""
    model: dict[str, Any] = json.loads(data_path(MODEL_FILE).read_text("utf-8"))
    missing = [k for k in FEATURES if k not in model["weights"]]
    if missing:
        raise ValueError(f"{MODEL_FILE}: no weight for {missing}")
    return model


def predict(features: Mapping[str, float], model: Mapping[str, Any] | None = None) -> float:
    """The chance the relation is right."""
    m = model if model is not None else load_model()
    z = float(m["intercept"])
    for name in FEATURES:
        scale = m["scale"][name] or 1.0
        z += m["weights"][name] * (features[name] - m["mean"][name]) / scale
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
