"""The longest place name wins: a country inside a longer place name is no mention of it.

The entity ruler matches a one-word country name wherever it is written, so "Jersey" in
"New Jersey", "Mexico" in "New Mexico" or "the Gulf of Mexico" and "China" in "the South
China Sea" were read as those countries. Rule ``actors.names.longer_place`` looks at the
run of capitalised words around a name span:

* a water body (a head word of ``data/lexicon/water_bodies.tsv`` written as part of the
  name: "South China Sea", "Sea of Japan", "Lake Chad") is a location of no country, and
  nothing inside it is a mention of a country;
* a longer run that GeoNames (``gazetteer``: cities, US states) or ISO 3166-2 (first-level
  subdivisions of every country, from ``pycountry``) knows as a place of another country
  ("New Jersey", "Jersey City", "New South Wales") is that place, a location actor with the
  place's country where only one country has it.

A longer place of the same country ("Mexico City", "Kuwait City") is left as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..datafiles import constants, read_table
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

LONGER_PLACE = declare(
    "actors.names.longer_place",
    "'New Jersey', 'the South China Sea', 'the Gulf of Mexico': a country inside a longer "
    "place or water-body name is no mention of it; a longer GeoNames or ISO 3166-2 place "
    "of another country is that place (New Jersey -> a location of the USA)",
)
LONGER_NAME = declare(
    "actors.names.country_in_longer_name",
    "'USA TODAY', 'China Daily': a country name that NER tagged alone before the proper "
    "noun it is a compound of (untagged, capitalised, no KB name, agent or office word) is "
    "the first word of an organisation's name: a new organisation, no mention of the country",
)
# a run of capitalised words longer than this is a headline or a list, not one place name
_LONGEST_RUN = 5
_PLACE_KINDS = ("state", "city")
_NEW_CONFIDENCE = constants("actors")["confidence"]["new_actor"]
# name spans that may sit inside a place name (a person's or body's name never does)
_PLACE_LABELS = ("GPE", "LOC", "NORP")


@dataclass(frozen=True)
class WaterHeads:
    after: frozenset[str]  # "China Sea"
    of: frozenset[str]  # "Sea of Japan"
    before: frozenset[str]  # "Lake Chad"


@cache
def water_heads() -> WaterHeads:
    rows = read_table("lexicon/water_bodies.tsv", required=("head", "after", "of", "before"))

    def heads(column: str) -> frozenset[str]:
        return frozenset(r["head"].lower() for r in rows if r[column] == "1")

    return WaterHeads(heads("after"), heads("of"), heads("before"))


def _capitalised(doc: Doc, i: int) -> bool:
    word = doc[i].text
    return word[:1].isupper() and word.isalpha()


def _run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words in one sentence around tokens [start, end)."""
    left = start
    while left > 0 and not doc[left].is_sent_start and _capitalised(doc, left - 1):
        left -= 1
    right = end
    while right < len(doc) and not doc[right].is_sent_start and _capitalised(doc, right):
        right += 1
    return left, right


def water_body(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of the water-body name that tokens [start, end) lie inside, or None."""
    heads = water_heads()
    left, right = _run(doc, start, end)
    if right - left > _LONGEST_RUN:
        return None
    for i in range(end, right):
        if doc[i].lower_ in heads.after:
            return left, i + 1  # "South China Sea"
    if start > left and doc[start - 1].lower_ in heads.before:
        return start - 1, right  # "Lake Chad"
    of = left - 1
    if (
        of >= 1
        and doc[of].lower_ == "of"
        and _capitalised(doc, of - 1)
        and doc[of - 1].lower_ in heads.of
    ):
        return of - 1, right  # "Sea of Japan"
    return None


def inside_longer_place(resolver: DocumentResolver, ent: Span) -> bool:
    """True when ``ent`` lies inside a longer place or water-body name (rule
    ``actors.names.longer_place``): a water body takes its tokens and makes no mention; a
    longer place of another country is added as that place."""
    if ent.label_ not in _PLACE_LABELS:
        return False
    doc = ent.doc
    words = [t.i for t in ent if t.text[:1].isupper()]  # "the South": from "South"
    if not words:
        return False
    start, end = words[0], words[-1] + 1
    water = water_body(doc, start, end)
    if water is not None:
        # the water body is a place of no country: its own mention, so that no later
        # reading (an event's place target) finds a country inside its name
        body = doc[water[0] : water[1]]
        if not resolver.taken.intersection(range(body.start, body.end)):
            found_body = resolver.linker.bare_place(body.text, None)
            resolver.add(body.start_char, body.end_char, body.text, found_body, body)
        return True
    country = _country_of(resolver, ent)
    if country is None:
        return False
    found = place_tokens(resolver, doc[start:end], country)
    if found is None:
        return False
    a, b, place_country = found
    place = doc[a:b]
    found_place = resolver.linker.bare_place(place.text, place_country)
    resolver.add(place.start_char, place.end_char, place.text, found_place, place)
    return True


def _country_of(resolver: DocumentResolver, ent: Span) -> str | None:
    """The country a name span reads as (its entity-ruler id, else the KB), or None."""
    if ent.ent_id_.startswith("country:"):
        return ent.ent_id_.split(":", 1)[1]
    found = resolver.linker.by_name(ent.text, resolver.date)
    return found.country if found is not None and found.type == "country" else None


def place_tokens(
    resolver: DocumentResolver, span: Span, country: str
) -> tuple[int, int, str | None] | None:
    """(start, end, country) of the longest capitalised run around ``span`` that is a
    place of a country other than ``country`` (country None: several have it)."""
    doc = span.doc
    left, right = _run(doc, span.start, span.end)
    if right - left > _LONGEST_RUN or right - left == span.end - span.start:
        return None
    gazetteer = resolver.linker.places.gazetteer
    spans = sorted(
        ((a, b) for a in range(left, span.start + 1) for b in range(span.end, right + 1)),
        key=lambda ab: ab[0] - ab[1],
    )
    for a, b in spans:
        if (a, b) == (span.start, span.end):
            continue
        name = doc[a:b].text
        codes = resolver.linker.regions.get(fold(name))
        if codes:
            if country in codes:
                return None  # a region of the same country ("Greater Poland")
            return a, b, next(iter(codes)) if len(codes) == 1 else None
        place = gazetteer.get(name) if gazetteer is not None else None
        if place is not None and place.kind in _PLACE_KINDS and not place.common:
            if place.country == country:
                return None  # "Mexico City", "Kuwait City": the country is right
            return a, b, place.country
    return None


@cache
def _event_nouns() -> frozenset[str]:
    """One-word nouns the event trigger lexicon codes ("war", "summit")."""
    rows = read_table("events/triggers.tsv", required=("lemma", "pos"))
    return frozenset(r["lemma"].lower() for r in rows if r["pos"] == "N" and " " not in r["lemma"])


def country_in_longer_name(resolver: DocumentResolver, ent: Span) -> bool:
    """True when ``ent``, a country name, is the first word of a longer proper name (rule
    ``actors.names.country_in_longer_name``): the name is added as a new organisation."""
    from .linker import Resolution, new_id

    if ent.label_ != "GPE" or ent.root.dep_ != "compound":
        return False
    doc = ent.doc
    end = ent.end
    if end >= len(doc) or doc[end].is_sent_start or ent.root.head.i != end:
        return False
    head = doc[end]
    if head.pos_ != "PROPN" or head.ent_type_ or not head.is_alpha or not head.text[:1].isupper():
        return False
    if head.dep_ == "compound" or (end + 1 < len(doc) and _capitalised(doc, end + 1)):
        return False  # the name goes on: not read here
    if end + 2 < len(doc) and doc[end + 1].lower_ == "of" and _capitalised(doc, end + 2):
        return False  # "the United States Conference of Mayors": a longer name
    if ent.start > 0 and not doc[ent.start].is_sent_start and _capitalised(doc, ent.start - 1):
        return False  # "Priorities USA Action": the name began before the country
    if head.lower_ in _event_nouns():
        return False  # "the Iraq War": an event of the country, not a body's name
    linker = resolver.linker
    if fold(ent.text) in linker.seats or _country_of(resolver, ent) is None:
        return False  # "the Washington Monument": a city's name, not the country's
    if linker.by_name(head.text, resolver.date) is not None or linker.find_agent([head.text]):
        return False  # "U.S. Senate", "U.S. officials": a body or agent of the country
    if resolver.taken.intersection(range(ent.start, end + 1)):
        return False
    name = doc[ent.start : end + 1]
    found = Resolution(
        id=new_id(name.text, "organization"),
        name=name.text,
        type="organization",
        how="new",
        confidence=_NEW_CONFIDENCE,
    )
    resolver.add(name.start_char, name.end_char, name.text, found, name)
    return True
