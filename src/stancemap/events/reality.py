"""Is a coded event real?  A learned score over what the pipeline already knows.

On real news, blind judges find that most events the tree codes should not exist (an
ordinary verb, a hypothetical, a poll, a figurative use, another sense), and the coded
confidence (a sum of whether the event has a source, a target and a verb) barely tells
them apart. This module scores every coded event with one logistic model over general
features - type, mode, part of speech, dependency, WordNet lexicographer file of the
trigger, arguments and their kinds, quote, question (the features of the retired
event-ness model of session 16, ``base_features``) and more: where the trigger came from (our lexicon, the CAMEO dictionary, a
rule) and the row's role, what the subject's and object's heads are (a person or group, a
place, words, first person: entity labels and WordNet-derived lists), modal, negation and
conditional words over the trigger's clause, the WordNet file of the verb that governs it,
its place in its sentence, and whether the event was merged from repeated mentions. (The
sentence's place in the document is left out: the PLOVER sentences are all first, a
confound.)

Fitted by ``bench/events_reality_fit.py`` (scikit-learn, a dev dependency) on TUNE parts
only: the events coded on PLOVER dev tune sentences labelled by the gold (an event on the
gold words or of a gold type is real; another is not) and the judged census of real-news
events (``bench/data/realnews/events_tune_s24.jsonl``, right or wrong type = real, no event
= not), cross-validated by article. Inference needs only the weights file
(``data/events/reality.json``, versioned) and this module.

Session 27 (engineer RE) adds whether the type's kind (words or deeds) fits the trigger's
WordNet file and its object, and the object's abstract WordNet file (``argument_features``),
and refits on both judged census files and the W4/W6/W15 wire tune parts
(``events.reality.sense_features``; off: the session-26 fit, ``data/events/reality_s26.json``).

Session 28 (engineer RF, ``events.reality.refit_s28``; off: the session-27 fit,
``data/events/reality_s27.json``) refits on the merged tree's features (the session-27 mode
rules included) and on every judged census file (s24, s27, s28: 949 matched events in 82
articles), and compares by article more features (``session28_features``): the trigger's
WordNet file x the object's class, the quote holding the trigger, the verb's argument
frame, a sentence about a poll or numbers, how rare the type's sense of the trigger is among
its WordNet senses. Only the poll/number group is read by the shipped fit (the file's
``groups``); the others stay for the fitting script's comparison.

Session 29 (engineer RF, ``events.reality.refit_s29``; off: the session-28 fit,
``data/events/reality_s28.json``) refits on the current tree and every census file (s29's
12 articles added; ``python bench/events_reality_fit.py refit`` reruns it in one command), and
tries two mode-aware treatments of events marked hypothetical, negated or future, which the
gold sets count as events and the judges do not: ``events.reality.marked_kept`` (kept under
the threshold, their learned reality their confidence, their mode for the relations to weigh)
and ``events.reality.marked_threshold`` (their own threshold, ``threshold_marked``).

Session 41 (engineer RF, ``events.reality.refit_s41``; off: the fit the older rules
choose, session 28's as shipped) refits the same features on the current tree and every
judged tune census file (s24, s27, s28, s29, s31), with the PLOVER and W4/W6/W15 tune gold,
its threshold chosen on tune only (``data/events/reality_s41.json``).

Session 33 (engineer RT, ``events.reality.type_thresholds``): the types the judges find
rarely right on real news (agreements, aid, concessions, cooperation, threats: ordinary verbs
read as acts) get a higher drop threshold of their own, learned on the judged tune files
(``data/events/reality_types.json``, ``bench/events_reality_types.py``); the others keep the
fit's one threshold.

Rules: ``events.reality.confidence`` (the probability is recorded on the event,
``Event.reality``, and becomes its confidence; the calibrator leaves it as it is),
``events.reality.recorded`` (session 41: the probability is recorded on the event beside its
coded, calibrated confidence, which stays) and ``events.reality.drop`` (an event under the
file's threshold is dropped).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ..datafiles import data_path, word_list
from ..nlp.text import doc_text
from ..nlp.view import doc_view
from ..records import is_new_id
from ..rules import declare
from .lexnames import abstract_nouns, lexnames, noun_lexnames, trigger_senses
from .parts import Coded, DocContext

CONFIDENCE = declare(
    "events.reality.confidence",
    "the learned probability that a coded event is real (data/events/reality.json, fitted on "
    "PLOVER dev tune and the judged real-news tune census by bench/events_reality_fit.py) is "
    "recorded on it (reality) and becomes its confidence",
    order=92,
)
RECORDED = declare(
    "events.reality.recorded",
    "the learned probability that a coded event is real is recorded on it (reality) beside "
    "its coded, calibrated confidence, which it does not replace (events.reality.confidence "
    "off): a reading a user can filter by; nothing downstream reads it",
    order=92.5,
)
DROP = declare(
    "events.reality.drop",
    "an event whose learned probability of being real is under the threshold of "
    "data/events/reality.json is dropped",
    order=93,
)

SESSION27 = declare(
    "events.reality.sense_features",
    "the learned reality is the session-27 fit (data/events/reality_s27.json: the session-26 "
    "features plus whether the type's kind - words or deeds - fits the trigger's WordNet file "
    "and its object, the object's abstract WordNet file; fitted on both judged real-news tune "
    "census files; events.reality.refit_s28 on supersedes it); off: the session-26 fit "
    "(data/events/reality_s26.json)",
    order=91,
)
REFIT = declare(
    "events.reality.refit_s28",
    "the learned reality is the session-28 fit (data/events/reality.json: refitted on the "
    "merged tree's features, modes included, and every judged real-news tune census file, "
    "with the session-28 features); off: the session-27 fit (data/events/reality_s27.json, "
    "or the session-26 one with events.reality.sense_features off too)",
    order=90,
)
REFIT29 = declare(
    "events.reality.refit_s29",
    "the learned reality is the session-29 fit (data/events/reality.json: refitted on the "
    "current tree's features and every judged real-news tune census file, s29's 12 articles "
    "added; bench/events_reality_fit.py refit); off: the session-28 fit "
    "(data/events/reality_s28.json, or older ones with events.reality.refit_s28 off too)",
    order=89,
)
REFIT41 = declare(
    "events.reality.refit_s41",
    "the learned reality is the session-41 fit (data/events/reality_s41.json: the same features "
    "refitted on the current tree and every judged real-news tune census file, s31 tune added, "
    "with PLOVER and W4/W6/W15 tune gold; its own threshold, chosen on tune only); off: the "
    "fit the older refit rules choose (session 28's as shipped)",
    order=88,
)
REFIT43 = declare(
    "events.reality.refit_s43",
    "the learned reality is the session-43 fit (data/events/reality_s43.json: refitted on the "
    "current tree and every judged real-news tune census file, s41 tune added, with PLOVER and "
    "W4/W6/W15 tune gold, cross-validated by article, with the session-43 features - the "
    "WordNet file of the subject's and object's heads, whether both sides are known actors, "
    "how far down the verb's senses the type's sense is; its own threshold, tune only); "
    "off: the fit the older refit rules choose",
    order=87,
)
MARKED_KEPT = declare(
    "events.reality.marked_kept",
    "an event marked hypothetical, negated or future whose learned reality is under the drop "
    "threshold is kept with its mode and its learned reality as its confidence, not dropped "
    "(the gold sets count such events; the relations weigh them by mode)",
    order=94,
)
MARKED_THRESHOLD = declare(
    "events.reality.marked_threshold",
    "an event marked hypothetical, negated or future is dropped under the fit's own threshold "
    "for marked events (data/events/reality.json threshold_marked, chosen on tune data by "
    "bench/events_reality_fit.py) instead of the one threshold",
    order=95,
)
TYPE_THRESHOLDS = declare(
    "events.reality.type_thresholds",
    "an event of a type rarely right on real news (AGREE, AID, CONCEDE, COOPERATE, THREATEN) "
    "is dropped under that type's own higher threshold (data/events/reality_types.json, "
    "fitted on the judged real-news tune files by bench/events_reality_types.py)",
    order=96,
)
TWO_SIDED_KEPT = declare(
    "events.reality.type_thresholds_two_sided_kept",
    "an event that names both a source and a target keeps the one threshold under "
    "events.reality.type_thresholds: an act between two named parties is what the relations "
    "rest on, and an ordinary verb read as an act rarely names both",
    order=97,
)
TWO_SIDED_ASSERTED_ONLY = declare(
    "events.reality.type_thresholds_two_sided_kept_asserted_only",
    "under events.reality.type_thresholds_two_sided_kept, only an asserted event naming both "
    "a source and a target keeps the one threshold; a marked one (hypothetical, negated, "
    "future) gets its type's threshold: an act that did not happen rests no relation",
    order=97.2,
)
MODE_THRESHOLDS = declare(
    "events.reality.mode_thresholds",
    "under events.reality.type_thresholds, a listed type's drop threshold depends on the "
    "event's mode group (asserted: no mode, historical; marked: future, negated, "
    "hypothetical) (data/events/reality_modes.json, fitted on the judged real-news tune "
    "files by bench/events_reality_modes.py); a group not listed keeps the one threshold",
    order=98,
)
GROUP_THRESHOLDS = declare(
    "events.reality.group_thresholds",
    "the drop threshold of the learned reality is the one of the event's type x mode group "
    "(asserted / marked) for the active fit (data/events/reality_groups.json, chosen on "
    "out-of-fold scores of the judged real-news tune census and PLOVER / wire tune events to "
    "maximise not-right dropped - 3 x right lost, by bench/events_reality_groups.py), or its "
    "global one for a cell with few tune readings; it replaces the one, type and mode "
    "thresholds",
    order=99,
)
GROUP_THRESHOLDS_SIZED = declare(
    "events.reality.group_thresholds_sized",
    "the thresholds of events.reality.group_thresholds, on a document of at least the fit "
    "file's min_sentences sentences only (data/events/reality_groups.json): they were fitted "
    "on judged news articles (3 to 213 sentences) and do not carry to a one-sentence text "
    "(PLOVER / wire records, a sentence written for a test), which keeps the other "
    "thresholds; the cut is the largest size that keeps the tune census net whole "
    "(bench/events_reality_groups.py cut)",
    order=99.1,
)
# the modes the two rules above call marked (as eval realnews: not asserted)
MARKED = frozenset({"hypothetical", "negated", "future"})
FILES = {
    "s43": "events/reality_s43.json",
    "s41": "events/reality_s41.json",
    "s29": "events/reality.json",
    "s28": "events/reality_s28.json",
    "s27": "events/reality_s27.json",
    "s26": "events/reality_s26.json",
}


def fit_of(
    refit: bool,
    sense_features: bool,
    refit29: bool = False,
    refit41: bool = False,
    refit43: bool = False,
) -> str:
    """The fit the rules choose: s43 with ``events.reality.refit_s43`` on, else s41 with
    ``events.reality.refit_s41`` on, else s29 with ``events.reality.refit_s29`` on, else s28
    with ``events.reality.refit_s28`` on, else s27 with ``events.reality.sense_features`` on,
    else s26."""
    if refit43:
        return "s43"
    if refit41:
        return "s41"
    return "s29" if refit29 else "s28" if refit else "s27" if sense_features else "s26"


def threshold_of(
    fitted: dict[str, Any],
    modality: str | None,
    by_mode: bool,
    event_type: str | None = None,
    by_type: bool = False,
    by_mode_group: bool = False,
) -> float:
    """The drop threshold of an event of this modality and type: the fit's
    ``threshold_marked`` for a marked one with ``events.reality.marked_threshold`` on (where
    the file has one), else its ``threshold``; with ``events.reality.type_thresholds`` on, the
    type's own threshold (``data/events/reality_types.json``) where it is higher, or with
    ``events.reality.mode_thresholds`` on too, the threshold of the type's mode group
    (``data/events/reality_modes.json``) where it is higher."""
    one = float(fitted.get("threshold", 0.0))
    if by_mode and modality in MARKED:
        one = float(fitted.get("threshold_marked", one))
    if by_type and event_type is not None:
        by_types = type_thresholds()
        if by_mode_group and event_type in by_types and mode_thresholds():
            one = max(one, mode_thresholds().get(mode_group(modality), 0.0))
        else:
            one = max(one, by_types.get(event_type, 0.0))
    return one


def mode_group(modality: str | None) -> str:
    """The mode group ``events.reality.mode_thresholds`` reads: "marked" for an act
    promised, planned, refused or imagined (future, negated, hypothetical), else "asserted"
    (no mode, historical, a subtype)."""
    return "marked" if modality in MARKED else "asserted"


@lru_cache(maxsize=1)
def mode_thresholds() -> dict[str, float]:
    """The drop threshold of the low types of ``type_thresholds`` by mode group (session 34,
    ``events.reality.mode_thresholds``), learned on the judged real-news tune files by
    ``bench/events_reality_modes.py``; {} where the file is absent (the type thresholds
    stand)."""
    path = data_path("events/reality_modes.json")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return {str(k): float(v) for k, v in loaded.get("thresholds", {}).items()}


@lru_cache(maxsize=1)
def _group_file() -> dict[str, Any]:
    path = data_path("events/reality_groups.json")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


def group_threshold(fit: str, event_type: str | None, modality: str | None) -> float | None:
    """The drop threshold of ``events.reality.group_thresholds`` (session 44): the one of the
    event's type x mode group cell for this fit in ``data/events/reality_groups.json``, else
    the fit's global one there; None where the file has no entry for the fit (the other
    thresholds stand)."""
    fitted = _group_file().get("fits", {}).get(fit)
    if not fitted:
        return None
    cell = f"{event_type}|{mode_group(modality)}"
    return float(fitted.get("cells", {}).get(cell, fitted["threshold"]))


def group_min_sentences() -> int | None:
    """The smallest document (in sentences) that ``events.reality.group_thresholds_sized``
    gives the group thresholds (session 45): the fit file's ``min_sentences``; None where the
    file has none (no fitted cut: the rule gives them to no document)."""
    cut = _group_file().get("min_sentences")
    return None if cut is None else int(cut)


@lru_cache(maxsize=1)
def type_thresholds() -> dict[str, float]:
    """The drop threshold of each event type rarely right on real news (session 33,
    ``events.reality.type_thresholds``): learned on the judged real-news tune files, leaving
    one file out to measure it, by ``bench/events_reality_types.py``; {} where the file is
    absent. A type not listed keeps the fit's one threshold."""
    path = data_path("events/reality_types.json")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return {str(k): float(v) for k, v in loaded.get("thresholds", {}).items()}


# the fitting script sets this to collect (document, event, features) while it runs
RECORDER: Callable[[Doc, Coded, dict[str, float]], None] | None = None

MODALS = frozenset({"would", "could", "may", "might", "should", "can", "must", "shall"})
CONDITIONS = frozenset({"if", "unless", "whether"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
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


def origin_kind(origin: str) -> str:
    """Where a trigger row came from: our lexicon, the CAMEO dictionary, a rule, other."""
    base = origin.removeprefix("un-")
    if base.startswith("rule:"):
        return "rule"
    if "cameo" in base.split(":", 1)[0]:
        return "dictionary"
    if base.split(":", 1)[0].endswith("triggers.tsv"):
        return "own"
    return "other"


@lru_cache(maxsize=1)
def _noun_kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        word_list("events/party_nouns.txt"),
        word_list("events/voice_nouns.txt"),
        word_list("events/place_nouns.txt"),
    )


def noun_kind(tok: Token) -> str:
    """A noun's kind, from its entity label or the WordNet-derived lists."""
    if tok.pos_ == "PRON":
        return "first_person" if tok.lower_ in FIRST_PERSON else "pronoun"
    if tok.ent_type_ in ("PERSON", "NORP"):
        return "person"
    if tok.ent_type_ in ("ORG", "GPE"):
        return "body"
    parties, voices, places = _noun_kinds()
    lemma = tok.lemma_.lower()
    if lemma in parties:
        return "party"
    if lemma in voices:
        return "words"
    if lemma in places:
        return "place"
    if tok.pos_ == "PROPN":
        return "name"
    return "thing"


def _head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _actor_kind(actor_id: str, ctx: DocContext) -> str:
    if is_new_id(actor_id):
        return "new"
    actor = ctx.actors.actor(actor_id)
    kind = actor.type if actor is not None else actor_id.split(":", 1)[0]
    return kind if kind in ("person", "country", "organization") else "other"


def base_features(doc: Doc, item: Coded, ctx: DocContext) -> dict[str, float]:
    """The general features of one coded event (those of the session-16 event-ness model:
    type, mode, arguments and their kinds, quote, question, part of speech, dependency,
    WordNet file, subject and object kinds)."""
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


def features(
    doc: Doc, item: Coded, ctx: DocContext, fit: str = "s29", groups: frozenset[str] | None = None
) -> dict[str, float]:
    """The features of one coded event (names -> values; absent = 0) that the ``fit``
    ("s26", "s27", "s28", "s29") reads; of the session-28 groups only ``groups`` (None: all, as
    the fitting script collects them)."""
    added = fit != "s26"
    out = base_features(doc, item, ctx)
    out[f"origin:{origin_kind(item.origin)}"] = 1.0
    if "(noun of" in item.origin:
        out["origin:noun_of_verb"] = 1.0
    if item.role:
        out[f"role:{item.role}"] = 1.0
    if item.mentions:
        out["repeated"] = 1.0
    if item.context:
        out["has_context"] = 1.0
    head = _head(doc, *item.trigger)
    if head is None:
        return out
    out[f"lemma:{head.lemma_.lower()}"] = 1.0
    children = list(head.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    for s in subjects[:1]:
        out[f"subj_kind:{noun_kind(s)}"] = 1.0
    objects = [c for c in children if c.dep_ in ("dobj", "obj", "dative", "attr")]
    objects += [o for p in children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if objects:
        out[f"obj_kind:{noun_kind(objects[0])}"] = 1.0
    else:
        out["no_object"] = 1.0
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        out["modal"] = 1.0
    if any(c.dep_ == "neg" for c in children):
        out["neg_child"] = 1.0
    # a condition or question word over the trigger's clause ("if X attacked Y")
    clause = head
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
            out["conditional"] = 1.0
            break
        if clause.dep_ == "ROOT" or clause.head.i == clause.i:
            break
        clause = clause.head
    if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ == "VERB":
        lex = lexnames().get((head.head.lemma_.lower(), "V"), "none")
        out[f"governor:{lex}"] = 1.0
    sent = head.sent
    where = (head.i - sent.start) / max(1, len(sent))
    out["position"] = round(where, 3)
    if added:
        out.update(argument_features(doc, item, ctx, head, objects[:1]))
    if fit in ("s28", "s29", "s41", "s43"):
        out.update(session28_features(doc, item, ctx, head, objects[:1], groups))
    if fit == "s43":
        out.update(session43_features(item, ctx, head, subjects[:1], objects[:1], groups))
    return out


# PLOVER types done with words; the others are done with deeds (force, aid, meetings, ...)
VERBAL = frozenset(
    {"ACCUSE", "AGREE", "CONCEDE", "DISAPPROVE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"}
)


def _is_actor(tok: Token, ctx: DocContext) -> bool:
    """Whether a noun phrase (the token's subtree) holds a mention of an actor."""
    left, right = tok.left_edge, tok.right_edge
    return bool(ctx.actors.mentions_in(left.idx, right.idx + len(right.text))) or (
        ctx.actors.mention_at(tok.idx, tok.idx + len(tok.text)) is not None
    )


def argument_features(
    doc: Doc, item: Coded, ctx: DocContext, head: Token, objects: list[Token]
) -> dict[str, float]:
    """Features added in session 27 (engineer RE, rule ``events.reality.sense_features``):
    whether the type's kind (words or deeds) fits the trigger's WordNet file
    (``sense:words:verb.communication``, ``sense:deeds:verb.motion``) and its object (an
    actor, an abstract thing, another thing, none: ``sense_obj:deeds:abstract``), and the
    object's abstract WordNet file (``obj_lex:noun.cognition``, or ``concrete``) or a
    number. "killed my enthusiasm", "attacked the plan", "flew to Syria" are deeds on no
    party."""
    out: dict[str, float] = {}
    kind = "words" if item.type in VERBAL else "deeds"
    pos = "V" if head.pos_ == "VERB" else "N"
    out[f"sense:{kind}:{lexnames().get((head.lemma_.lower(), pos), 'none')}"] = 1.0
    thing = "none"
    for tok in objects:
        lex = abstract_nouns().get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if tok.pos_ == "NOUN":
            out[f"obj_lex:{lex or 'concrete'}"] = 1.0
            if lex:
                out["obj_abstract"] = 1.0
        thing = "actor" if _is_actor(tok, ctx) else ("abstract" if lex else "thing")
        if any(c.dep_ == "nummod" for c in tok.children) or tok.pos_ == "NUM":
            out["obj_number"] = 1.0
    out[f"sense_obj:{kind}:{thing}"] = 1.0
    return out


# the WordNet files of a sense done with words and of one done with deeds (verbs and nouns)
KIND_FILES = {
    "words": frozenset({"verb.communication", "noun.communication"}),
    "deeds": frozenset(
        {"verb.contact", "verb.competition", "verb.social", "verb.possession", "verb.motion",
         "noun.act", "noun.event"}
    ),
}  # fmt: skip
PREPOSITIONS = frozenset({"with", "against", "to", "on", "at", "for", "from", "into", "over"})
NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY"})


@lru_cache(maxsize=1)
def _poll_nouns() -> frozenset[str]:
    return word_list("events/poll_nouns.txt")


def _object_class(tok: Token | None, ctx: DocContext) -> str:
    """An object's class: an actor, a number, its abstract WordNet file, concrete, none."""
    if tok is None:
        return "none"
    if _is_actor(tok, ctx):
        return "actor"
    if tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children):
        return "number"
    if tok.pos_ in ("NOUN", "PROPN"):
        return abstract_nouns().get(tok.lemma_.lower()) or "concrete"
    return "other"


GROUPS28 = ("pair", "quote", "frame", "poll", "rank")
GROUPS43 = ("heads", "known", "sense1")


def fit_groups(fit: str) -> frozenset[str]:
    """The session-28 feature groups a fitted file reads (its ``groups``)."""
    return frozenset(model(fit).get("groups", ()))


def session28_features(
    doc: Doc,
    item: Coded,
    ctx: DocContext,
    head: Token,
    objects: list[Token],
    groups: frozenset[str] | None = None,
) -> dict[str, float]:
    """Features added in session 28 (engineer RF, rule ``events.reality.refit_s28``):
    the trigger's WordNet file against its object's class (``pair:verb.contact|noun.act``);
    the quote whose content holds the trigger (its kind, its speaker is the event's source);
    the verb's argument structure (``frame:`` actor/thing/none subject and object, a
    prepositional actor target ``prep_actor:against``); a sentence about a poll or numbers;
    how rare the sense of the type's kind is among the trigger's WordNet senses
    (``kind_rank:deeds:3``, ``senses:10+``)."""
    out: dict[str, float] = {}
    wanted = frozenset(GROUPS28) if groups is None else groups
    pos = "V" if head.pos_ == "VERB" else "N"
    lemma = head.lemma_.lower()
    trig = lexnames().get((lemma, pos), "none")
    if "pair" in wanted:
        obj = objects[0] if objects else None
        out[f"pair:{trig}|{_object_class(obj, ctx)}"] = 1.0
    if "quote" in wanted:
        out.update(_quote_features(item, ctx))
    if "frame" in wanted:
        out.update(_frame_features(head, ctx))
    if "poll" in wanted:
        out.update(_poll_features(head))
    if "rank" in wanted:
        out.update(_rank_features(item, lemma, pos, trig))
    return out


# an entity label's WordNet file (a named subject or object has no lemma to look up)
LABEL_FILES = {
    "PERSON": "noun.person",
    "NORP": "noun.group",
    "ORG": "noun.group",
    "GPE": "noun.location",
    "LOC": "noun.location",
}


def head_file(tok: Token | None) -> str:
    """The WordNet file of a subject's or object's head: its entity label's, a pronoun, or
    the first sense of its lemma (``noun.person``, ``noun.artifact``, ``noun.act``, ...)."""
    if tok is None:
        return "none"
    if tok.ent_type_ in LABEL_FILES:
        return LABEL_FILES[tok.ent_type_]
    if tok.pos_ == "PRON":
        return "pronoun"
    if tok.pos_ == "NUM":
        return "number"
    return noun_lexnames().get(tok.lemma_.lower(), "other")


def _known(ids: list[str], ctx: DocContext) -> bool:
    return any(not is_new_id(a) and ctx.actors.actor(a) is not None for a in ids)


def session43_features(
    item: Coded,
    ctx: DocContext,
    head: Token,
    subjects: list[Token],
    objects: list[Token],
    groups: frozenset[str] | None = None,
) -> dict[str, float]:
    """Features added in session 43 (engineer EG, rule ``events.reality.refit_s43``), read
    for another sense of an ordinary verb: the WordNet file of the subject's and object's
    heads (``subj_file:noun.person``, ``obj_file:noun.artifact``); whether the source and the
    target are actors the actors stage knows (``known:both``, ``known:one``, ``known:none``);
    whether the trigger's first WordNet sense is of the type's kind (words or deeds) and how
    many senses the verb has (``sense1:deeds:no|10+``)."""
    out: dict[str, float] = {}
    wanted = frozenset(GROUPS43) if groups is None else groups
    if "heads" in wanted:
        out[f"subj_file:{head_file(subjects[0] if subjects else None)}"] = 1.0
        out[f"obj_file:{head_file(objects[0] if objects else None)}"] = 1.0
    if "known" in wanted:
        sides = _known(item.source, ctx) + _known(item.target, ctx)
        out[f"known:{('none', 'one', 'both')[sides]}"] = 1.0
    if "sense1" in wanted:
        kind = "words" if item.type in VERBAL else "deeds"
        pos = "V" if head.pos_ == "VERB" else "N"
        lemma = head.lemma_.lower()
        first = lexnames().get((lemma, pos), "none")
        count, _ = trigger_senses().get((lemma, pos), (1, (first,)))
        bucket = "1" if count == 1 else "2-4" if count < 5 else "5-9" if count < 10 else "10+"
        fits = "yes" if first in KIND_FILES[kind] else "no"
        out[f"sense1:{kind}:{fits}|{bucket}"] = 1.0
    return out


def _quote_features(item: Coded, ctx: DocContext) -> dict[str, float]:
    """The kind of the quote whose content holds the trigger; its speaker is the source."""
    out: dict[str, float] = {}
    start, end = item.trigger
    for q in ctx.quotes:
        if q.content.start <= start and end <= q.content.end:
            out[f"quote:{q.kind}"] = 1.0
            if q.speaker and q.speaker in item.source:
                out["quote:speaker_source"] = 1.0
            break
    return out


def _frame_features(head: Token, ctx: DocContext) -> dict[str, float]:
    """The verb's argument structure: an actor, a thing or no subject, direct object and
    prepositional object (``frame:ATA``), and the preposition of an actor target."""
    out: dict[str, float] = {}
    children = list(head.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = "A" if any(_is_actor(s, ctx) for s in subjects) else ("T" if subjects else "-")
    direct = [c for c in children if c.dep_ in ("dobj", "obj", "dative")]
    dobj = "A" if any(_is_actor(o, ctx) for o in direct) else ("T" if direct else "-")
    prep = "-"
    for p in children:
        if p.dep_ != "prep":
            continue
        pobjs = [o for o in p.children if o.dep_ == "pobj"]
        if any(_is_actor(o, ctx) for o in pobjs):
            prep = "A"
            name = p.lower_ if p.lower_ in PREPOSITIONS else "other"
            out[f"prep_actor:{name}"] = 1.0
        elif pobjs and prep == "-":
            prep = "T"
    out[f"frame:{subj}{dobj}{prep}"] = 1.0
    return out


def _poll_features(head: Token) -> dict[str, float]:
    """The trigger's sentence holds a percentage, a number, a poll noun."""
    out: dict[str, float] = {}
    sent = head.sent
    # the labels of ``sent.ents`` (the entities wholly inside the sentence), read from the
    # document's view: ``Span.ents`` builds every entity of the doc for each event
    labels = {
        label
        for start, end, label in doc_view(head.doc).ents
        if sent.start <= start and end <= sent.end
    }
    if "PERCENT" in labels:
        out["sent:percent"] = 1.0
    if labels & NUMBER_LABELS:
        out["sent:number"] = 1.0
    polls = _poll_nouns()
    if any(t.lemma_.lower() in polls for t in sent):
        out["sent:poll"] = 1.0
    return out


def _rank_features(item: Coded, lemma: str, pos: str, trig: str) -> dict[str, float]:
    """How many WordNet senses the trigger has and the rank of the first sense of the
    type's kind (words or deeds) among their files: a rare sense of a common verb."""
    out: dict[str, float] = {}
    kind = "words" if item.type in VERBAL else "deeds"
    count, names = trigger_senses().get((lemma, pos), (1, (trig,)))
    bucket = "1" if count == 1 else "2-4" if count < 5 else "5-9" if count < 10 else "10+"
    out[f"senses:{bucket}"] = 1.0
    rank = next((n for n, name in enumerate(names, start=1) if name in KIND_FILES[kind]), 0)
    out[f"kind_rank:{kind}:{'none' if not rank else rank if rank < 3 else '3+'}"] = 1.0
    return out


@lru_cache(maxsize=8)
def model(fit: str = "s29") -> dict[str, Any]:
    """weights, threshold and provenance of a fit ("s41", "s29", "s28", "s27", "s26": the fitted file;
    {} where it is absent)."""
    path = data_path(FILES[fit])
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


def probability(feats: dict[str, float], fit: str = "s29") -> float | None:
    """The model's probability that the event is real (its intercept plus the weighted
    features); None without a fitted model."""
    fitted = model(fit)
    weights = fitted.get("weights")
    if not weights:
        return None
    z = float(fitted.get("intercept", 0.0))
    z += sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))
