"""Country actors, built at load time from pycountry (ISO codes and names) and
``data/kb/countries.tsv`` (common names, demonyms, seats of government used
as metonyms, the leading office, other names).

A country actor has id ``country:ISO3``, type "country" and sector null. Its
seats of government ("Moscow", "the Kremlin") are listed apart from its names
because they name the *government*: ``ActorStage.resolve`` returns the country
with sector GOV for them, while inside a document they stay mentions of the
one country actor. Demonyms ("Turkish") are not aliases: they qualify a noun
("the Turkish president", "Ukrainian farmers") and are kept in ``demonyms``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from ..errors import KnowledgeBaseError
from .kb import KbActor
from .normalize import fold

TABLE = "data/kb/countries.tsv"
ETHNIC_TABLE = "data/kb/ethnic_groups.tsv"
# "Shanghai Shi", "Kano State": the generic word is not part of how news names a region
_REGION_SUFFIX = re.compile(r" (?:shi|sheng|province|state|oblast|region|governorate|county)$")
_COLUMNS = ["iso3", "name", "demonyms", "seats", "leader", "aliases"]


# ISO 3166 lists Antarctica; it has no government, so it is a place (groups.jsonl), not a country
_NOT_ACTORS = frozenset({"ATA"})


@dataclass(frozen=True)
class CountryInfo:
    iso3: str
    name: str
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]
    leader: str  # "HOS" or "HOG": whose office "the Turkish leader" names
    aliases: tuple[str, ...]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(";") if v.strip())


def parse_table(text: str, source: str = TABLE) -> dict[str, CountryInfo]:
    """Parse ``countries.tsv``; a bad row names the file, line and column."""
    rows: dict[str, CountryInfo] = {}
    header_seen = False
    iso = {c.alpha_3 for c in pycountry.countries}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.rstrip("\n").split("\t")
        if not header_seen:
            if cells != _COLUMNS:
                raise KnowledgeBaseError(source, number, None, f"header must be {_COLUMNS}")
            header_seen = True
            continue
        if len(cells) != len(_COLUMNS):
            raise KnowledgeBaseError(
                source, number, None, f"expected {len(_COLUMNS)} tab-separated columns"
            )
        iso3, name, demonyms, seats, leader, aliases = cells
        if not (len(iso3) == 3 and iso3.isupper()):
            raise KnowledgeBaseError(source, number, "iso3", f"'{iso3}' is not an alpha-3 code")
        if iso3 not in iso and iso3 != "XKX":  # Kosovo: user-assigned code in common use
            raise KnowledgeBaseError(source, number, "iso3", f"'{iso3}' is not in ISO 3166-1")
        if not name.strip():
            raise KnowledgeBaseError(source, number, "name", "required")
        if leader not in ("HOS", "HOG"):
            raise KnowledgeBaseError(source, number, "leader", "must be HOS or HOG")
        if iso3 in rows:
            raise KnowledgeBaseError(source, number, "iso3", f"'{iso3}' listed twice")
        rows[iso3] = CountryInfo(
            iso3, name.strip(), _split(demonyms), _split(seats), leader, _split(aliases)
        )
    return rows


@lru_cache(maxsize=1)
def country_table() -> dict[str, CountryInfo]:
    text = resources.files("stancemap").joinpath(TABLE).read_text("utf-8")
    return parse_table(text)


@lru_cache(maxsize=1)
def known_country_codes() -> frozenset[str]:
    return frozenset({c.alpha_3 for c in pycountry.countries} | set(country_table()))


def _iso_names(country: object) -> list[str]:
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
            head, _, tail = value.partition(", ")
            value = f"{tail} {head}"
        names.append(value)
    return names


@lru_cache(maxsize=1)
def country_actors() -> tuple[KbActor, ...]:
    """One actor per ISO 3166 country plus table-only ones (Kosovo)."""
    table = country_table()
    out = []
    seen: set[str] = set()
    for country in pycountry.countries:
        if country.alpha_3 in _NOT_ACTORS:
            continue
        info = table.get(country.alpha_3)
        out.append(_actor(country.alpha_3, info, _iso_names(country)))
        seen.add(country.alpha_3)
    for iso3, info in table.items():
        if iso3 not in seen:
            out.append(_actor(iso3, info, []))
    return tuple(out)


def _actor(iso3: str, info: CountryInfo | None, iso_names: list[str]) -> KbActor:
    name = info.name if info else iso_names[0]
    names = [*iso_names, *(info.aliases if info else ())]
    aliases: list[str] = []
    for alias in names:
        if alias != name and alias not in aliases and not alias.startswith("Province of"):
            aliases.append(alias)
    return KbActor(
        id=f"country:{iso3}",
        name=name,
        type="country",
        country=iso3,
        sector=None,
        aliases=aliases,
        wiki=name,
        source=f"{TABLE} + pycountry",
    )


def parse_ethnic_groups(text: str, source: str = ETHNIC_TABLE) -> dict[str, str]:
    """Parse ``ethnic_groups.tsv`` into folded form -> ISO3; a bad row names the
    file, line and column."""
    out: dict[str, str] = {}
    header_seen = False
    codes = known_country_codes()
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.rstrip("\n").split("\t")
        if not header_seen:
            if cells != ["forms", "iso3"]:
                raise KnowledgeBaseError(source, number, None, "header must be forms, iso3")
            header_seen = True
            continue
        if len(cells) != 2:
            raise KnowledgeBaseError(source, number, None, "expected 2 tab-separated columns")
        forms, iso3 = _split(cells[0]), cells[1].strip()
        if not forms:
            raise KnowledgeBaseError(source, number, "forms", "required")
        if iso3 not in codes:
            raise KnowledgeBaseError(source, number, "iso3", f"'{iso3}' is not a country code")
        for form in forms:
            key = fold(form)
            if out.get(key, iso3) != iso3:
                raise KnowledgeBaseError(source, number, "forms", f"'{form}' listed twice")
            out[key] = iso3
    return out


@lru_cache(maxsize=1)
def ethnic_group_index() -> dict[str, str]:
    """Folded ethnic group name ("igbo") -> the ISO3 of its one home country."""
    text = resources.files("stancemap").joinpath(ETHNIC_TABLE).read_text("utf-8")
    return parse_ethnic_groups(text)


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, list[str]]:
    """Folded demonym ("turkish") -> ISO3 codes (several for "Congolese"); ethnic
    groups with one home country ("Igbo") count as that country's demonym."""
    out: dict[str, list[str]] = {}
    for info in country_table().values():
        for word in info.demonyms:
            codes = out.setdefault(fold(word), [])
            if info.iso3 not in codes:
                codes.append(info.iso3)
    for key, iso3 in ethnic_group_index().items():
        out.setdefault(key, [iso3])  # a country's own demonym wins
    return out


@lru_cache(maxsize=1)
def seat_index() -> dict[str, str]:
    """Folded seat of government ("kremlin", "moscow") -> ISO3."""
    out: dict[str, str] = {}
    for info in country_table().values():
        for seat in info.seats:
            out.setdefault(fold(seat), info.iso3)
    return out


# the region table stored with the shipped KB index (kbindex.unpack): the same table, read
# back in milliseconds instead of loading pycountry's 5,000 subdivisions
_stored_regions: dict[str, list[str]] | None = None


def use_region_table(table: dict[str, list[str]] | None) -> None:
    """Answer ``subdivision_index`` from ``table`` (built by it, stored with the KB index;
    None: from pycountry again)."""
    global _stored_regions
    _stored_regions = table


@lru_cache(maxsize=1)
def subdivision_index() -> dict[str, list[str]]:
    """Folded name of a first-level region (pycountry) -> ISO3 codes, for country hints."""
    if _stored_regions is not None:
        return _stored_regions
    alpha2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = alpha2.get(sub.country_code)
        if not iso3:
            continue
        name = fold(sub.name)
        for key in {name, _REGION_SUFFIX.sub("", name)}:
            # Cameroon's "West" region is no country signal in "West German officials"
            if len(key) > 3 and key not in _COMPASS:
                codes = out.setdefault(key, [])
                if iso3 not in codes:
                    codes.append(iso3)
    return out


_COMPASS = frozenset({"north", "south", "east", "west", "central", "latin", "northern", "southern"})


@lru_cache(maxsize=1)
def country_name_index() -> dict[str, str]:
    """Folded country name (ISO, common and other names) -> ISO3."""
    out: dict[str, str] = {}
    for actor in country_actors():
        for name in actor.names():
            key = fold(name)
            if len(key) > 3:  # "US", "UK" are matched elsewhere with their case
                out.setdefault(key, actor.id.split(":", 1)[1])
    return out


def country_named_in(name: str) -> str | None:
    """The one country a body's own name names ("Democratic Front for the Liberation of
    Rwanda" -> RWA, "Syrian Democratic Forces" -> SYR), by a country's name or demonym;
    None where it names none or more than one."""
    words = fold(name).replace("-", " ").split()
    names = country_name_index()
    demonyms = demonym_index()
    found: set[str] = set()
    taken: set[int] = set()
    for size in range(min(len(words), 5), 0, -1):
        for i in range(len(words) - size + 1):
            if taken & set(range(i, i + size)):
                continue
            phrase = " ".join(words[i : i + size])
            code = names.get(phrase)
            codes = [code] if code else demonyms.get(phrase, []) if len(phrase) > 3 else []
            if not code and i > 0 and words[i - 1] in _COMPASS:
                continue  # "South American", "East African": a region, not a country
            if len(codes) == 1:
                found.add(codes[0])
                taken.update(range(i, i + size))
    return found.pop() if len(found) == 1 else None
