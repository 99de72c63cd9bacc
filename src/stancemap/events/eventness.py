"""Is a coded trigger an event at all?  A small logistic model over general features.

On real news most wrong events are no events at all: "beat X in a poll match-up",
"the winner was declared", "served as chief of staff", "goes big". Session 15 wrote
one rule per shape and few carried to fresh articles. This module scores every
coded event with ONE learned model over features any event has - the trigger's part
of speech, dependency relation and tag, whether it has a source and a target and
what kinds of actors they are, its mode, its PLOVER type, whether it sits inside a
quote or a question, whether its subject is a pronoun or a named entity - fitted on
hand-judged real-news events (right / wrong type / no event) by
``bench/events_eventness_fit.py`` (leave-one-sample-out; weights in
``data/events/eventness.json``; the judged texts stay outside the repo).

Rules: ``events.eventness.confidence`` (the probability is recorded on the event,
``Event.eventness``, and the calibrator scales the calibrated confidence by it,
relative to a PLOVER-like event: ``factor``) and ``events.eventness.drop`` (an event
under the model's threshold is dropped).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ..datafiles import data_path
from ..nlp.text import doc_text
from ..records import is_new_id
from ..rules import declare
from .parts import Coded, DocContext

CONFIDENCE = declare(
    "events.eventness.confidence",
    "the learned probability that an event's trigger is an event at all "
    "(data/events/eventness.json) is recorded on it (eventness) and the calibrator scales its "
    "calibrated confidence by it, relative to a low quantile of its probabilities on PLOVER "
    "tune events (chosen on tune)",
    order=90,
)
DROP = declare(
    "events.eventness.drop",
    "an event whose learned probability of being an event at all is under the model's "
    "threshold (data/events/eventness.json) is dropped",
    order=91,
)

# the fitting script sets this to collect (document id, event, features) while it runs
RECORDER: Callable[[Doc, Coded, dict[str, float]], None] | None = None

DEPS = {
    "ROOT": "root",
    "xcomp": "xcomp",
    "ccomp": "ccomp",
    "advcl": "advcl",
    "relcl": "relcl",
    "acl": "relcl",
    "conj": "conj",
    "pcomp": "pobj",
    "pobj": "pobj",
    "dobj": "arg",
    "nsubj": "arg",
    "nsubjpass": "arg",
    "attr": "arg",
    "amod": "mod",
    "compound": "mod",
}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@lru_cache(maxsize=1)
def lexnames() -> dict[tuple[str, str], str]:
    """(lemma, "V" or "N") -> WordNet lexicographer file of its first sense
    (``data/events/trigger_lexnames.tsv``, ``events/eventness_import.py``)."""
    path = data_path("events/trigger_lexnames.tsv")
    out = {}
    for line in path.read_text("utf-8").splitlines()[6:]:
        lemma, pos, name = line.split("\t")
        out[(lemma, pos)] = name
    return out


def _head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _actor_kind(actor_id: str, ctx: DocContext) -> str:
    if is_new_id(actor_id):
        return "new"
    actor = ctx.actors.actor(actor_id)
    kind = actor.type if actor is not None else actor_id.split(":", 1)[0]
    return kind if kind in ("person", "country", "organization") else "other"


def features(doc: Doc, item: Coded, ctx: DocContext) -> dict[str, float]:
    """The general features of one coded event (names -> values; absent = 0)."""
    out: dict[str, float] = {"bias": 1.0}
    head = _head(doc, *item.trigger)
    out[f"type:{item.type}"] = 1.0
    mode = item.modality or ("subtype" if item.subtype else "plain")
    out[f"mode:{mode}"] = 1.0
    out["confidence"] = item.confidence
    text = doc_text(doc)[item.trigger[0] : item.trigger[1]]
    if " " in text.strip():
        out["multiword"] = 1.0
    if item.source:
        out["has_source"] = 1.0
    if item.target:
        out["has_target"] = 1.0
    if item.source and item.target:
        out["has_both"] = 1.0
    for side, ids in (("source", item.source), ("target", item.target)):
        for kind in {_actor_kind(a, ctx) for a in ids}:
            out[f"{side}:{kind}"] = 1.0
    if item.reported_by:
        out["reported"] = 1.0
    start, end = item.trigger
    if any(q.content.start <= start and end <= q.content.end for q in ctx.quotes):
        out["in_quote"] = 1.0
    if head is None:
        return out
    out[f"pos:{head.pos_ if head.pos_ in ('VERB', 'NOUN', 'ADJ', 'PROPN') else 'other'}"] = 1.0
    out[f"dep:{DEPS.get(head.dep_, 'other')}"] = 1.0
    pos = "V" if head.pos_ == "VERB" else "N"
    out[f"lex:{lexnames().get((head.lemma_.lower(), pos), 'none')}"] = 1.0
    if head.tag_ in ("VBG", "VBN", "VB"):
        out[f"tag:{head.tag_}"] = 1.0
    children = list(head.children)
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        out["to_infinitive"] = 1.0
    if any(c.dep_ == "auxpass" for c in children):
        out["passive"] = 1.0
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        out["no_subject"] = 1.0
    elif any(s.pos_ == "PRON" for s in subjects):
        out["subject:pronoun"] = 1.0
    elif any(s.ent_type_ in ENTITY_LABELS for s in subjects):
        out["subject:entity"] = 1.0
    else:
        out["subject:common"] = 1.0
    objects = [c for c in children if c.dep_ in ("dobj", "obj", "dative")]
    objects += [o for p in children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(o.ent_type_ in ENTITY_LABELS for o in objects):
        out["object:entity"] = 1.0
    elif objects:
        out["object:other"] = 1.0
    sent = head.sent
    if doc_text(doc)[sent.start_char : sent.end_char].rstrip().endswith("?"):
        out["question"] = 1.0
    return out


@lru_cache(maxsize=4)
def fitted_file(name: str) -> dict[str, Any]:
    """A fitted logistic model's data file under data/ ({} where it is absent)."""
    path = data_path(name)
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


def logistic(fitted: dict[str, Any], feats: dict[str, float]) -> float | None:
    """A fitted file's probability for these features (its intercept, if any, plus the
    weighted features); None without weights."""
    weights = fitted.get("weights")
    if not weights:
        return None
    z = float(fitted.get("intercept", 0.0))
    z += sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def model() -> dict[str, Any]:
    """weights, mean probability on the fitting events, threshold (the fitted file)."""
    return fitted_file("events/eventness.json")


def probability(feats: dict[str, float]) -> float | None:
    """The model's probability that the event is one; None without a fitted model."""
    return logistic(model(), feats)


def factor(p: float) -> float:
    """What an event the model gives probability ``p`` keeps of its calibrated confidence:
    ``p`` over the model's scale reference (a quantile of its probabilities on the events
    coded on PLOVER dev tune sentences, each of which holds an event: the one with the lowest
    event ECE on tune, ``bench/events_calibration.py --write-reference``), never above 1:
    an event as likely as those keeps its confidence, a likely non-event loses most of it.
    The calibrator applies it (``stances/confidence.py``, ``Calibrator.event``)."""
    fitted = model()
    reference = float(fitted.get("scale_reference", 1.0)) or 1.0
    return min(1.0, p / reference)
