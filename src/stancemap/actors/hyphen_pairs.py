"""Two known names joined by a hyphen: "Ramaphosa-Trump Meeting Ends Without Deal".

In running text the tagger splits "the Ramaphosa-Trump talks" into two names; in a
title-case headline it often tags the whole "Ramaphosa-Trump" as one person, who then
becomes a new actor nobody knows. Where the joined name is no KB name itself and each
part, alone, is a KB person's surname (not a common given name: "Jean-Marie") or a
country, the span is two mentions, one of each (``actors.names.hyphen_pair``). A double-barrelled
name the KB knows ("Kassym-Jomart Tokayev"), or one with a part the KB does not know,
is left whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import constants
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .linker import Resolution
    from .resolve import DocumentResolver

HYPHEN_PAIR = declare(
    "actors.names.hyphen_pair",
    "'Ramaphosa-Trump' tagged as one name: where the joined name is no KB name and each "
    "part alone is a KB person or a country, two mentions, one of each",
)
_HYPHENS = frozenset({"-", "–", "‐"})
_KINDS = frozenset({"person", "country"})


def hyphen_pair(resolver: DocumentResolver, ent: Span) -> bool:
    """Add the two parts of a hyphened pair of known names as mentions; True if done."""
    if len(ent) != 3 or ent[1].text not in _HYPHENS:
        return False
    first, second = ent[0], ent[2]
    if first.whitespace_ or ent[1].whitespace_:
        return False  # "Ramaphosa - Trump" is punctuation, not one word
    if not (first.text[:1].isupper() and second.text[:1].isupper()):
        return False
    from .names import given_name_count  # late: names imports this module

    linker = resolver.linker
    if linker.by_name(ent.text, resolver.date) is not None:
        return False  # a double-barrelled name the KB knows
    given_min = int(constants("actors")["places"]["variant_given_name_min"])
    parts: list[Resolution] = []
    for token in (first, second):
        found = linker.by_name(token.text, resolver.date, allow_surname=True)
        if found is None or found.type not in _KINDS:
            return False
        if found.type == "person" and (
            fold(found.name.split()[-1]) != fold(token.text)  # "Marie" of Alliot-Marie
            or given_name_count(resolver, token.text) >= given_min  # "Jean-Marie Le Pen"
        ):
            return False
        parts.append(found)
    if parts[0].id == parts[1].id:
        return False
    for token, found in zip((first, second), parts, strict=True):
        span = ent.doc[token.i : token.i + 1]
        resolver.add(token.idx, token.idx + len(token), token.text, found, span)
    return True
