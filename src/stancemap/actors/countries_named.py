"""A city name of two countries read by the countries its text names.

"Tripoli" is Libya's capital and Lebanon's northern port. Where the words beside the
name say nothing ("militias clashed in Tripoli"), the sentence that names one of the
countries - by its name, another name of it or its demonym ("Lebanese troops") - says
which; failing that, the document, when it names exactly one of them. Only the countries
whose city of that name is big enough to compete count (``[actors.places]
text_country_share`` of the biggest one's population): "Paris" in a story about American
voters stays France's capital. Rule ``actors.names.placed_by_countries_named``, read by
``placed_by_text``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import declare
from .countries import country_table

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .resolve import DocumentResolver

PLACED_BY_COUNTRIES_NAMED = declare(
    "actors.names.placed_by_countries_named",
    "a city name of several countries ('Tripoli': Libya, Lebanon) whose words say nothing "
    "is the city of the one of those countries its sentence names ('Lebanese troops'), "
    "else the one its document alone names",
)


def competing_countries(resolver: DocumentResolver, name: str) -> frozenset[str]:
    """The countries with a city so named of at least ``text_country_share`` of the
    biggest such city's population (at least two, else none)."""
    gazetteer = resolver.linker.places.gazetteer
    if gazetteer is None:
        return frozenset()
    populations = gazetteer.country_populations(name)
    if len(populations) < 2:
        return frozenset()
    floor = float(constants("actors")["places"]["text_country_share"]) * max(populations.values())
    found = frozenset(c for c, n in populations.items() if n >= floor and n > 0)
    return found if len(found) > 1 else frozenset()


@lru_cache(maxsize=512)
def _naming(iso3: str) -> re.Pattern[str] | None:
    """The country's names and demonyms as whole words, case as written (not its seats:
    the city itself may be one)."""
    info = country_table().get(iso3)
    if info is None:
        return None
    words = sorted({info.name, *info.aliases, *info.demonyms}, key=len, reverse=True)
    words = [w for w in words if len(w) > 2 or w.isupper()]
    if not words:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def _named_in(countries: frozenset[str], text: str) -> set[str]:
    out = set()
    for iso3 in countries:
        pattern = _naming(iso3)
        if pattern is not None and pattern.search(text):
            out.add(iso3)
    return out


def country_named_around(resolver: DocumentResolver, ent: Span) -> str | None:
    """The one competing country the place's sentence names, else the one its document
    names (its own name blanked out: a country called as its city is no witness)."""
    countries = competing_countries(resolver, ent.text)
    if not countries:
        return None
    blank = re.compile(r"\b" + re.escape(ent.text) + r"\b")
    for text in (ent.sent.text, resolver.doc.text):
        named = _named_in(countries, blank.sub(" ", text))
        if len(named) == 1:
            return named.pop()
        if named:
            return None  # both named in the sentence: the document cannot say better
    return None
