"""Whose subject a finite verb coordinated with an infinitive shares.

"Poland ordered Russia to shut its consulate and expelled the diplomats": the
parser hangs "expelled" as a conjunct of "shut", so following the clause chain
gives "expelled" the subject of "shut" - Russia, the object "ordered" controls.
But "expelled" is finite (past tense) and "shut" is a bare infinitive: a finite
verb cannot be a second half of an infinitive, so it coordinates with the
nearest finite verb above the infinitive, and shares that verb's subject
(Poland). Read from the tags only; no word list.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

FINITE_CONJUNCT = declare(
    "events.args.finite_conjunct",
    "'X ordered Y to shut A and expelled B': a finite verb the parse conjoins to an "
    "infinitive coordinates with the finite verb above it and has that verb's subject (X)",
    order=22.5,
)
_FINITE = ("VBD", "VBZ", "VBP")
_NONFINITE_LINKS = ("xcomp", "advcl", "ccomp", "conj")


def _finite(tok: Token) -> bool:
    if tok.tag_ in _FINITE or tok.tag_ == "MD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE, "MD") for c in tok.children)


def _infinitive(tok: Token) -> bool:
    """A bare or to-infinitive with no subject of its own."""
    if tok.tag_ != "VB" or _finite(tok):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def finite_governor(verb: Token) -> Token | None:
    """The finite verb ``verb`` coordinates with when the parse conjoins it to an
    infinitive ("ordered Y to shut A and expelled B": "ordered"), else None."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE:
        return None
    current = verb.head
    if not _infinitive(current):
        return None
    for _ in range(4):
        if current.dep_ not in _NONFINITE_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if _finite(current):
            return current
        if not _infinitive(current):
            return None
    return None
