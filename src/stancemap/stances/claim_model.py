"""A learned reading of the judgement inside a quote: is the claim favourable,
unfavourable or no judgement at all ("the truce is holding" +1, "the ceasefire is
collapsing" -1, "the talks resume on Monday" 0).

Lexicons read judging words ("a failure", "rigged"); a verb phrase ("met its goals",
"has put thousands to work", "keep shutting their doors") is neutral to them. This module
is a small multinomial logistic regression over features the runtime computes from the
parse and the project's own tables, fitted by ``bench/fit_claim_polarity.py`` on a
project-authored corpus of judged claims (``bench/data/claim_polarity/``)
with the matter as the cross-validation group; the weights are
``data/stances/claim_polarity.json`` and inference is numpy only.

Features of a clause (a quote's content, one sentence at a time):

- ``w:`` the lemmas of its content words and ``b:`` the bigrams of all its lemmas;
  a word in the scope of a negation ("not", "never", "no", "nothing" as its object or
  determiner, on the word or a word that governs it inside the clause) is ``w:~lemma``;
- ``vc:`` / ``vh:`` each verb's WordNet lexicographer class and direct hypernym
  (``claim_verb_classes.tsv``: a verb never seen in training is read through its class),
  ``nc:`` each noun's (``matter_links.tsv``), negated likewise;
- ``sv:`` / ``ov:`` the sign of the main verb's subject and object heads (AFINN/VADER
  words, ``claim_words.tsv``, else the WordNet hypernym sign of ``theme_signs.tsv``);
- ``ev:`` the effect class of the verb (``effect_verbs.tsv``) times negation;
- ``lex+`` / ``lex-`` counts and ``num:compound``: a VADER-like compound of the clause's
  AFINN/VADER signs, negation flipping them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
from spacy.tokens import Token

from ..datafiles import data_path, read_table
from .effects import effect_verbs, theme_signs
from .lexicon import claim_words
from .topics import lemma

MODEL_FILE = "stances/claim_polarity.json"
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_NEG_WORDS = frozenset({"no", "nothing", "none", "nobody", "never", "neither", "nor", "not"})


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, tuple[str, str]]:
    rows = read_table("stances/claim_verb_classes.tsv", required=("verb", "lexname", "hypernym"))
    return {r["verb"]: (r["lexname"], r["hypernym"]) for r in rows}


@lru_cache(maxsize=1)
def matter_links() -> dict[str, tuple[str, frozenset[str], str]]:
    """noun -> (first-sense offset, direct hypernym offsets, lexname)."""
    rows = read_table(
        "stances/matter_links.tsv", required=("noun", "sense", "hypernyms", "lexname")
    )
    return {
        r["noun"]: (
            r["sense"],
            frozenset(h for h in r["hypernyms"].split(",") if h != "-"),
            r["lexname"],
        )
        for r in rows
    }


@lru_cache(maxsize=1)
def _signs() -> dict[str, int]:
    """AFINN/VADER signs without the WordNet-derived act nouns (the lexicon's own words)."""
    return {word: sign for word, (sign, _) in claim_words(derived=False).items()}


def _theme_sign(word: str) -> int:
    found = theme_signs().get(word)
    return found[0] if found else 0


def _effect(word: str) -> int | None:
    found = effect_verbs().get(word)
    return found[0] if found else None


def _negators(tokens: Sequence[Token]) -> set[int]:
    """Indices of the words a negation governs directly: a word with a "neg" child or a
    negative determiner, object or adverb ("did not hold", "no progress", "achieved
    nothing", "never worked")."""
    out: set[int] = set()
    for tok in tokens:
        if tok.dep_ == "neg" or (tok.lower_ in _NEG_WORDS and tok.dep_ != "ROOT"):
            out.add(tok.head.i)
            if tok.lower_ in ("nothing", "none", "nobody"):
                out.add(tok.i)
    return out


def _negated(tok: Token, negators: set[int], span: range) -> bool:
    """In a negation's scope: the word or a word above it, inside the clause, is negated."""
    node = tok
    for _ in range(6):
        if node.i in negators:
            return True
        if node.head.i == node.i or node.head.i not in span:
            return False
        if node.dep_ in ("ccomp", "advcl", "relcl", "conj"):
            return False  # another clause: its own scope
        node = node.head
    return False


def _sign(tok: Token) -> int:
    word = lemma(tok)
    return _signs().get(tok.lower_) or _signs().get(word) or 0


def _head(tokens: Sequence[Token]) -> Token | None:
    """The clause's main word: the first token whose head lies outside the tokens. A whole
    sentence has none (its root's head is itself, inside): the shipped weights were fitted so."""
    span = range(tokens[0].i, tokens[-1].i + 1)
    for tok in tokens:
        if tok.head.i not in span:
            return tok
    return None


def _arg(head: Token, deps: tuple[str, ...]) -> Token | None:
    found = next((c for c in head.children if c.dep_ in deps), None)
    if found is None and head.dep_ == "conj":
        found = next((c for c in head.head.children if c.dep_ in deps), None)
    return found


def _valence(tok: Token | None) -> str:
    if tok is None:
        return "none"
    sign = _sign(tok) or _theme_sign(lemma(tok))
    return {1: "+", -1: "-"}.get(sign, "0")


def features(tokens: Sequence[Token]) -> dict[str, float]:
    """The model's features of one clause (its tokens, in order)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    out: dict[str, float] = {}
    if not words:
        return out
    span = range(words[0].i, words[-1].i + 1)
    negators = _negators(words)
    lemmas = [lemma(t) for t in words]
    pos = neg = 0
    total = 0.0
    verbs, nouns = verb_classes(), matter_links()
    for tok, word in zip(words, lemmas, strict=True):
        mark = "~" if _negated(tok, negators, span) else ""
        if tok.pos_ in _CONTENT_POS and word.isalpha():
            out[f"w:{mark}{word}"] = 1.0
        if tok.pos_ == "VERB" and word in verbs:
            lexname, hyper = verbs[word]
            out[f"vc:{mark}{lexname}"] = 1.0
            out[f"vh:{mark}{hyper}"] = 1.0
            effect = _effect(word)
            if effect:
                out[f"ev:{effect * (-1 if mark else 1):+d}"] = 1.0
        if tok.pos_ == "NOUN" and word in nouns:
            out[f"nc:{mark}{nouns[word][2]}"] = 1.0
        sign = _sign(tok)
        if sign:
            sign = -sign if mark else sign
            total += sign
            pos, neg = pos + (sign > 0), neg + (sign < 0)
    for a, b in zip(lemmas, lemmas[1:], strict=False):
        out[f"b:{a}_{b}"] = 1.0
    head = _head(words)
    if head is not None:
        out[f"sv:{_valence(_arg(head, ('nsubj', 'nsubjpass')))}"] = 1.0
        out[f"ov:{_valence(_arg(head, ('dobj', 'attr', 'acomp')))}"] = 1.0
    if pos:
        out["lex+"] = float(min(pos, 3))
    if neg:
        out["lex-"] = float(min(neg, 3))
    out["num:compound"] = total / math.sqrt(total * total + 15.0)
    return out


class ClaimModel:
    """The fitted weights: ``probabilities(features)`` -> {class: probability}."""

    def __init__(self, payload: dict) -> None:
        self.classes: list[int] = [int(c) for c in payload["classes"]]
        self.index: dict[str, int] = {f: i for i, f in enumerate(payload["features"])}
        self.coef = np.asarray(payload["coef"], dtype=float)  # classes x features
        self.intercept = np.asarray(payload["intercept"], dtype=float)
        self.threshold = float(payload["threshold"])
        self.negation = bool(payload.get("negation", True))
        self.payload = payload

    def scores(self, feats: dict[str, float]) -> np.ndarray:
        """The class probabilities (in ``classes`` order) of one clause's features."""
        if not self.negation:  # fitted without the negation scope: its marks off
            feats = {name.replace(":~", ":"): value for name, value in feats.items()}
        z = self.intercept.copy()
        for name, value in feats.items():
            i = self.index.get(name)
            if i is not None:
                z += self.coef[:, i] * value
        z -= z.max()
        e = np.exp(z)
        return e / e.sum()

    def polarity(self, feats: dict[str, float]) -> tuple[int, float]:
        """(the most probable class, its probability)."""
        p = self.scores(feats)
        best = int(np.argmax(p))
        return self.classes[best], float(p[best])

    def judge(self, tokens: Iterable[Token]) -> tuple[int, float] | None:
        """The clause's sign when the model is confident of a sign (+1/-1), else None."""
        sign, prob = self.polarity(features(list(tokens)))
        return (sign, prob) if sign != 0 and prob >= self.threshold else None

    def lean(self, tokens: Iterable[Token]) -> tuple[int, float] | None:
        """The clause's sign when a sign is more probable than the other two classes
        together, below the threshold too (rule ``stances.claims.weak_reply`` reads it only
        as a reply to a sure claim): "the tale was long" (+1 at 0.44) is no lean."""
        sign, prob = self.polarity(features(list(tokens)))
        return (sign, prob) if sign != 0 and prob > 0.5 else None


@lru_cache(maxsize=1)
def load_model() -> ClaimModel:
    return ClaimModel(json.loads(data_path(MODEL_FILE).read_text("utf-8")))
