"""A negated word of commitment reaches the act it governs.

"Iran is not ready to attack Israel", "Russia has no plans to invade Ukraine", "China
has no intention of attacking Taiwan", "does not have any plans to invade": the act
sits in the infinitive (or "of" gerund) of an adjective or noun of readiness, plan or
will, and the negation is on that word (its copula, its "no", or the verb that has it),
not on the act's own verb. The act is not done: mode ``negated``.

Rule ``events.mode.negated_commitment``; words in ``data/events/commitment.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import declare

NEGATED_COMMITMENT = declare(
    "events.mode.negated_commitment",
    "'is not ready to attack', 'has no plans to invade', 'no intention of attacking': a "
    "negated adjective or noun of readiness, plan or will negates the act it governs "
    "(data/events/commitment.tsv)",
    order=15,
)
COMMITMENT_PARTICIPLE = declare(
    "events.mode.commitment_participle",
    "'is not inclined to endorse': a word of commitment the parser tags a verb but places "
    "as the copula's complement (acomp) is read as the adjective it is",
    order=16,
)
KINDS = ("adjective", "noun")
# "does not have plans", "has not made plans", "never had any intention"
NEGATIONS = {"not", "n't", "never", "no"}


@lru_cache(maxsize=1)
def commitment_words() -> dict[str, frozenset[str]]:
    return words_by_kind("events/commitment.tsv", KINDS)


def _negated(token: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATIONS)
        for c in token.children
    )


def _governor(token: Token) -> Token | None:
    """The word whose complement the act is: "ready" of "ready to attack", "plans" of
    "plans to invade", "intention" of "intention of attacking"."""
    if token.dep_ in ("xcomp", "acl") and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in token.children
    ):
        return token.head
    prep = token.head
    if token.dep_ == "pcomp" and prep.lower_ in ("of", "to") and prep.dep_ == "prep":
        return prep.head
    return None


def negated_by_commitment(token: Token, participles: bool = False) -> bool:
    """The act's verb is governed by a negated word of commitment (``participles``: one
    tagged a verb in an adjective's place, "is not inclined to", counts too)."""
    governor = _governor(token)
    if governor is None or governor.i == token.i:
        return False
    words = commitment_words()
    lemma = governor.lemma_.lower()
    adjective = governor.pos_ == "ADJ" or (participles and governor.dep_ == "acomp")
    if adjective and (lemma in words["adjective"] or governor.lower_ in words["adjective"]):
        # the negation is on the adjective or on its copula: "is not ready to"
        holders = [governor, governor.head] if governor.dep_ in ("acomp", "amod") else [governor]
        return any(_negated(h) for h in holders)
    if governor.pos_ == "NOUN" and lemma in words["noun"]:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in governor.children):
            return True  # "has no plans to invade"
        # "does not have (any) plans to invade": the verb that has the plan is negated
        return governor.dep_ in ("dobj", "obj") and _negated(governor.head)
    return False
