"""A demonym NER tagged a place is read as the demonym it is.

Session 57, engineer AR (issue 12: the target country on the PLOVER tune half). The
small English model tags a one-word demonym now NORP, now GPE, by its neighbours:
"the Kyrgyz border posts" gets NORP, "Kyrgyz border posts were shelled" GPE. A NORP
demonym is read as its people or its country (``names.resolve_name``); a GPE or LOC
span nobody calls a place is "an unknown place, no actor" (``newactors.new_actor``),
so the shelled posts had no target although the KB holds "Kyrgyz" among
Kyrgyzstan's demonyms. A demonym tagged a person was already read as its people
(``new_actor``); this is the same for the place labels.

Here such a span - one word, tagged GPE or LOC, the demonym of one country only (the
KB's ``countries.tsv`` and ``ethnic_groups.tsv`` through ``countries.demonym_index``),
no KB name of its own - is resolved as a NORP span, by every rule a NORP demonym goes
through (a modifier of a people noun is read with its noun phrase; a lone one is its
people; ...). Nothing here is a list: the demonyms are the KB's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

DEMONYM_TAGGED_PLACE = declare(
    "actors.names.demonym_tagged_place",
    "'Kyrgyz border posts were shelled': one word NER tagged a place (GPE, LOC) that is the "
    "demonym of one country and no KB name is read as a demonym (NORP), not as an unknown place",
)

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def as_demonym(resolver: DocumentResolver, ent: Span) -> Span | None:
    """``ent`` relabelled NORP where it is a one-country demonym tagged a place and the
    KB knows no actor of that name; None otherwise (the rule is checked by the caller)."""
    if ent.label_ not in _PLACE_LABELS or len(ent) != 1:
        return None
    text = ent.text
    if not text[:1].isupper() or not text.isalpha() or not sole_demonym(resolver, text):
        return None
    return Span(ent.doc, ent.start, ent.end, label="NORP")


def sole_demonym(resolver: DocumentResolver, text: str) -> bool:
    """``text`` is the demonym of exactly one country and no KB name or seat (a place, a
    seat or a body the KB knows by that word stays one); also read by
    ``untagged_demonyms``."""
    linker = resolver.linker
    codes = linker.demonyms.get(fold(text))
    if not codes or len(codes) != 1:
        return False
    return linker.by_name(text, resolver.date) is None and fold(text) not in linker.seats
