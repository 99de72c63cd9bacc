"""How far a negation reaches: into the complement of a verb of opinion, and from an
approximate negator (session 42, issue 12).

- "I don't think you hear her saying it", "I don't believe I've ever met him": a negated
  verb of opinion or seeming (``data/events/neg_raising.txt``, Horn's neg-raising
  predicates) says its complement is not so, so the act in the complement clause (or in
  a conjunct of it) is negated. Only a finite complement with its own subject counts
  ("doesn't think Russia attacked Ukraine"), never an infinitive ("doesn't expect to
  meet him" is the prospects table's) nor a factive verb ("doesn't know he met her").
  Rule ``events.mode.negation_raising``.
- "I hardly ever advise investing", "they scarcely supported the bill": an approximate
  negator whose predicate does not hold (``data/events/approximate_negators.txt``:
  hardly, scarcely; not "barely", which entails its predicate: "barely won") negates the
  predicate. Rule ``events.mode.approximate_negator``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare

NEGATION_RAISING = declare(
    "events.mode.negation_raising",
    "'I don't think you hear her', 'I don't believe I've ever met him': the act in the "
    "finite complement clause of a negated verb of opinion or seeming "
    "(data/events/neg_raising.txt, Horn's neg-raising predicates) is negated",
    order=20,
)
APPROXIMATE_NEGATOR = declare(
    "events.mode.approximate_negator",
    "'I hardly ever advise investing', 'they scarcely supported X': a predicate carrying an "
    "approximate negator that does not entail it (data/events/approximate_negators.txt: "
    "hardly, scarcely; not 'barely': 'barely won' is a win) is negated",
    order=20,
)
SUBJECTS = ("nsubj", "nsubjpass", "expl")
NEGATIONS = {"not", "n't", "never"}


@lru_cache(maxsize=1)
def neg_raising_verbs() -> frozenset[str]:
    return word_list("events/neg_raising.txt")


@lru_cache(maxsize=1)
def approximate_negators() -> frozenset[str]:
    return word_list("events/approximate_negators.txt")


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)


def _finite_clause(verb: Token) -> bool:
    """A clause with its own subject whose verb (or an auxiliary of it) carries tense."""
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    tensed = ("VBD", "VBZ", "VBP")
    return verb.tag_ in tensed or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in tensed for c in verb.children
    )


def raised_negation(token: Token) -> bool:
    """The act sits in the finite complement clause (``ccomp``) of a negated neg-raising
    verb: "I don't think [you hear her]"; a conjunct of the clause shares it."""
    clause = token
    while (
        clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX")
    ):
        clause = clause.head
    if clause.dep_ != "ccomp" or not _finite_clause(clause):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False  # "don't think she will meet him": a prediction, read by its modal
    verb = clause.head
    return verb.lemma_.lower() in neg_raising_verbs() and _negated(verb)


def approximately_negated(token: Token) -> bool:
    """The predicate carries "hardly" or "scarcely", or an adverb of it does
    ("hardly ever advise")."""
    words = approximate_negators()
    for adverb in token.children:
        if adverb.dep_ != "advmod":
            continue
        if adverb.lower_ in words:
            return True
        # "hardly ever advise": the negator on the adverb of the predicate
        if any(c.dep_ == "advmod" and c.lower_ in words for c in adverb.children):
            return True
    return False
