"""The stance knowledge: issue frames and stance cues, loaded from versioned data files.

``data/stances/frames.jsonl`` lists issue frames (one JSON object a line): the
words that evoke an issue ("recognize", "war", "inflation"), which of them are
acts a holder can do ("Russia has recognized ..."), which actor types count as
the issue's arguments, and how freely issues of the frame merge.

``data/stances/cues.tsv`` lists the words that carry a position (attitude verbs,
evaluative words) and those that change it (negators, downtoners, hedges,
modals, concessives, shifters). A malformed line fails loudly, naming the file,
the line and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, get_args

from ..datafiles import read_table
from ..errors import KnowledgeBaseError

CueKind = Literal[
    "attitude",
    "evaluative",
    "shifter",
    "negator",
    "downtoner",
    "hedge",
    "modal",
    "concessive",
    "generic",
    "privative",
    "relational",
    "phrasal",
    "reversive",
    "reversing_prefix",
]
CUE_KINDS: tuple[str, ...] = get_args(CueKind)
ACTOR_TYPES = {"person", "organization", "country", "group", "location", "other"}
MERGE_RULES = {"document", "overlap", "exact"}


@dataclass(frozen=True)
class Frame:
    """An issue frame: the words that evoke it and how its arguments are read."""

    id: str
    label: str
    label_args: str | None  # "recognition of {args}": used when the issue has arguments
    triggers: tuple[tuple[str, ...], ...]  # lemma sequences, longest first
    predicates: frozenset[str]  # trigger verbs whose subject holds the issue ("X recognized Y")
    arg_types: frozenset[str]
    # "document": one issue of this frame per document; "overlap": only shared args;
    # "exact": only the same args (a stance towards a person is about that person alone)
    merge: str
    event_types: frozenset[str]


@dataclass(frozen=True)
class Cue:
    kind: str
    words: tuple[str, ...]  # ("believe", "in"): a verb and a particle/preposition it governs
    sign: int
    weight: float


@dataclass
class Lexicon:
    """Frames and cues, indexed for lookup by lemma."""

    frames: dict[str, Frame]
    cues: dict[str, dict[str, list[Cue]]] = field(default_factory=dict)  # kind -> head -> cues
    # a negated cue weighs by its own sign (``polarity``); the stage turns it off with
    # the rule ``stances.polarity.negation_asymmetry``
    negation_asymmetry: bool = True
    # a support its holder withdraws turns against (``polarity``); the stage turns it off
    # with the rule ``stances.polarity.reversal``
    reversal: bool = True
    # a negative pronoun as the cue's object negates it ("delivered nothing"); the stage
    # turns it off with the rule ``stances.polarity.negative_object``
    negative_object: bool = True
    # a cue in the complement of a verb of withholding ("refrained from backing Y", "held
    # off endorsing Y", WordNet's in data/events/withholding_verbs.tsv) is turned like a
    # shifter's; the stage turns it off with the rule ``stances.polarity.withheld``
    withheld: bool = True
    # "no longer" negates a cue (``polarity``); the stage turns it off with the rule
    # ``stances.polarity.no_longer``
    no_longer: bool = True
    # "never again" / "not ... anymore" with the negator on the adverb negate a cue like "no
    # longer" (``polarity``); the stage turns it on with ``stances.polarity.never_again``
    never_again: bool = False
    # an asked ceasing keeps the cue's sign ("Y should stop attacking Z": Y against Z)
    # (``polarity``); the stage turns it on with ``stances.polarity.asked_stop_keeps_sign``
    # (session 65 RL, shipped off)
    asked_stop: bool = False

    def cue(self, kind: str, lemma: str, particles: set[str] | None = None) -> Cue | None:
        """The cue of ``kind`` headed by ``lemma``; two-word cues need their particle present."""
        best: Cue | None = None
        for cue in self.cues.get(kind, {}).get(lemma, []):
            if len(cue.words) == 1:
                best = best or cue
            elif particles and cue.words[1] in particles:
                return cue
        return best

    def reversed_attitude(self, lemma: str) -> Cue | None:
        """An attitude verb written with a reversing prefix ("unendorse", "un-endorse"):
        the verb's cue with the sign turned; None for any other word."""
        if not self.reversal:
            return None
        for prefix in self.cues.get("reversing_prefix", {}):
            rest = lemma[len(prefix) :].lstrip("-")
            if not lemma.startswith(prefix) or not rest:
                continue
            cue = self.cue("attitude", rest)
            if cue is not None and len(cue.words) == 1:
                return Cue("attitude", (lemma,), -cue.sign, cue.weight)
        return None

    def has(self, kind: str, lemma: str) -> bool:
        return lemma in self.cues.get(kind, {})

    def weight(self, kind: str, lemma: str) -> float:
        cue = self.cue(kind, lemma)
        return cue.weight if cue else 1.0

    def frames_by_trigger(self) -> dict[tuple[str, ...], Frame]:
        out: dict[tuple[str, ...], Frame] = {}
        for frame in self.frames.values():
            for trig in frame.triggers:
                out.setdefault(trig, frame)
        return out

    def frames_by_event_type(self) -> dict[str, Frame]:
        out: dict[str, Frame] = {}
        for frame in self.frames.values():
            for etype in frame.event_types:
                out.setdefault(etype, frame)
        return out


def _data_path(name: str) -> Path:
    return Path(str(resources.files("stancemap").joinpath("data", "stances", name)))


def _str_list(path: str, line: int, obj: dict, key: str) -> list[str]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeBaseError(path, line, key, "must be a list of non-empty strings")
    return [v.strip().lower() for v in value]


def load_frames(path: str | Path) -> dict[str, Frame]:
    """Read a frames JSONL file; every line one frame, validated."""
    where = str(path)
    frames: dict[str, Frame] = {}
    owner: dict[str, str] = {}  # trigger -> the frame it evokes: one frame per trigger
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(where, None, None, f"cannot read: {exc}") from None
    for no, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(where, no, None, f"not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise KnowledgeBaseError(where, no, None, "must be a JSON object")
        unknown = set(obj) - {
            "id",
            "label",
            "label_args",
            "triggers",
            "predicates",
            "arg_types",
            "merge",
            "event_types",
        }
        if unknown:
            raise KnowledgeBaseError(where, no, sorted(unknown)[0], "unknown field")
        frame_id = obj.get("id")
        if not isinstance(frame_id, str) or not frame_id.isidentifier():
            raise KnowledgeBaseError(where, no, "id", "must be a word (letters, digits, _)")
        if frame_id in frames:
            raise KnowledgeBaseError(where, no, "id", f"duplicate frame '{frame_id}'")
        label = obj.get("label")
        if not isinstance(label, str) or not label.strip():
            raise KnowledgeBaseError(where, no, "label", "must be a non-empty string")
        label_args = obj.get("label_args")
        if label_args is not None and (
            not isinstance(label_args, str) or "{args}" not in label_args
        ):
            raise KnowledgeBaseError(where, no, "label_args", "must be a string containing {args}")
        triggers = _str_list(where, no, obj, "triggers")
        if not triggers:
            raise KnowledgeBaseError(where, no, "triggers", "needs at least one trigger")
        arg_types = _str_list(where, no, obj, "arg_types")
        bad = [t for t in arg_types if t not in ACTOR_TYPES]
        if bad:
            raise KnowledgeBaseError(where, no, "arg_types", f"unknown actor type '{bad[0]}'")
        merge = obj.get("merge", "overlap")
        if merge not in MERGE_RULES:
            raise KnowledgeBaseError(where, no, "merge", f"must be one of {sorted(MERGE_RULES)}")
        for trig in triggers:
            if trig in owner:
                raise KnowledgeBaseError(
                    where, no, "triggers", f"'{trig}' already evokes frame '{owner[trig]}'"
                )
            owner[trig] = frame_id
        frames[frame_id] = Frame(
            id=frame_id,
            label=label.strip(),
            label_args=label_args,
            triggers=tuple(sorted({tuple(t.split()) for t in triggers}, key=lambda t: -len(t))),
            predicates=frozenset(_str_list(where, no, obj, "predicates")),
            arg_types=frozenset(arg_types),
            merge=merge,
            event_types=frozenset(t.upper() for t in _str_list(where, no, obj, "event_types")),
        )
    return frames


def load_cues(path: str | Path) -> dict[str, dict[str, list[Cue]]]:
    """Read a cues TSV file: kind, lemma (one or two words), sign, weight."""
    where = str(path)
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(where, None, None, f"cannot read: {exc}") from None
    out: dict[str, dict[str, list[Cue]]] = {}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for no, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            raise KnowledgeBaseError(
                where, no, None, f"expected 4 tab-separated fields, got {len(cols)}"
            )
        kind, lemma, sign_s, weight_s = (c.strip() for c in cols)
        if kind not in CUE_KINDS:
            raise KnowledgeBaseError(where, no, "kind", f"unknown kind '{kind}'")
        words = tuple(lemma.lower().split())
        if not 1 <= len(words) <= 2:
            raise KnowledgeBaseError(where, no, "lemma", "must be one word or a verb + particle")
        try:
            sign = int(sign_s)
        except ValueError:
            raise KnowledgeBaseError(where, no, "sign", f"not an integer: '{sign_s}'") from None
        if sign not in (-1, 0, 1):
            raise KnowledgeBaseError(where, no, "sign", "must be -1, 0 or 1")
        if kind in ("attitude", "evaluative", "relational") and sign == 0:
            raise KnowledgeBaseError(where, no, "sign", f"a {kind} cue needs sign 1 or -1")
        if kind == "relational" and len(lemma.split()) != 2:
            raise KnowledgeBaseError(where, no, "lemma", "a relational cue is a word + preposition")
        try:
            weight = float(weight_s)
        except ValueError:
            raise KnowledgeBaseError(where, no, "weight", f"not a number: '{weight_s}'") from None
        if not 0.0 < weight <= 1.0:
            raise KnowledgeBaseError(where, no, "weight", "must be in (0, 1]")
        if (kind, words) in seen:
            raise KnowledgeBaseError(where, no, "lemma", f"duplicate {kind} cue '{lemma}'")
        seen.add((kind, words))
        out.setdefault(kind, {}).setdefault(words[0], []).append(Cue(kind, words, sign, weight))
    return out


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return Lexicon(
        frames=load_frames(_data_path("frames.jsonl")), cues=load_cues(_data_path("cues.tsv"))
    )


@lru_cache(maxsize=2)
def claim_words(derived: bool = True) -> dict[str, tuple[int, float]]:
    """word -> (sign, weight), from AFINN-165 (and VADER); ``derived``: also the act
    nouns signed through their WordNet derivational verb (source ``wordnet=``)."""
    rows = read_table("stances/claim_words.tsv", required=("word", "sign", "weight"))
    return {
        r["word"]: (int(r["sign"]), float(r["weight"]))
        for r in rows
        if derived or not r.get("source", "").startswith("wordnet=")
    }
