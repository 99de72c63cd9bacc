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


# session 67 MD (issue 12): a conjunct with a tense of its own beside a modal one
MODAL_CONJUNCT_SUBJECT = declare(
    "events.args.modal_conjunct_subject",
    "'Merkel said Russia would attack Ukraine and condemned NATO', 'Putin warned sanctions "
    "could hurt Russia and criticised the US': a tensed verb the parse conjoins to a verb "
    "under a modal (could, would, ...) in a reported clause with its own subject cannot share "
    "that modal; it coordinates with the verb reporting the clause and has its subject",
    order=22.55,
)
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
_TENSED = ("VBD", "VBZ", "VBP")


def _modal(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _own_subject(tok: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in tok.children)


def tensed_on_its_own(verb: Token) -> bool:
    """A verb that carries its own tense and no modal: a past or third-person present
    form ("condemned", "condemns"), a present plural with its own subject ("they condemn";
    alone "condemn" may be a bare infinitive), or a tensed non-modal auxiliary of its own
    ("has condemned", "was condemned", "did condemn")."""
    if _modal(verb):
        return False
    if verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBP" and _own_subject(verb)):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED for c in verb.children)


def _own_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _perfect_or_passive(tok: Token) -> bool:
    """The verb has a perfect "have" or a passive auxiliary ("would have gotten")."""
    return any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_.lower() == "have")
        for c in tok.children
    )


def first_conjunct(verb: Token) -> Token:
    """The first verb of the coordination ``verb`` is a conjunct of."""
    node = verb
    for _ in range(8):
        if node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
    return node


def modal_conjunct(verb: Token) -> tuple[Token, Token | None] | None:
    """Where a tensed conjunct of a modal verb coordinates: None unless ``verb`` is a
    conjunct with a tense of its own ("condemned", "has condemned"), or a participle whose
    first conjunct heads the complement clause of a participle ("stressing Y should not
    foment Z and attacking W": "stressing"), whose first conjunct
    carries a modal auxiliary ``verb`` lacks ("could impose X and has condemned Y"); else
    (the first conjunct, the verb reporting its clause or None). The second is the verb
    ``verb`` really coordinates with when the first conjunct heads a complement clause
    with its own subject and ``verb`` has none ("said Russia would attack Y and condemned
    Z": "said"); None where ``verb`` coordinates with the first conjunct's clause itself
    ("Iran may attack X, but it has condemned Y", "could not agree and blamed X")."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    # "with X stressing Y should not foment Z and attacking W": a participle cannot be a
    # conjunct of a bare verb under a modal; it coordinates with the participle above
    participle = verb.tag_ == "VBG" and not _own_aux(verb) and not _own_subject(verb)
    if not (participle or tensed_on_its_own(verb)):
        return None
    first = first_conjunct(verb)
    if first.i == verb.i or not _modal(first):
        return None
    if participle:
        above = first.head
        if (
            first.tag_ == "VB"
            and first.dep_ == "ccomp"
            and _own_subject(first)
            and above.tag_ == "VBG"
            and above.i < first.i
        ):
            return first, above
        return None
    if verb.tag_ == "VBD" and not _own_aux(verb) and _perfect_or_passive(first):
        return None  # "would have gotten X and killed them": a participle the tagger read VBD
    if _own_subject(verb):
        return first, None
    above = first.head
    if (
        first.dep_ == "ccomp"
        and _own_subject(first)
        and above.i != first.i
        and above.pos_ in ("VERB", "AUX")
        and above.i < first.i
        and _finite(above)
    ):
        return first, above
    return first, None


def modal_governor(verb: Token) -> Token | None:
    """The verb a tensed conjunct of a reported modal clause coordinates with (its subject
    is the conjunct's), else None (``modal_conjunct``)."""
    found = modal_conjunct(verb)
    return found[1] if found is not None else None
