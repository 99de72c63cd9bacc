"""Given names coordinated before one shared surname.

``actors.names.shared_surname_conjunct`` (order 3, before every other name rule): "Bill and
Hillary Clinton", "Jeb and George W. Bush": a one-word person name (capitalised, no
initialism: "JFK and Bill Clinton" are two people) joined by the parse (a
conjunction) to a person's full name written right after it takes that name's surname - it
names a second person, "Bill Clinton", read as the KB (or this document) knows that full name,
else as a new person of that full name. The one word must not itself be a surname the KB
knows more often than a given name ("Sanders and Hillary Clinton" are two people named by
their own names), nor follow a title ("Ms. Abedin and Cheryl Mills": a title makes it a
surname), nor be a name (or the surname) of a person this document has already named.

``actors.names.family_plural`` (order 3): "the Clintons", "the Kochs": a one-word name after
"the" that is the plural of the surname of a person this document names is that family, a
group of that person's country - not one of its members, and no unknown person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import rule
from .linker import Resolution, new_id
from .normalize import fold
from .titles import HONORIFICS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .names import Name
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]


def partner_name(span: Span) -> Span | None:
    """The full person name (two words or more) coordinated with the one-word ``span``
    and written right after it ("Bill and [Hillary Clinton]"), or None."""
    if len(span) != 1:
        return None
    token = span[0]
    doc = span.doc
    conj = next((c for c in token.children if c.dep_ == "conj"), None)
    if conj is None and token.dep_ == "conj":
        return None  # the last of a list: its surname is its own
    if conj is None or conj.i > token.i + 5:
        return None
    between = doc[token.i + 1 : conj.i]
    if not any(t.dep_ == "cc" for t in between):
        return None
    ent = next((e for e in doc.ents if e.start <= conj.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or ent.end - 1 != conj.i:
        return None
    if any(t.dep_ != "cc" and t.ent_iob_ == "O" for t in doc[token.i + 1 : ent.start]):
        return None  # "Bill, a lawyer, and Hillary Clinton": something between
    return ent


@rule(
    "actors.names.shared_surname_conjunct",
    order=3,
    doc="'Bill and Hillary Clinton': a one-word person name coordinated before a full name "
    "takes its surname and names a second person ('Bill Clinton'), not nobody",
)
def shared_surname_conjunct(resolver: DocumentResolver, name: Name) -> Resolution | None:
    from .names import given_name_count, known_person

    text = name.text
    if name.label != "PERSON" or not text.isalpha() or not text[:1].isupper() or text.isupper():
        return None  # a given name is written capitalised, not as an initialism ("JFK")
    before = name.span.doc[name.span.start - 1] if name.span.start else None
    if before is not None and fold(before.text.rstrip(".")) in HONORIFICS:
        return None  # "Mr. Kasich and Jeb Bush": a title makes the word a surname
    key = fold(name.text)
    if known_person(resolver, text) is not None:
        return None  # "Keyworth and Dick Hackborn" after "Keyworth rushed to...": that person
    partner = partner_name(name.span)
    if partner is None:
        return None
    linker = resolver.linker
    if given_name_count(resolver, name.text) < len(linker.kb.surnames.get(key, [])):
        return None  # more often a surname than a given name: "Sanders and Hillary Clinton"
    full = f"{name.text} {partner[-1].text}"
    found = linker.by_name(full, resolver.date) or known_person(resolver, full)
    if found is not None and found.type == "person":
        return found
    return Resolution(
        id=new_id(full, "person"),
        name=full,
        type="person",
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )


@rule(
    "actors.names.family_plural",
    order=3,
    doc="'the Clintons' after 'Hillary Clinton': the plural of the surname of a person named "
    "here is the family, a group of that person's country, not one of them",
)
def family_plural(resolver: DocumentResolver, name: Name) -> Resolution | None:
    span = name.span
    text = name.text
    if len(span) != 1 or not text.endswith("s") or not text[:1].isupper() or text.isupper():
        return None
    if not span.start or span.doc[span.start - 1].lower_ != "the":
        return None
    key = fold(text[:-1])
    people = [p for p in resolver.recent_people() if resolver.folded_surname(p) == key]
    if not people:
        return None
    countries = {resolver.actors[p].country for p in people}
    return Resolution(
        id=new_id(f"the {text}", "group"),
        name=f"the {text}",
        type="group",
        country=countries.pop() if len(countries) == 1 else None,
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )
