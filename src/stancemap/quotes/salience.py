"""The speaker of a quotation without a source: a main clause's subject, not a relative's.

``ActorLayer.salient_before`` (actors/coref.py) answers with the most recent subject
before the quotation. In "Brazil's President Lula, whom Argentina's President Milei
had called a communist, arrived in Buenos Aires. “We are neighbours.”" that is Milei,
the subject of the relative clause; the sentence is about Lula, and so is the
quotation after it. When the layer's answer is the subject of a subordinate clause,
the subject of its sentence's main clause (the root verb, or one conjoined to it)
takes its place, if one of the same kind (person or not) lies between that
sentence's start and the quotation. Otherwise the layer's answer stands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..records import ActorMention

_SUBJECTS = ("nsubj", "nsubjpass")
_WEAK_PRONOUN = 0.5  # as coref.salient_before: a weaker pronoun link is no antecedent


def main_clause_salient(
    actors: ActorLayer, doc: Doc, position: int, *, person: bool = True
) -> ActorMention | None:
    """The layer's salient actor before ``position``, moved to its main clause's subject."""
    chosen = actors.salient_before(position, person=person)
    if chosen is None:
        return None
    head = _subject_head(doc, chosen)
    if head is None or _main_clause(head):
        return chosen
    sentence_start = head.sent.start_char
    better = [
        m
        for m in actors.mentions_in(sentence_start, position)
        if (m.how != "pronoun" or m.confidence >= _WEAK_PRONOUN)
        and _is_person(actors, m) == person
        and (subject := _subject_head(doc, m)) is not None
        and _main_clause(subject)
    ]
    return max(better, key=lambda m: m.start) if better else chosen


def _subject_head(doc: Doc, mention: ActorMention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ in _SUBJECTS:
        return root
    if root.dep_ == "pobj" and root.head.dep_ == "agent":  # "was told by X"
        return root
    return None


def _main_clause(subject: Token) -> bool:
    """The subject's verb is the sentence's root, or conjoined to it."""
    verb = subject.head.head if subject.dep_ == "pobj" else subject.head
    if verb.dep_ == "agent":
        verb = verb.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _is_person(actors: ActorLayer, mention: ActorMention) -> bool:
    actor = actors.actor(mention.actor_id)
    return actor is not None and actor.type == "person"
