"""A place name written after a given name is that person's surname.

NER reads "Jordan" of "Tulsa police Chief Chuck Jordan" or "Rep. Jim Jordan" as the
country when the given name before it falls outside the entity; the person's quotes then
speak for Jordan. Rule ``actors.names.given_name_place``: a one-word place entity (GPE)
right after a capitalised proper noun outside any entity that is a given name of the SSA
first-name table (``lexicon/first_name_gender.tsv``) is one PERSON name with it, and the
place word's KB id is not the person's (``names.link_name``). By the first-name table and
entity spans, never by a list of names.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..rules import declare
from .glued_words import given_names
from .normalize import fold

GIVEN_NAME_PLACE = declare(
    "actors.names.given_name_place",
    "'Tulsa police Chief Chuck Jordan said', 'Rep. Jim Jordan': a one-word place name (GPE) "
    "written right after a capitalised proper noun outside any entity that is a given name "
    "(the SSA first-name table) is that person's surname: one PERSON name, never the place",
)


def given_name_place(ent: Span) -> Span:
    """See ``GIVEN_NAME_PLACE``: the given name and the place word as one PERSON span,
    else the entity."""
    if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0:
        return ent
    given = ent.doc[ent.start - 1]
    if given.pos_ != "PROPN" or given.ent_iob_ != "O" or not given.whitespace_:
        return ent
    if not given.is_alpha or not given.text[:1].isupper() or given.is_sent_end:
        return ent
    if fold(given.text) not in given_names():
        return ent
    return Span(ent.doc, given.i, ent.end, label="PERSON")
