"""A courtesy title and a surname name the one person of that surname (session 60, engineer
RR; issue 14, relation recall on British news).

British reports name a person in full once and then by courtesy title and surname: "Jack
Straw ... said Mr Straw", "Kimberly Quinn ... Mrs Quinn". Where the parser takes the
title into the name ("Mr Straw" as one PERSON), the actors stage makes a person of its own
of it, and its statements relate "Mr Straw", not Jack Straw: in 52 BBC tune politics
articles (session 60 RR) 25 such pairs of one person under two ids were left. The
judge's pair "Jack Straw ~ Michael Ancram" is then not found, the evidence of one person is
split over two pairs, and "Mr Blair ~ Tony Blair" can even be related to each other.
``names`` already joins a surname-only person to the one full-named person of that surname
in a document; a titled surname was no surname-only name, as its title counted as a word.

- ``alignment.names.honorific_surname``: a person's name that is a courtesy title and
  one word ("Mr Straw", "Mrs Quinn", "Dr Fox") counts as that surname alone for the
  joins of ``names`` (in a document: the one full-named person of that surname; across a
  corpus as the surname rule says), except where the title's gender (Mr: a man; Mrs, Ms,
  Miss: a woman) is not the full-named person's by their first name ("Mrs Brown" is not
  Gordon Brown). The titles are the naming customs' honorifics (``data/kb/naming.toml``)
  that are no given name in ``lexicon/first_name_gender.tsv`` ("Al Gore", "Lord X",
  "Prince X", "Sir Ian" stay names); none where two full-named people share the surname.
"""

from __future__ import annotations

from functools import lru_cache

from ..actors.first_names import first_name_genders, name_gender
from ..actors.linker import HONORIFIC_GENDER
from ..actors.normalize import fold
from ..actors.shortnames import naming_customs
from ..rules import declare

HONORIFIC_SURNAME = declare(
    "alignment.names.honorific_surname",
    "'Jack Straw ... said Mr Straw': a person named by a courtesy title and one word is that "
    "surname alone for the name joins (the one full-named person of that surname in the "
    "document), unless the title's gender is not that person's",
    order=15,
)


@lru_cache(maxsize=1)
def courtesy_titles() -> frozenset[str]:
    """The naming customs' honorifics that no given-name list holds ("mr", "mrs", "dr")."""
    given = first_name_genders()
    return frozenset(w for w in naming_customs().honorifics if w not in given)


def titled_surname(name: str) -> tuple[str, str] | None:
    """(title, surname) of a name that is a courtesy title and one word ("Mr Straw" ->
    ("mr", "straw")), folded; None for any other name."""
    words = fold(name).replace(".", " ").split()
    if len(words) != 2 or words[0] not in courtesy_titles():
        return None
    return words[0], words[1]


def gender_clash(title: str, full_name: str) -> bool:
    """Whether a title's gender is not the one a full name's first name gives."""
    wanted = HONORIFIC_GENDER.get(title)
    if wanted is None:
        return False
    known = name_gender(full_name)
    return known is not None and known != wanted
