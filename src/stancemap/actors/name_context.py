"""Names whose context says they are not the KB's actor of that name.

* ``actors.names.named_thing_head``: "the Amazon fund", "the Amazon rainforest", "the
  Congo basin": a name that modifies a noun naming a fund, a landform or a water body
  (``lexicon/named_thing_heads.txt``, the place nouns, the water-body heads) is part of
  that thing's name; it is not the company or body the KB knows by the name.
* ``actors.names.us_state_context``: "Georgia" in a document that names other US states
  (GeoNames) and nothing of the country (its demonym, its seat, its cities) is the US
  state, a place of the USA, not the Caucasus country. Any name that is both a KB
  country and a US state is read so; the data decide, not a list of names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import read_table, word_list
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .linker import Resolution
    from .resolve import DocumentResolver

NAMED_THING_HEAD = declare(
    "actors.names.named_thing_head",
    "'the Amazon fund', 'the Amazon rainforest': a name modifying a fund, landform or water "
    "body noun is part of that thing's name, not the company or body the KB knows by it",
)
US_STATE_CONTEXT = declare(
    "actors.names.us_state_context",
    "'Georgia' in a document naming other US states and nothing of the country (demonym, "
    "seat, cities) is the US state, a place of the USA",
)
PLACE_NOUN_NAME = declare(
    "actors.names.place_noun_name",
    "'the Tigray district', 'the district of Alamata': a name nobody knows that modifies a "
    "place noun or completes it with 'of' is a place (of the country its region or city "
    "names), never a new person or body",
)
_PLACE_NOUNS = word_list("lexicon/place_nouns.txt")
_HEADS = (
    word_list("lexicon/named_thing_heads.txt")
    | word_list("lexicon/place_nouns.txt")
    | frozenset(r["head"].lower() for r in read_table("lexicon/water_bodies.tsv"))
)
US = "USA"


def named_thing(resolver: DocumentResolver, span: Span, found: Resolution) -> bool:
    """The name modifies a thing noun ("Amazon" in "the Amazon fund") and was read as a
    body or company (rule ``NAMED_THING_HEAD``)."""
    if found.type != "organization" or not resolver.switches.enabled(NAMED_THING_HEAD):
        return False
    root = span.root
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.i < span.end:
        return False
    head = root.head
    return head.pos_ in ("NOUN", "PROPN") and (
        head.lemma_.lower() in _HEADS or head.lower_ in _HEADS
    )


def _us_state(resolver: DocumentResolver, text: str) -> bool:
    """A US state by ISO 3166-2 (a region of the USA only) or GeoNames."""
    if resolver.linker.regions.get(fold(text)) == [US]:
        return True
    gazetteer = resolver.linker.places.gazetteer
    place = gazetteer.get(text) if gazetteer is not None else None
    return place is not None and place.kind == "state" and place.country == US


def _us_place(resolver: DocumentResolver, text: str) -> bool:
    """A US state, or a US city whose name is no common word and no state's ("Atlanta";
    not "New York", not the seat "Washington": foreign news names those too)."""
    if _us_state(resolver, text):
        return True
    gazetteer = resolver.linker.places.gazetteer
    place = gazetteer.get(text) if gazetteer is not None else None
    return place is not None and place.country == US and not place.common and place.kind == "city"


def us_context(resolver: DocumentResolver, name: str, country: str) -> bool:
    """The document names a US state or city other than ``name`` and no sign of ``country``
    other than ``name`` itself (its demonym, its seat, one of its cities, a KB person or
    body of it). Computed once
    per (name, country) and document."""
    key = (fold(name), country)
    cache: dict[tuple[str, str], bool] = resolver.__dict__.setdefault("_us_context", {})
    if key in cache:
        return cache[key]
    linker = resolver.linker
    states = False
    for ent in resolver.doc.ents:
        text = ent.text
        if fold(text) == key[0] or fold(text.removesuffix("'s")) == key[0]:
            continue
        words = text.split()
        said, _ = linker.places.where(words, countries_only=False)
        if said is None and ent.label_ in ("PERSON", "ORG"):
            known = linker.by_name(text, resolver.date)  # the country's leader, its party
            said = known.country if known is not None else None
        if said == country:
            cache[key] = False  # "Georgian", "Tbilisi": the country is there
            return False
        if ent.label_ in ("GPE", "LOC") and fold(text) not in linker.seats:
            states = states or _us_place(resolver, text)
    cache[key] = states
    return states


def as_us_state(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution:
    """A country that is also a US state's name, in a document about the US: the state
    (rule ``US_STATE_CONTEXT``)."""
    if found.type != "country" or found.country is None or found.country == US:
        return found
    if not resolver.switches.enabled(US_STATE_CONTEXT) or not _us_state(resolver, span.text):
        return found
    if not us_context(resolver, span.text, found.country):
        return found
    return resolver.linker.bare_place(span.text, US)


def us_state_country(
    resolver: DocumentResolver, words: list[str], country: str | None
) -> str | None:
    """The country of an agent phrase ("Georgia voters"): the USA where the phrase's
    country word is a US state's name in a document about the US."""
    if country is None or country == US or not resolver.switches.enabled(US_STATE_CONTEXT):
        return country
    for word in words:
        if (
            _us_state(resolver, word)
            and resolver.linker.places.where([word], countries_only=True)[0] == country
        ):
            return US if us_context(resolver, word, country) else country
    return country


def place_noun_name(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution:
    """A new actor whose name modifies a place noun ("the Tigray district") or is its "of"
    object ("the district of Alamata"): a place, of the one country its name is a region or
    a GeoNames city of, else of none (rule ``PLACE_NOUN_NAME``)."""
    if found.how != "new" or not resolver.switches.enabled(PLACE_NOUN_NAME):
        return found
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < root.head.i:
        noun = root.head.head
    else:
        return found
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PLACE_NOUNS:
        return found
    linker = resolver.linker
    regions = linker.regions.get(fold(span.text))
    country = regions[0] if regions and len(regions) == 1 else None
    if country is None:
        gazetteer = linker.places.gazetteer
        place = gazetteer.get(span.text) if gazetteer is not None else None
        country = place.country if place is not None and place.kind != "continent" else None
    return linker.bare_place(span.text, country)
