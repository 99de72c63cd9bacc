"""The actor knowledge base: versioned JSON Lines files, validated on load.

One actor per line::

    {"id": "person:viktor-orban", "name": "Viktor Orbán",
     "type": "person", "country": "HUN", "sector": "GOV", "gender": "m",
     "aliases": ["Orbán", "Orban Viktor"], "wiki": "Viktor Orbán",
     "roles": [{"title": "Prime Minister of Hungary", "office": "HOG",
                "country": "HUN", "sector": "GOV", "start": "2010-05-29"}]}

Blank lines and lines starting with ``#`` are skipped. A bad line raises
``KnowledgeBaseError`` naming the file, the line and the field; nothing of a
file that fails is kept. Two actors claiming the same alias are not an error
(surnames are shared) but are listed in ``KnowledgeBase.conflicts`` so that
``stancemap kb validate`` reports them; linking then needs context or a date.
Countries come from ``countries.py`` (pycountry + ``countries.tsv``).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .normalize import fold, surname_of

ACTOR_TYPES = ("person", "organization", "country", "group", "location", "other")
# PLOVER agent (sector) codes plus the CAMEO ones the NGEC and Phoenix data use.
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "ELI",
        "SPY",
        "JUD",
        "LEG",
        "POL",
        "CVL",
        "MED",
        "BUS",
        "IGO",
        "NGO",
        "PTY",
        "COP",
        "CRM",
        "EDU",
        "AGR",
        "REL",
        "LAB",
        "REF",
        "HLH",
        "JRN",
        "UAF",
        "PRM",
        "PRE",
        "SET",
        "IRG",
        "INS",
        "NGM",
        "MNC",
        "HRI",
        "ENV",
        "DEV",
        "UNK",
        "ITP",
        "IMG",
        "RAD",
        "LEF",
        "RIG",
        "MOD",
        "SEP",
        "IGM",
        "INT",
        "ACT",
        "OTH",
    ]
)
OFFICES = frozenset(["HOS", "HOG", "FM", "DEF", "LEADER", "OTHER"])
_ID = re.compile(r"^[a-z]+:[A-Za-z0-9][A-Za-z0-9._'-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIELDS = {
    "id",
    "name",
    "type",
    "country",
    "sector",
    "aliases",
    "gender",
    "wiki",
    "roles",
    "cameo",
    "parent",
    "note",
}
_ROLE_FIELDS = {"title", "office", "country", "sector", "start", "end"}


@dataclass(frozen=True)
class Role:
    """A position held between two dates (``end`` None: still held)."""

    title: str
    sector: str | None
    country: str | None = None
    office: str | None = None
    start: str | None = None
    end: str | None = None

    def active_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class KbActor:
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    wiki: str | None = None
    roles: list[Role] = field(default_factory=list)
    cameo: str | None = None  # CAMEO actor code for blocs without ISO code (IGO, UNO, EUR)
    parent: str | None = None  # the actor this one belongs to (a ministry's country)
    source: str = ""  # file:line it was read from

    def role_on(self, date: str | None) -> Role | None:
        """The role held on ``date`` (the latest started wins); with no date, the latest role.

        Without a date nobody can tell a sitting office holder from a former one,
        so the last recorded position is the best description of who this is.
        """
        roles = self.roles if date is None else [r for r in self.roles if r.active_on(date)]
        if not roles:
            return None
        return max(roles, key=lambda r: r.start or "")

    def sector_on(self, date: str | None) -> str | None:
        """Sector on ``date``: the role's; "ELI" once every role has ended; else the default."""
        role = self.role_on(date)
        if role is not None:
            return role.sector
        if date is not None and self.type == "person" and self.roles:
            ended = [r.end for r in self.roles if r.end is not None]
            if len(ended) == len(self.roles) and max(ended) <= date:
                return "ELI"  # a former office holder: an elite, no longer government
        return self.sector

    def country_on(self, date: str | None) -> str | None:
        """Country on ``date``: the role's; none while holding an international post
        (a UN Secretary-General acts for the UN, not for their own country)."""
        role = self.role_on(date)
        if role is not None and role.sector == "IGO" and not role.country:
            return None
        return (role.country if role and role.country else None) or self.country

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class KnowledgeBase:
    """All actors by id, and an alias index (folded alias -> actor ids)."""

    actors: dict[str, KbActor] = field(default_factory=dict)
    index: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[str, list[str]] = field(default_factory=dict)  # case-kept aliases
    surnames: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    offices: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    by_country: dict[str, list[str]] = field(default_factory=dict)

    def add(self, actor: KbActor) -> None:
        """Add (or, for the same id, extend) an actor and index its names."""
        known = self.actors.get(actor.id)
        if known is not None:
            _merge_into(known, actor)
            actor = known
        else:
            self.actors[actor.id] = actor
        for name in actor.names():
            self._index(name, actor)
        for role in actor.roles:
            if role.office and role.country:
                ids = self.offices.setdefault((role.office, role.country), [])
                if actor.id not in ids:
                    ids.append(actor.id)
            if role.country:
                ids = self.by_country.setdefault(role.country, [])
                if actor.id not in ids:
                    ids.append(actor.id)
        if actor.type == "person":
            last = surname_of(actor.name)
            if last:
                ids = self.surnames.setdefault(fold(last), [])
                if actor.id not in ids:
                    ids.append(actor.id)

    def _index(self, name: str, actor: KbActor) -> None:
        ids = self.exact.setdefault(name, [])
        if actor.id not in ids:
            ids.append(actor.id)
        key = fold(name)
        if not key:
            return
        ids = self.index.setdefault(key, [])
        if actor.id in ids:
            return
        if ids and not _related(self, ids, actor):
            others = ", ".join(ids)
            self.conflicts.append(f"alias '{name}' of {actor.id} ({actor.source}) is also {others}")
        ids.append(actor.id)

    def lookup(self, name: str) -> list[KbActor]:
        """Actors whose alias matches ``name``: case-kept first, then folded."""
        ids = self.exact.get(name) or self.index.get(fold(name)) or []
        if len(name) <= 3 or name.isupper():
            ids = self.exact.get(name, [])  # "US" is not "us"; "AU" not "au"
        return [self.actors[i] for i in ids]

    def get(self, actor_id: str) -> KbActor | None:
        return self.actors.get(actor_id)

    def people_in(self, country: str) -> list[KbActor]:
        """People with a recorded role in ``country``."""
        return [self.actors[i] for i in self.by_country.get(country, [])]

    def holders(self, office: str, country: str, date: str) -> list[KbActor]:
        """People holding ``office`` of ``country`` on ``date``."""
        out = []
        for actor_id in self.offices.get((office, country), []):
            actor = self.actors[actor_id]
            if any(
                r.office == office and r.country == country and r.active_on(date)
                for r in actor.roles
            ):
                out.append(actor)
        return out


def _related(kb: KnowledgeBase, ids: list[str], actor: KbActor) -> bool:
    """Aliases shared by a country and its own quasi-state/ministry are not conflicts."""
    return any(kb.actors[i].parent == actor.id or actor.parent == i for i in ids)


def _merge_into(known: KbActor, extra: KbActor) -> None:
    for alias in extra.aliases:
        if alias not in known.aliases and alias != known.name:
            known.aliases.append(alias)
    for role in extra.roles:
        if role not in known.roles:
            known.roles.append(role)
    for attr in ("country", "sector", "gender", "wiki", "cameo", "parent"):
        if getattr(known, attr) is None and getattr(extra, attr) is not None:
            setattr(known, attr, getattr(extra, attr))


# ---------------------------------------------------------------- parsing + validation


def parse_actor(data: Any, path: str, line: int, countries: frozenset[str]) -> KbActor:
    """One validated actor from a decoded JSON object, or ``KnowledgeBaseError``."""

    def fail(fld: str | None, problem: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(path, line, fld, problem)

    if not isinstance(data, dict):
        raise fail(None, "each line must be a JSON object")
    unknown = set(data) - _FIELDS
    if unknown:
        raise fail(sorted(unknown)[0], f"unknown field (known: {', '.join(sorted(_FIELDS))})")
    for required in ("id", "name", "type"):
        if not isinstance(data.get(required), str) or not data[required].strip():
            raise fail(required, "required, a non-empty string")
    if not _ID.match(data["id"]):
        raise fail("id", f"'{data['id']}' must look like 'kind:slug' (e.g. person:angela-merkel)")
    if data["type"] not in ACTOR_TYPES:
        raise fail("type", f"'{data['type']}' is not one of {', '.join(ACTOR_TYPES)}")
    country = _country(data.get("country"), countries, fail, "country")
    sector = _sector(data.get("sector"), fail, "sector")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail("aliases", "must be a list of non-empty strings")
    gender = data.get("gender")
    if gender not in (None, "m", "f"):
        raise fail("gender", "must be 'm', 'f' or null")
    for opt in ("wiki", "cameo", "parent", "note"):
        if data.get(opt) is not None and not isinstance(data[opt], str):
            raise fail(opt, "must be a string or null")
    roles_data = data.get("roles", [])
    if not isinstance(roles_data, list):
        raise fail("roles", "must be a list of objects")
    roles = [_role(r, i, countries, fail) for i, r in enumerate(roles_data)]
    return KbActor(
        id=data["id"],
        name=data["name"].strip(),
        type=data["type"],
        country=country,
        sector=sector,
        aliases=[a.strip() for a in aliases],
        gender=gender,
        wiki=data.get("wiki"),
        roles=roles,
        cameo=data.get("cameo"),
        parent=data.get("parent"),
        source=f"{path}:{line}",
    )


def _country(value: Any, countries: frozenset[str], fail: Any, fld: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in countries:
        raise fail(fld, f"'{value}' is not an ISO 3166-1 alpha-3 code stancemap knows")
    return value


def _sector(value: Any, fail: Any, fld: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in SECTORS:
        raise fail(fld, f"'{value}' is not a PLOVER/CAMEO sector code")
    return value


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _role(data: Any, i: int, countries: frozenset[str], fail: Any) -> Role:
    where = f"roles[{i}]"
    if not isinstance(data, dict):
        raise fail(where, "must be an object")
    unknown = set(data) - _ROLE_FIELDS
    if unknown:
        raise fail(f"{where}.{sorted(unknown)[0]}", "unknown field")
    if not isinstance(data.get("title"), str) or not data["title"].strip():
        raise fail(f"{where}.title", "required, a non-empty string")
    for key in ("start", "end"):
        value = data.get(key)
        if value is not None and not _is_date(value):
            raise fail(f"{where}.{key}", f"'{value}' must be a date YYYY-MM-DD or null")
    if data.get("start") and data.get("end") and data["end"] < data["start"]:
        raise fail(f"{where}.end", "ends before it starts")
    office = data.get("office")
    if office is not None and office not in OFFICES:
        raise fail(f"{where}.office", f"'{office}' is not one of {', '.join(sorted(OFFICES))}")
    return Role(
        title=data["title"].strip(),
        sector=_sector(data.get("sector"), fail, f"{where}.sector"),
        country=_country(data.get("country"), countries, fail, f"{where}.country"),
        office=office,
        start=data.get("start"),
        end=data.get("end"),
    )


def read_jsonl(path: Path | str, text: str, countries: frozenset[str]) -> list[KbActor]:
    """Parse a whole KB file; the first bad line raises and nothing is returned."""
    out: list[KbActor] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(
                str(path), number, None, f"not valid JSON: {exc.msg}"
            ) from None
        actor = parse_actor(data, str(path), number, countries)
        if actor.id in seen:
            raise KnowledgeBaseError(
                str(path), number, "id", f"'{actor.id}' already defined on line {seen[actor.id]}"
            )
        seen[actor.id] = number
        out.append(actor)
    return out


def shipped_files() -> Iterator[tuple[str, str]]:
    """(name, text) of every shipped KB file, in a stable order."""
    folder = resources.files("stancemap").joinpath("data", "kb")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".jsonl"):
            yield f"data/kb/{entry.name}", entry.read_text("utf-8")


def load_kb(extra: Iterable[str | Path] = (), *, shipped: bool = True) -> KnowledgeBase:
    """The shipped KB (countries + data/kb/*.jsonl) with ``extra`` files layered on top."""
    from .countries import country_actors, known_country_codes

    codes = known_country_codes()
    kb = KnowledgeBase()
    if shipped:
        for actor in country_actors():
            kb.add(actor)
        for name, text in shipped_files():
            for actor in read_jsonl(name, text, codes):
                kb.add(actor)
    for path in extra:
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except OSError as exc:
            raise KnowledgeBaseError(str(p), None, None, f"cannot read: {exc.strerror}") from None
        for actor in read_jsonl(p, text, codes):
            kb.add(actor)
    return kb


def actor_to_json(actor: KbActor) -> dict[str, Any]:
    """The JSON Lines form of an actor (inverse of ``parse_actor``)."""
    out: dict[str, Any] = {"id": actor.id, "name": actor.name, "type": actor.type}
    for attr in ("country", "sector", "gender", "wiki", "cameo", "parent"):
        if getattr(actor, attr) is not None:
            out[attr] = getattr(actor, attr)
    if actor.aliases:
        out["aliases"] = actor.aliases
    if actor.roles:
        out["roles"] = [{k: v for k, v in vars(r).items() if v is not None} for r in actor.roles]
    return out
