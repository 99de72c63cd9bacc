"""Same-named places: the words beside a place name say which country's it is.

"Tripoli" is Libya's capital and a port of Lebanon; the seat index and the gazetteer's
bigger place read it as Libya. Rule ``actors.names.placed_by_text`` lets the text decide
first, where it names another country that has a city (or state) of that name in
GeoNames:

* a nationality word or country on the noun the name completes: "the north Lebanese port
  of Tripoli", "the Lebanese city of Tripoli";
* an apposition after a comma: "Tripoli, Lebanon", "Paris, Texas" (a US state gives the
  USA; any first-level region its country);
* a possessive: "Lebanon's Tripoli";
* a country name that is also a region of another country, after a city of that country
  and a comma, is the region: "Atlanta, Georgia" (the US state, not the country).

A city the text so places is a place of that country whatever NER called it ("the Syrian
city of Homs" is no organisation). Otherwise the bigger place stands, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..rules import declare
from .linker import Resolution
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

PLACED_BY_TEXT = declare(
    "actors.names.placed_by_text",
    "'the north Lebanese port of Tripoli', 'Tripoli, Lebanon', 'Lebanon's Tripoli', "
    "'Paris, Texas': a country word beside a city name picks that country's city of the "
    "name (GeoNames) over the capital or bigger city of another country",
)
STATE_ABBREVIATION = declare(
    "actors.names.state_abbreviation",
    "'San Jose, Calif.', 'Athens, Ga.', 'Manchester, N.H.': a written-short state after a "
    "city and a comma (a dotted word whose letters, first letter first, spell in order one "
    "GeoNames state name only, or a state's initials) is that state, so its country's city",
)
_MODIFIERS = ("amod", "compound", "nmod", "npadvmod")


def placed_by_text(resolver: DocumentResolver, ent: Span) -> Resolution | None:
    """The place of another country the text says ``ent`` is, or None."""
    linker = resolver.linker
    gazetteer = linker.places.gazetteer
    key = fold(ent.text)
    if gazetteer is None or not key:
        return None
    region = region_after_city(resolver, ent)
    if region is not None:
        return region
    read = linker.seats.get(key)
    if read is None:
        place = gazetteer.get(ent.text)
        read = place.country if place is not None and place.kind == "city" else None
    if read is None:
        return None  # not a city or seat: nothing to choose between
    said = _country_said(resolver, ent)
    if said is None or said not in gazetteer.countries_with(ent.text):
        return None
    if said == read and (
        key in linker.seats or ent.ent_id_ or linker.by_name(ent.text, resolver.date)
    ):
        # no conflict: the KB's reading stands ("the Lebanese capital of Beirut", "the
        # separatist republics of Donetsk")
        return None
    # "the Syrian city of Homs": a city, whatever NER called it
    return linker.bare_place(ent.text, said)


def region_after_city(resolver: DocumentResolver, ent: Span) -> Resolution | None:
    """ "Atlanta, Georgia": a name that is both a country and a region of another country
    (a US state), written after a city of that other country and a comma, is the region."""
    doc = ent.doc
    linker = resolver.linker
    gazetteer = linker.places.gazetteer
    if gazetteer is None or ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    read = linker.by_name(ent.text, resolver.date)
    if read is None or read.type != "country":
        return None
    region = _region_of_one_country(resolver, ent.text)
    if region is None or region == read.country:
        return None
    end = ent.start - 1
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    if start == end:
        return None
    cities = gazetteer.countries_with(doc[start:end].text)
    if region not in cities or read.country in cities:
        return None
    return linker.bare_place(ent.text, region)


def _region_of_one_country(resolver: DocumentResolver, name: str) -> str | None:
    gazetteer = resolver.linker.places.gazetteer
    state = gazetteer.get(name) if gazetteer is not None else None
    if state is not None and state.kind == "state":
        return state.country
    regions = resolver.linker.regions.get(fold(name))
    return regions[0] if regions and len(regions) == 1 else None


def _country_said(resolver: DocumentResolver, ent: Span) -> str | None:
    """The one country the words around a place name give it, or None."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        # "the north Lebanese port of Tripoli": the modifiers of "port"
        words = [t.text for t in head.head.lefts if t.dep_ in _MODIFIERS]
        said = _country_of_words(resolver, words)
        if said is not None:
            return said  # else an apposition may still say ("the mayor of Paris, Texas")
    for child in root.children:
        if child.dep_ == "poss" and child.i < ent.start:
            return _country_of_words(resolver, [t.text for t in child.subtree if t.dep_ != "case"])
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        after = ent.end + 1
        end = after
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end > after:
            return _region_country(resolver, doc[after:end].text)
        if after < len(doc) and resolver.switches.enabled(STATE_ABBREVIATION):
            return abbreviated_state(resolver, doc[after].text)
    return None


def abbreviated_state(resolver: DocumentResolver, word: str) -> str | None:
    """The country of the one GeoNames state ``word`` writes short ("Calif.", "Ga.",
    "N.H."), or None: a dotted word whose letters spell, first letter first and in order,
    one state's name only, or a state's initials ("N.H.": New Hampshire)."""
    gazetteer = resolver.linker.places.gazetteer
    letters = word.replace(".", "")
    if gazetteer is None or not word.endswith(".") or not letters.isalpha():
        return None
    if not 2 <= len(letters) <= 5 or not letters[0].isupper():
        return None
    dotted = "." in word[:-1]
    key = letters.lower()
    matches = [
        name
        for name in gazetteer.state_names()
        if (_initials(name) == key if dotted else _spells(key, name))
    ]
    place = gazetteer.get(matches[0]) if len(matches) == 1 else None
    return place.country if place is not None else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.lower().split())


def _spells(letters: str, name: str) -> bool:
    """``letters`` in order inside ``name``, the first letters the same ("ga": Georgia)."""
    name = name.lower()
    if not name.startswith(letters[0]):
        return False
    rest = iter(name[1:])
    return all(ch in rest for ch in letters[1:])


def _country_of_words(resolver: DocumentResolver, words: list[str]) -> str | None:
    if not words:
        return None
    country, _ = resolver.linker.places.where(words, countries_only=True)
    return country


def _region_country(resolver: DocumentResolver, name: str) -> str | None:
    """The country a name after a comma gives: a country, else a region of one country."""
    found = resolver.linker.places.place(name, countries_only=True)
    if found is not None and found[0] is not None:
        return found[0]
    regions = resolver.linker.regions.get(fold(name))
    if regions and len(regions) == 1:
        return regions[0]
    gazetteer = resolver.linker.places.gazetteer
    state = gazetteer.get(name) if gazetteer is not None else None
    return state.country if state is not None and state.kind == "state" else None
