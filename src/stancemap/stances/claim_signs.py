"""Signs of claim predicates beyond AFINN and VADER (session 34, engineer RL).

Issue 14 asks that two speakers' opposite claims about one matter be a disagreement. The
matching exists (``stances.claims.predicate`` with ``same_target`` and ``learned_polarity``),
but it only meets claims it can sign, and AFINN and VADER leave the words of praise a
leader gives an accord or a summit unsigned: "the accord was momentous", "the agreement
was historic", "the summit had been a turning point". Their WordNet signs are already
read from WordNet 3.0 into ``data/stances/wordnet_signs.tsv`` (``wordnet_sign_import``),
for the names of claims ("called the allegations baseless"); ``wordnet_predicate_sign``
lets a claim's predicate read the same table when the two smaller lexicons are silent.

The second construction denies a fault: "there was nothing unusual about the census",
"nothing abnormal about the election". Its judged thing is the "about" object, not the
clause's subject (an expletive "there"), and its sign is the opposite of the adjective's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

WORDNET_PREDICATE = declare(
    "stances.claims.wordnet_predicate_sign",
    "a claim's predicate word that the cues, AFINN and VADER leave unsigned ('the accord "
    "was momentous', 'the summit was a turning point') takes its WordNet sign "
    "(data/stances/wordnet_signs.tsv, also read by stances.relations.naming_wordnet_sign)",
    order=44.5,
)

NOTHING_ABOUT = declare(
    "stances.claims.nothing_about",
    "'there was nothing unusual about the census': a claim about the 'about' object whose "
    "sign is the opposite of the adjective's",
    order=45.5,
)

_JUDGING_POS = frozenset({"ADJ", "NOUN"})
# the negative pronoun that heads the denied fault ("there was nothing wrong about it")
_NOTHING = frozenset({"nothing"})


def wordnet_sign(tok: Token, table: dict[str, tuple[int, float]]) -> tuple[int, float] | None:
    """The WordNet sign of a predicate adjective or noun: its two-word collocation with the
    modifier right before it first ("a turning point"), then the word and its lemma. A verb
    or participle takes none: the table signs what judges, and a verb's WordNet synonyms
    judge nothing ("his help is needed" is no fault found: "need" sits beside "demand")."""
    if tok.pos_ not in _JUDGING_POS:
        return None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.head.i == tok.i and before.dep_ in ("compound", "amod"):
        hit = table.get(f"{before.lower_} {tok.lower_}")
        if hit is not None:
            return hit
    return table.get(tok.lower_) or table.get(tok.lemma_.lower())


def nothing_about(tok: Token) -> tuple[Token, Token] | None:
    """(the judged thing, the adjective) where ``tok`` is "nothing" as the predicate of an
    existential "there was nothing ADJ about X"; None otherwise."""
    if tok.lower_ not in _NOTHING or tok.dep_ != "attr":
        return None
    verb = tok.head
    if not any(c.dep_ == "expl" for c in verb.children):
        return None  # "the answer was nothing new": a subject of its own, another claim
    adjective = next((c for c in tok.children if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
    if adjective is None:
        return None
    for head in (tok, adjective):  # the parser hangs "about" on either
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "about"):
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is not None:
                return thing, adjective
    return None


def denied_fault(tok: Token, on: bool) -> bool:
    """Whether ``tok`` heads a denied fault that ``nothing_about`` reads (the rule ``on``):
    the predicate read from it takes the adjective's sign reversed."""
    return on and nothing_about(tok) is not None
