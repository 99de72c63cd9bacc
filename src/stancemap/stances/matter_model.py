"""A learned link between two claims: do they judge one matter though they name it with
different words ("the port deal was a giveaway" / "the project will bring thousands of
jobs")?

A small logistic regression over features of the PAIR, none of which names a word:
how many content lemmas, nouns, proper names and verbs the two clauses share, whether
their subjects are one word, WordNet synonyms (one first sense), hypernym-linked (one's
first sense a direct hypernym of the other's, or a shared direct hypernym) or of one
WordNet lexicographer class, the pair of the subjects' classes, the same relations between
any of their nouns, the overlap of their noun classes, words that share a stem but not a
lemma ("withdrawal" / "withdrawing"), and the cosine of the parser's context vectors (the
clauses' content words; the subjects). The WordNet facts come from
``data/stances/matter_links.tsv`` (``claim_wordnet_import``). Fitted by
``bench/fit_claim_matter.py`` on the project-authored claim corpora
(``bench/data/claim_polarity/``: the claims of one matter are positives, claims of other
matters - above all matters whose names share a word - negatives), cross-validated with the
matter as the group; the weights and the threshold are ``data/stances/claim_matter.json``
(rule ``stances.claims.learned_matter_link``). Session 21: out-of-fold ROC AUC 0.61 (0.58
against same-subject matters; sharing a noun alone 0.57 / 0.55); at its threshold 0.65 a
link is right 0.69 of the time where half the candidate pairs judge one matter - too weak
to link claims anywhere in a document, hence the rule is off.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from ..datafiles import data_path
from .claim_model import matter_links
from .topics import lemma

MODEL_FILE = "stances/claim_matter.json"
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_COMMON = 3  # a lemma in more of a document's sentences than this names no one matter
_STEM = 5  # a shared prefix this long links derived words ("withdrawal" / "withdrawing")


@dataclass(frozen=True)
class Terms:
    """What the pair features read of one clause."""

    lemmas: frozenset[str]  # content lemmas (nouns, names, verbs, adjectives), no stop words
    nouns: frozenset[str]
    names: frozenset[str]
    verbs: frozenset[str]
    subject: str  # the clause's subject noun lemma, else its first noun, else ""
    # the mean of the content words' vectors (the parser's context vectors), unit length
    vector: tuple[float, ...] = ()
    subject_vector: tuple[float, ...] = ()


def _content(tok: Token) -> bool:
    return tok.pos_ in _CONTENT and not tok.is_stop and lemma(tok).isalpha()


def common_lemmas(doc: Doc, sentences: int = _COMMON) -> frozenset[str]:
    """The content lemmas of a document that more than ``sentences`` of its sentences use
    ("Trump" in a campaign story): shared by two of its claims they tell nothing of a
    matter the two share, so ``terms`` leaves them out (the corpus claims, one a document,
    have none)."""
    seen: dict[str, set[int]] = {}
    for tok in doc:
        if _content(tok):
            seen.setdefault(lemma(tok), set()).add(tok.sent.start)
    return frozenset(word for word, sents in seen.items() if len(sents) > sentences)


def terms(tokens: Sequence[Token], common: frozenset[str] = frozenset()) -> Terms:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    content = [t for t in words if _content(t) and lemma(t) not in common]
    nouns = [t for t in content if t.pos_ == "NOUN"]
    span = range(words[0].i, words[-1].i + 1) if words else range(0)
    head = next((t for t in words if t.head is t or t.head.i not in span), None)
    subj = None
    if head is not None:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or lemma(subj) in common:
        subj = nouns[0] if nouns else None
    return Terms(
        vector=_unit([np.asarray(t.vector) for t in content]),
        subject_vector=_unit([np.asarray(subj.vector)] if subj is not None else []),
        lemmas=frozenset(lemma(t) for t in content),
        nouns=frozenset(lemma(t) for t in nouns),
        names=frozenset(lemma(t) for t in content if t.pos_ == "PROPN"),
        verbs=frozenset(lemma(t) for t in content if t.pos_ == "VERB"),
        subject=lemma(subj) if subj is not None else "",
    )


def _unit(vectors: list[np.ndarray]) -> tuple[float, ...]:
    if not vectors or not len(vectors[0]):
        return ()
    mean = np.mean(vectors, axis=0)
    norm = float(np.linalg.norm(mean))
    return tuple(float(v) for v in mean / norm) if norm else ()


def _cosine(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return float(np.dot(a, b)) if a and b and len(a) == len(b) else 0.0


def _link(a: str, b: str) -> str | None:
    """The WordNet relation of two nouns' first senses: "syn", "hyp" (one's sense a direct
    hypernym of the other's, or a shared direct hypernym), "lex" (one class) or None."""
    if a == b:
        return None
    links = matter_links()
    la, lb = links.get(a), links.get(b)
    if la is None or lb is None:
        return None
    if la[0] == lb[0]:
        return "syn"
    if la[0] in lb[1] or lb[0] in la[1] or la[1] & lb[1]:
        return "hyp"
    if la[2] == lb[2] and la[2] != "noun.Tops":
        return "lex"
    return None


def _cap(n: int, top: int = 3) -> float:
    return float(min(n, top))


def pair_features(a: Terms, b: Terms) -> dict[str, float]:
    """The features of two clauses (symmetric: the order does not matter)."""
    out: dict[str, float] = {}
    union = a.lemmas | b.lemmas
    out["jaccard"] = len(a.lemmas & b.lemmas) / len(union) if union else 0.0
    out["lemmas"] = _cap(len(a.lemmas & b.lemmas))
    out["nouns"] = _cap(len(a.nouns & b.nouns))
    out["names"] = _cap(len(a.names & b.names))
    out["verbs"] = _cap(len(a.verbs & b.verbs))
    out["cos"] = _cosine(a.vector, b.vector)
    out["cos:subj"] = _cosine(a.subject_vector, b.subject_vector)
    if a.subject and b.subject:
        la, lb = matter_links().get(a.subject), matter_links().get(b.subject)
        if la is not None and lb is not None:
            out["subjclass:" + "|".join(sorted((la[2], lb[2])))] = 1.0
        if a.subject == b.subject:
            out["subj:same"] = 1.0
        else:
            kind = _link(a.subject, b.subject)
            if kind:
                out[f"subj:{kind}"] = 1.0
            if a.subject in b.lemmas or b.subject in a.lemmas:
                out["subj:in_other"] = 1.0
    kinds = {"syn": 0, "hyp": 0, "lex": 0}
    for x in a.nouns - b.nouns:
        for y in b.nouns - a.nouns:
            kind = _link(x, y)
            if kind:
                kinds[kind] += 1
    for kind, n in kinds.items():
        if n:
            out[f"nouns:{kind}"] = _cap(n)
    links = matter_links()
    ca = {links[n][2] for n in a.nouns if n in links}
    cb = {links[n][2] for n in b.nouns if n in links}
    if ca | cb:
        out["classes"] = len(ca & cb) / len(ca | cb)
    stems = {
        (x, y)
        for x in a.lemmas - b.lemmas
        for y in b.lemmas - a.lemmas
        if len(x) >= _STEM and len(y) >= _STEM and x[:_STEM] == y[:_STEM]
    }
    if stems:
        out["stems"] = _cap(len(stems))
    return out


class MatterModel:
    """The fitted weights: ``probability(a, b)`` that two clauses judge one matter."""

    def __init__(self, payload: dict) -> None:
        self.weights: dict[str, float] = dict(payload["weights"])
        self.intercept = float(payload["intercept"])
        self.threshold = float(payload["threshold"])
        self.payload = payload

    def probability(self, a: Terms, b: Terms) -> float:
        z = self.intercept
        for name, value in pair_features(a, b).items():
            z += self.weights.get(name, 0.0) * value
        return 1.0 / (1.0 + math.exp(-z))

    def linked(self, a: Terms, b: Terms) -> bool:
        return self.probability(a, b) >= self.threshold


@lru_cache(maxsize=1)
def load_matter_model() -> MatterModel:
    return MatterModel(json.loads(data_path(MODEL_FILE).read_text("utf-8")))
