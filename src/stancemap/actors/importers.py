"""Importers into the KB's JSON Lines format.

* ``read_phoenix``: PETRARCH/TABARI actor dictionaries (the Phoenix files).
  An entry is a phrase line (``VLADIMIR_PUTIN_``), ``+`` synonym lines and
  code lines (``[RUSGOV >080508]``, ``[RUSELI 700101-990809]``): CAMEO
  country (3 letters) + sector (3 letters), optionally dated (``>`` from,
  ``<`` until, ``a-b`` between; yymmdd or yyyymmdd). Dated codes become roles.
* ``read_wikidata``: Wikidata entity JSON (``{"entities": {"Q..": {...}}}``,
  as Special:EntityData or the dumps write it). People (P31=Q5) with labels,
  aliases, English Wikipedia title, gender (P21), citizenship (P27 -> ISO3
  via the country entity's P298) and positions held (P39 with P580/P582).

Both raise ``KnowledgeBaseError`` naming the file, line (or entity) and field
on malformed input and return actors only when the whole input parsed.
``write_kb`` writes atomically: a failed import leaves the target untouched.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .countries import known_country_codes
from .kb import SECTORS, KbActor, Role, actor_to_json
from .normalize import fold

# CAMEO country codes that differ from ISO 3166-1 alpha-3
CAMEO_TO_ISO = {
    "ROM": "ROU",
    "KSV": "XKX",
    "TMP": "TLS",
    "SRP": "SRB",
    "SCG": "SRB",
    "YUG": "SRB",
    "FRY": "SRB",
    "USR": "RUS",
    "SUN": "RUS",
    "DDR": "DEU",
    "FRN": "FRA",
    "ZAR": "COD",
}
BLOC_CODES = {
    "IGO",
    "UNO",
    "EUR",
    "NGO",
    "MNC",
    "IMG",
    "AFR",
    "ASA",
    "WST",
    "EEU",
    "SAM",
    "NAM",
    "MEA",
    "CAU",
    "BLK",
}
_CODE = re.compile(r"\[([A-Z~]{3,})(?:\s+([<>]?\s?(?:\d{8}|\d{6})(?:-(?:\d{8}|\d{6}))?))?\s*\]")
_ENTRY = re.compile(r"^([^\s#\[+][^\[#]*?)\s*(\[[^\]]*\])?\s*(?:#.*)?$")
_UPPER_KEEP = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]{2,5}$")


def _date(digits: str, path: str, line: int) -> str:
    """yymmdd (yy > 30: 19yy) or yyyymmdd -> YYYY-MM-DD."""
    if len(digits) == 8:
        year, mm, dd = int(digits[:4]), digits[4:6], digits[6:8]
    else:
        yy, mm, dd = int(digits[:2]), digits[2:4], digits[4:6]
        year = (1900 if yy > 30 else 2000) + yy
    if not ("01" <= mm <= "12" and "01" <= dd <= "31"):
        raise KnowledgeBaseError(path, line, "code", f"'{digits}' is not a yymmdd date")
    return f"{year:04d}-{mm}-{dd}"


def _title_case(phrase: str) -> str:
    words = [w for w in phrase.replace("_", " ").split() if w]
    if len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) <= 4:
        # a one-word name this short is an acronym ("CIA", "FDLR"): kept as written, since
        # short and all-capital mentions are matched with their case ("CIA" is not "Cia")
        return words[0]
    out = []
    for w in words:
        if _UPPER_KEEP.match(w) and len(w) <= 4 and not w.isalpha() or w in ("UN", "US", "EU"):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "x"


class _PhoenixEntry:
    def __init__(self, phrase: str, line: int) -> None:
        self.phrase = phrase
        self.line = line
        self.synonyms: list[str] = []
        self.codes: list[tuple[str, str | None, str | None, int]] = []


def read_phoenix(
    path: Path | str, *, strict: bool = True, warnings: list[str] | None = None
) -> list[KbActor]:
    """Actors from one Phoenix/PETRARCH actor dictionary.

    ``strict`` (the default) fails on the first malformed line; otherwise such
    lines are skipped and described in ``warnings`` (the shipped Phoenix files
    carry a few typos such as 7-digit dates).
    """
    source = str(path)
    try:
        text = Path(path).read_text("utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(source, None, None, f"cannot read: {exc}") from None
    entries: list[_PhoenixEntry] = []
    current: _PhoenixEntry | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        try:
            current = _phoenix_line(raw, number, source, current, entries)
        except KnowledgeBaseError as exc:
            if strict:
                raise
            if warnings is not None:
                warnings.append(str(exc))
    return validated(_phoenix_actors(entries, source), strict=strict, warnings=warnings)


def validated(
    actors: list[KbActor], *, strict: bool = True, warnings: list[str] | None = None
) -> list[KbActor]:
    """Run every imported actor through the KB validator (what the loader will do)."""
    from .kb import parse_actor

    codes = known_country_codes()
    out = []
    for actor in actors:
        path, _, line = actor.source.rpartition(":")
        try:
            parse_actor(
                actor_to_json(actor),
                path or actor.source,
                int(line) if line.isdigit() else 0,
                codes,
            )
        except KnowledgeBaseError as exc:
            if strict:
                raise
            if warnings is not None:
                warnings.append(str(exc))
            continue
        out.append(actor)
    return out


def _phoenix_line(
    raw: str,
    number: int,
    source: str,
    current: _PhoenixEntry | None,
    entries: list[_PhoenixEntry],
) -> _PhoenixEntry | None:
    """Read one dictionary line into ``entries``; returns the entry now open."""
    line = raw.rstrip()
    body = line.split("#", 1)[0].strip()
    if not body:
        return current
    if body.startswith("+"):
        if current is None:
            raise KnowledgeBaseError(source, number, "synonym", "'+' line before any entry")
        current.synonyms.append(body[1:].strip())
        return current
    if body.startswith("["):
        if current is None:
            raise KnowledgeBaseError(source, number, "code", "code line before any entry")
        current.codes.extend(_codes(body, source, number))
        return current
    match = _ENTRY.match(body)
    if match is None:
        raise KnowledgeBaseError(source, number, "entry", f"cannot read '{body[:40]}'")
    entry = _PhoenixEntry(match.group(1).strip(), number)
    if match.group(2):
        entry.codes.extend(_codes(match.group(2), source, number))
    entries.append(entry)
    return entry


def _codes(body: str, source: str, line: int) -> list[tuple[str, str | None, str | None, int]]:
    found = _CODE.findall(body)
    if not found:
        raise KnowledgeBaseError(source, line, "code", f"'{body[:40]}' is not a [CODE date] line")
    out = []
    for code, span in found:
        start = end = None
        span = span.replace(" ", "")
        if span.startswith(">"):
            start = _date(span[1:], source, line)
        elif span.startswith("<"):
            end = _date(span[1:], source, line)
        elif "-" in span:
            a, b = span.split("-")
            start, end = _date(a, source, line), _date(b, source, line)
        out.append((code, start, end, line))
    return out


def _phoenix_actors(entries: list[_PhoenixEntry], source: str) -> list[KbActor]:
    codes = known_country_codes()
    actors: dict[str, KbActor] = {}
    pending: list[_PhoenixEntry] = []  # entries without codes take the next entry's codes
    for entry in entries:
        if not entry.codes:
            pending.append(entry)
            continue
        group = [*pending, entry]
        pending = []
        for item in group:
            actor = _phoenix_actor(item, entry.codes, codes, source)
            if actor is None:
                continue
            known = actors.get(actor.id)
            if known is None:
                actors[actor.id] = actor
            else:
                known.aliases.extend(
                    a
                    for a in [actor.name, *actor.aliases]
                    if a not in known.aliases and a != known.name
                )
    return list(actors.values())


def _phoenix_actor(
    entry: _PhoenixEntry,
    code_list: list[tuple[str, str | None, str | None, int]],
    countries: frozenset[str],
    source: str,
) -> KbActor | None:
    name = _title_case(entry.phrase)
    if not name:
        return None
    roles: list[Role] = []
    country: str | None = None
    sector: str | None = None
    cameo: str | None = None
    for code, start, end, _line in code_list:
        if code.startswith("~"):
            continue
        place, rest = code[:3], code[3:6]
        place = CAMEO_TO_ISO.get(place, place)
        iso = place if place in countries else None
        sec = rest if rest in SECTORS else ("IGO" if place == "IGO" else None)
        if place in BLOC_CODES:
            cameo = rest if place == "IGO" and rest else place
        if start or end:
            roles.append(
                Role(title=f"{code} (Phoenix)", sector=sec, country=iso, start=start, end=end)
            )
        else:
            country = country or iso
            sector = sector or sec
    bare_country = len(code_list) == 1 and len(code_list[0][0]) == 3
    aliases = [_title_case(s) for s in entry.synonyms if _title_case(s)]
    if bare_country and country:
        return KbActor(
            id=f"country:{country}",
            name=name,
            type="country",
            country=country,
            aliases=aliases,
            source=f"{source}:{entry.line}",
        )
    kind = (
        "person" if roles or entry.line and _looks_like_person(entry, code_list) else "organization"
    )
    if roles and country is None:
        country = next((r.country for r in roles if r.country), None)
    if not roles and (cameo in ("IGO", "UNO", "EUR") or (country is None and sector == "IGO")):
        # an intergovernmental body; a dated IGO code is a term in its office, held by a
        # person ("KOFI_ANNAN_ [IGOUNO 970101-061231]")
        kind = "organization"
    return KbActor(
        id=f"phoenix:{_slug(name)}",
        name=name,
        type=kind,
        country=country,
        sector=sector,
        aliases=aliases,
        roles=roles,
        cameo=cameo,
        source=f"{source}:{entry.line}",
    )


def _looks_like_person(entry: _PhoenixEntry, codes: list[tuple[str, Any, Any, int]]) -> bool:
    return (
        any(c[0][3:6] == "ELI" for c in codes) and 2 <= len(entry.phrase.strip("_").split("_")) <= 4
    )


# ---------------------------------------------------------------- Wikidata

_GENDER = {"Q6581097": "m", "Q6581072": "f"}


def read_wikidata(path: Path | str) -> list[KbActor]:
    """People from a Wikidata entity JSON file; countries/positions resolve inside the file."""
    source = str(path)
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise KnowledgeBaseError(source, None, None, f"cannot read: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(source, exc.lineno, None, f"not valid JSON: {exc.msg}") from None
    entities = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(entities, dict):
        raise KnowledgeBaseError(source, None, "entities", 'expected {"entities": {QID: {...}}}')
    iso = {qid: _iso3(e) for qid, e in entities.items() if isinstance(e, dict)}
    codes = known_country_codes()
    out = []
    for qid, entity in entities.items():
        where = f"{source}#{qid}"
        if not isinstance(entity, dict):
            raise KnowledgeBaseError(where, None, None, "an entity must be an object")
        claims = entity.get("claims", {})
        if not isinstance(claims, dict):
            raise KnowledgeBaseError(where, None, "claims", "must be an object")
        if "Q5" not in _values(claims, "P31", where):
            continue  # only people are imported; countries and positions serve as lookups
        name = _label(entity, where)
        if name is None:
            raise KnowledgeBaseError(where, None, "labels.en", "a person needs an English label")
        country = next((iso[q] for q in _values(claims, "P27", where) if iso.get(q) in codes), None)
        roles = []
        for statement in claims.get("P39", []):
            position = _statement_value(statement, where, "P39")
            if position is None:
                continue
            title = _label(entities.get(position, {}), where) or position
            qual = statement.get("qualifiers", {}) if isinstance(statement, dict) else {}
            start = _time(qual.get("P580"), where, "P39.P580")
            end = _time(qual.get("P582"), where, "P39.P582")
            role_country = next(
                (
                    iso[q]
                    for q in _values(entities.get(position, {}).get("claims", {}), "P17", where)
                    if iso.get(q) in codes
                ),
                country,
            )
            roles.append(
                Role(title=title, sector="GOV", country=role_country, start=start, end=end)
            )
        gender = next((_GENDER[q] for q in _values(claims, "P21", where) if q in _GENDER), None)
        aliases = [
            a["value"]
            for a in entity.get("aliases", {}).get("en", [])
            if isinstance(a, dict) and isinstance(a.get("value"), str)
        ]
        wiki = entity.get("sitelinks", {}).get("enwiki", {}).get("title")
        out.append(
            KbActor(
                id=f"wikidata:{qid}",
                name=name,
                type="person",
                country=country,
                sector="GOV" if roles else None,
                aliases=aliases,
                gender=gender,
                wiki=wiki,
                roles=roles,
                source=where,
            )
        )
    return validated(out)


def _label(entity: dict[str, Any], where: str) -> str | None:
    value = entity.get("labels", {}).get("en", {})
    if isinstance(value, dict) and isinstance(value.get("value"), str):
        return str(value["value"])
    return None


def _statement_value(statement: Any, where: str, prop: str) -> str | None:
    try:
        value = statement["mainsnak"]["datavalue"]["value"]
    except (KeyError, TypeError):
        if isinstance(statement, dict) and statement.get("mainsnak", {}).get("snaktype") in (
            "novalue",
            "somevalue",
        ):
            return None
        raise KnowledgeBaseError(
            where, None, prop, "statement without mainsnak.datavalue"
        ) from None
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    if isinstance(value, str):
        return value
    raise KnowledgeBaseError(where, None, prop, "expected an entity id value")


def _values(claims: Any, prop: str, where: str) -> list[str]:
    if not isinstance(claims, dict):
        return []
    out = []
    for statement in claims.get(prop, []):
        value = _statement_value(statement, where, prop)
        if value is not None:
            out.append(value)
    return out


def _iso3(entity: dict[str, Any]) -> str | None:
    for statement in entity.get("claims", {}).get("P298", []):
        try:
            return str(statement["mainsnak"]["datavalue"]["value"])
        except (KeyError, TypeError):
            continue
    return None


def _time(qualifiers: Any, where: str, field: str) -> str | None:
    if not qualifiers:
        return None
    try:
        value = qualifiers[0]["datavalue"]["value"]["time"]
    except (KeyError, TypeError, IndexError):
        raise KnowledgeBaseError(where, None, field, "expected a time qualifier") from None
    match = re.match(r"^[+-](\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        raise KnowledgeBaseError(where, None, field, f"'{value}' is not a Wikidata time")
    year, month, day = match.groups()
    return f"{year}-{month if month != '00' else '01'}-{day if day != '00' else '01'}"


# ---------------------------------------------------------------- writing


def write_kb(actors: list[KbActor], path: Path | str, *, merge: bool = True) -> int:
    """Write actors as JSON Lines (merging into an existing file by id); atomic."""
    target = Path(path)
    existing: dict[str, dict[str, Any]] = {}
    if merge and target.exists():
        from .kb import read_jsonl

        for actor in read_jsonl(target, target.read_text("utf-8"), known_country_codes()):
            existing[actor.id] = actor_to_json(actor)
    for actor in actors:
        existing[actor.id] = actor_to_json(actor)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for record in existing.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(existing)
