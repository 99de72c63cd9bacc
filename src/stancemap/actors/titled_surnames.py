"""A courtesy title the parser took into a name: "Mr Livingstone" is the surname of the
person the document named in full (session 61, engineer RH; issues 12 and 14).

British reports name a person in full once and then by courtesy title and surname, with
no full stop after the title: "Ken Livingstone ... it is time for Mr Livingstone to say
sorry". Where the parser's named entity takes the title in ("Mr Livingstone" one PERSON
span; "Mr. Trump" of American copy leaves it out), the name rules read two words, find no
person of the document called "Mr Livingstone" and make a new one - or the KB's reading
of the whole, or none; the surname after a title standing outside the span ("Mr
[Livingstone]") is read as the surname it is. On 265 BBC tune politics articles (session
61 RH) every such span but none was linked to another actor than the document's
full-named person of that surname (210 mentions), so "Mr Blair" became a person of its
own beside Tony Blair and the events and statements of one person were split over two.

``actors.coref.titled_surname``: a name span whose first word is a courtesy title and
whose rest is one word is read as that word alone, the title standing before it (so its
gender reads as it does before any name), where that word is the surname (or a spelling)
of a person the document named before it - the one ``names.known_person`` picks, after a
gendered title not a person of the other gender - or, where nobody was named so before
it, the surname of the one person NER names in full after it ("Mr Blair went back on a
pledge ... Tony Blair": read as the surname, it joins that person as any surname met
before the full name does); and the title's gender is not the other of that person's
first name ("Mrs Howard" after "Michael Howard" is his wife). Where no person of the
document has the surname the span is read as before: a KB person the document never
names in full does not win over a new person here.

The titles are the naming customs' honorifics (``data/kb/naming.toml``) that are no given
name in ``lexicon/first_name_gender.tsv`` ("Lord", "Sir", "Prince" stay names: "Sir Ian"
is a given name), and those the linker gives a gender (``linker.HONORIFIC_GENDER``: Mr,
Mrs, Ms, Miss, Sir, Madam) - the same words ``alignment.names.honorific_surname`` reads,
which joins such a person to the full-named one after the fact; this reads it where the
mention is made, so every later stage sees one person.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..rules import declare
from .first_names import first_name_genders, name_gender
from .linker import HONORIFIC_GENDER
from .normalize import fold
from .shortnames import naming_customs

if TYPE_CHECKING:
    from .resolve import DocumentResolver

TITLED_SURNAME = declare(
    "actors.coref.titled_surname",
    "'Ken Livingstone ... time for Mr Livingstone to say sorry': a name span the parser read "
    "with its courtesy title inside ('Mr X' as one PERSON) is the word after the title, "
    "where that word is the surname of a person the document named before it (else of the "
    "one it names in full after it), not one whose first name is of the other gender than "
    "the title's; else read as before",
)

_POSSESSIVE = ("'s", "’s", "'", "’")


@cache
def courtesy_titles() -> frozenset[str]:
    """The folded courtesy titles: the naming customs' honorifics no given-name list holds
    ("mr", "mrs", "dr"), and the honorifics the linker gives a gender ("sir", "miss")."""
    given = first_name_genders()
    customs = frozenset(w for w in naming_customs().honorifics if w not in given)
    return customs | frozenset(HONORIFIC_GENDER)


def _title(word: str) -> str:
    return fold(word.lower().rstrip("."))


def title_cut(resolver: DocumentResolver, ent: Span) -> Span:
    """``ent`` without its leading courtesy title where the word after it names a person
    of this document by surname (rule ``actors.coref.titled_surname``); else ``ent``."""
    if not resolver.switches.enabled(TITLED_SURNAME) or len(ent) < 2:
        return ent
    title = _title(ent[0].text)
    if title not in courtesy_titles():
        return ent
    words = [t for t in ent[1:] if t.text not in _POSSESSIVE]
    if len(words) != 1 or not words[0].text[:1].isupper() or not words[0].is_alpha:
        return ent  # "Mr John Smith", "Mr Kilroy-Silk": a full name, read as it is
    rest = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    # names.known_person: a person seen here by that surname or spelling, the title's
    # gender respected (imported here: names imports the modules its rules read)
    from .names import known_person

    found = known_person(resolver, words[0].text, rest)
    full = found.name if found is not None else _named_later(ent, words[0].text)
    if full is None:
        return ent
    wanted = HONORIFIC_GENDER.get(title)
    if wanted is not None and name_gender(full) not in (None, wanted):
        return ent  # "Mrs Howard" after "Michael Howard": another person
    return rest


def _named_later(ent: Span, surname: str) -> str | None:
    """The full name, ending in ``surname``, of the one person NER reads after ``ent``
    ("Mr Blair went back on ... Tony Blair"), else None: read as the surname, the name
    joins that person as a surname met before the full name does."""
    key = fold(surname)
    found = {
        other.text
        for other in ent.doc.ents
        if other.label_ == "PERSON"
        and other.start >= ent.end
        and len(other) >= 2
        and _title(other[0].text) not in courtesy_titles()
        and fold(other[-1].text) == key
    }
    return next(iter(found)) if len(found) == 1 else None
