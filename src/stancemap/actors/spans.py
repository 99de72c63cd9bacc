"""What the parse says about a mention's span: small tests the resolver's rules share.

Pure functions of spaCy tokens and spans (no linker, no document memory), so
each rule module reads the same answer to "is this a subject", "is this a
place after 'in'", "which title words stand before this name".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.reporting import speech_verbs

# entity label -> the kind of actor a new name of that label is
NAME_LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "LOC": "location",
    "NORP": "group",
    "FAC": "location",
}
UNTAGGED = "STANCEMAP_PROPN"  # label of proper-noun runs outside NER entities
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
PREMODIFIERS = frozenset(
    {"amod", "compound", "poss", "nmod", "det", "predet", "nummod", "case", "npadvmod"}
)
# "the next president", "a future leader": the text names no one in particular
NOT_THIS_ONE = frozenset(
    {
        "next",
        "future",
        "new",
        "potential",
        "possible",
        "prospective",
        "would-be",
        "another",
        "any",
        "every",
        "some",
        "a",
        "an",
        "no",
    }
)
# a capital after these prepositions is a place ("talks in Moscow"), not a government
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "to",
        "from",
        "into",
        "outside",
        "inside",
        "across",
        "around",
        "toward",
        "towards",
        "via",
        "through",
        "throughout",
        "between",
        "within",
        "over",
    }
)
POSSESSIVE_MARKS = ("'s", "’s")
# verbs that report words, from the shared reporting lexicon (one list for every stage)
SPEECH_VERBS = speech_verbs()


def names_a_person(token: Token) -> bool:
    """The noun stands in apposition with a person's name (either way round)."""
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def trim(ent: Span) -> Span | None:
    """Drop a leading article and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_ or ent.ent_id_)


def with_titles(span: Span) -> str:
    """The entity with the title words written right before it ("US Senator" Marco Rubio)."""
    doc = span.doc
    start = span.start
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod", "nmod")
        and start <= doc[start - 1].head.i < span.end
        and doc[start - 1].ent_type_ in ("", "NORP", "GPE", "ORG")
    ):
        start -= 1
    return doc[start : span.end].text


def in_person_title(span: Span) -> bool:
    """The span is part of the title written before a person's name ("British" and
    "Information" in "Nigeria's Information Minister Lai Mohammed", "British Foreign
    Secretary Jack Straw"): it modifies a chain of title words ending in the name."""
    token = span.root
    for _ in range(6):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i <= token.i:
            return False
        token = token.head
        if token.ent_type_ == "PERSON" and not (span.start <= token.i < span.end):
            return True
    return False


def ethnic(doc: Doc, i: int) -> bool:
    """The word before token ``i`` is "ethnic": what follows names an ethnic group
    ("ethnic Turks" in Bulgaria), whose country is not the demonym's."""
    return i > 0 and doc[i - 1].lower_ == "ethnic"


def is_subject(token: Token) -> bool:
    if token.dep_ in SUBJECT_DEPS:
        return True
    # "Macron's" / "his" inside a subject phrase makes its owner salient too
    return token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS


def is_place_use(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def is_speech_subject(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS
