"""Which country (or CAMEO bloc) a phrase names: names, demonyms, seats, cities, regions.

``Places.where(words)`` finds the first country signal in a list of words
("Turkish" in "the Turkish president", "Moscow", "the Arab League" -> its bloc
code, "Bukavu" -> a GeoNames city's country, see ``gazetteer``); ``countries_only`` keeps to a country's name, demonym or seat. Answers
depend only on the words and the KB, so each phrase's answer is remembered
(bounded), and a misspelt place ("Dehli police") is looked for once per word.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from .countries import (
    country_table,
    demonym_index,
    seat_index,
    subdivision_index,
)
from .gazetteer import Gazetteer, shipped_gazetteer
from .kb import KnowledgeBase
from .lexicon import cities
from .normalize import fold

_MEMO = 100_000  # phrases whose reading a Places remembers
Where = tuple[str | None, str | None]  # (ISO3, CAMEO bloc code)


class Places:
    """Country signals of the KB and the shipped gazetteers."""

    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        compass_english: bool = False,
    ) -> None:
        self.kb = kb
        self.cities = cities()
        self.demonyms = demonym_index()
        self.seats = seat_index()
        self.regions = subdivision_index()
        if compass_english:  # rule actors.places.compass_english: "Nord-Kivu" -> "North Kivu"
            self.regions = with_english_compass(self.regions)
        self.countries = country_table()
        # the Wikipedia title of a seat is its first listed name ("Prishtina" -> "Pristina")
        self.seat_names = {
            fold(s): info.seats[0] for info in self.countries.values() for s in info.seats
        }
        self._places = {**self.seats, **self.cities}  # for misspelt places ("Dehli police")
        self._place_keys = list(self._places)
        self._seen: dict[tuple[str, bool], Where | None] = {}

    @property
    def gazetteer(self) -> Gazetteer | None:
        """The GeoNames gazetteer (read on first use; None where it is not installed)."""
        return shipped_gazetteer()

    def city_country(self, phrase: str) -> str | None:
        """The country a (capitalised) city or region name gives, from the shipped
        tables, else None."""
        key = fold(phrase)
        if key in self.cities:
            return self.cities[key]
        regions = self.regions.get(key)
        if regions and len(regions) == 1 and phrase[:1].isupper():
            return regions[0]
        return None

    def where(self, words: list[str], *, countries_only: bool = False) -> Where:
        """(ISO3, CAMEO bloc code) named anywhere in ``words``: the first signal wins.

        ``countries_only``: only a country's name, demonym or seat counts (not an
        organisation's country, a city or a region).
        """
        n = len(words)
        for i in range(n):
            for j in range(min(n, i + 7), i, -1):
                phrase = " ".join(words[i:j])
                found = self.place(phrase, countries_only)
                if found is not None:
                    return found
        return None, None

    def place(self, phrase: str, countries_only: bool = False) -> Where | None:
        """The country signal of one phrase, or None (remembered)."""
        memo = (phrase, countries_only)
        if memo in self._seen:
            return self._seen[memo]
        key = fold(phrase)
        if not key or key in ("us",) and phrase not in ("US", "U.S."):
            found = None
        else:
            found = self._read(phrase, key, countries_only)
        if len(self._seen) >= _MEMO:
            self._seen.clear()  # bounded: a long-running worker keeps flat memory
        self._seen[memo] = found
        return found

    def _read(self, phrase: str, key: str, countries_only: bool) -> Where | None:
        for actor in self.kb.lookup(phrase):
            if actor.fallback:
                continue
            if actor.type == "country" and actor.sector != "PRE":
                return actor.country, None
            if (
                countries_only
                or not (" " in phrase or phrase.isupper())
                or not phrase[:1].isupper()
            ):
                continue  # a one-word lower-case phrase ("organization") names no body
            if actor.cameo:
                return None, actor.cameo
            if actor.type in ("organization", "location") and actor.country:
                return actor.country, None
        codes = self.demonyms.get(key)
        # three letters only when capitalised: "Ibo", "Lao", not "us"/"uk" lower case
        if (
            codes
            and len(codes) == 1
            and (len(key) > 3 or phrase.isupper() or len(key) == 3 and phrase[:1].isupper())
        ):
            return codes[0], None
        if key in self.seats:
            return self.seats[key], None
        if countries_only:
            return None
        if key in self.cities:
            return self.cities[key], None
        regions = self.regions.get(key)
        if regions and len(regions) == 1 and phrase[:1].isupper():
            return regions[0], None
        if len(key) >= 5 and phrase[:1].isupper() and " " not in key:
            near = process.extractOne(
                key, self._place_keys, scorer=JaroWinkler.normalized_similarity
            )
            if near is not None and near[1] >= 0.93 and near[0][:1] == key[:1]:
                return self._places[near[0]], None
        return None


# the compass words of the region names of French, Spanish, Portuguese and Italian
_FOREIGN_COMPASS = {
    "nord": "north",
    "norte": "north",
    "sud": "south",
    "sur": "south",
    "sul": "south",
    "est": "east",
    "este": "east",
    "leste": "east",
    "ouest": "west",
    "oeste": "west",
    "ovest": "west",
}


def with_english_compass(regions: dict[str, list[str]]) -> dict[str, list[str]]:
    """``regions`` and, for each name opening with foreign compass words followed by a
    name ("nord kivu", "sud ouest"), its English form ("north kivu", "south west") where
    no region has that name already."""
    out = dict(regions)
    for key, codes in regions.items():
        words = key.split()
        lead = 0
        while lead < len(words) and words[lead] in _FOREIGN_COMPASS:
            lead += 1
        if lead == 0 or lead == len(words):
            continue  # no compass word, or compass words alone ("Sud", "Sud-Ouest")
        english = " ".join([_FOREIGN_COMPASS[w] for w in words[:lead]] + words[lead:])
        out.setdefault(english, codes)
    return out
