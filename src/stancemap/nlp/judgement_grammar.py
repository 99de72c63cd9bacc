"""Parse shapes shared by the readings of what a speaker says of another party.

The events stage (``events.quoted_judgements``) and the stances stage
(``stances.judged_party``, ``judged_deed``) read the same quoted clauses; the grammar they
share lives here, below both, so that neither reaches into the other.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Quote

RELATING_PREPS = frozenset({"for", "to", "of", "toward", "towards", "with", "against"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def relating_complements(word: Token) -> list[Token]:
    """The complements that relate a judging word to something else: "a friend TO
    Tuvalu", "a haven FOR extremists", "responsible FOR what happens", "ready TO act"."""
    out = [p for p in word.children if p.dep_ == "prep" and p.lower_ in RELATING_PREPS]
    out += [c for c in word.children if c.dep_ == "xcomp"]
    return out


def someone_elses_clause(clause: Token, quote: Quote) -> bool:
    """The clause is the complement of a verb inside the quote whose subject is not the
    speaker ("Everybody thought X was guilty", "getting some Republicans to say X is
    unfit"): another's thought or a hypothetical's, not the speaker's own judgement."""
    node = clause
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if not quote.content.start <= node.idx < quote.content.end:
            return False
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ not in FIRST_PERSON:
            return True
    return False


def goal_clause(clause: Token) -> bool:
    """The clause is the complement of an infinitive ("needs to show that X is worthy",
    "wants to prove that X is a fraud"): a goal set for someone, not a judgement made, unless
    the infinitive's subject is the speaker ("I have to say X is great"). Rule
    ``events.quotes.infinitive_goal``."""
    node = clause
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            continue
        if node.dep_ != "xcomp":
            return True  # "to prove that X is a fraud": no subject of its own
        subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is None or subj.lower_ not in FIRST_PERSON
    return False
