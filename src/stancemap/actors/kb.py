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
import gc
import json
import re
import tempfile
from collections.abc import Iterable, Iterator, MutableMapping
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
    "qid",
}
# ``source``: where an imported fact came from; ``seen``: the last date the source saw
# an open term still running (it counts as held only ``open_term_years`` past that)
_ROLE_FIELDS = {"title", "office", "country", "sector", "start", "end", "source", "seen"}
# files written by ``stancemap kb build`` (kbbuild.GENERATED): loaded after the hand-written
# ones, so a curated record keeps its name; never sent to the entity ruler (too many names)
GENERATED_FILES = ("leaders.jsonl", "leaders_wikipedia.jsonl", "phoenix_actors.jsonl")


def _open_term_years() -> int:
    from ..datafiles import constants

    return int(constants("actors")["open_term_years"])


@dataclass(frozen=True)
class Role:
    """A position held between two dates (``end`` None: still held)."""

    title: str
    sector: str | None
    country: str | None = None
    office: str | None = None
    start: str | None = None
    end: str | None = None
    source: str | None = None
    seen: str | None = None

    def active_on(self, date: str) -> bool:
        if self.start is not None and date < self.start:
            return False
        if self.end is not None:
            return date < self.end
        if self.seen is not None:
            return date < _expiry(self.seen)
        return True


_EXPIRY: dict[str, str] = {}


def _expiry(seen: str) -> str:
    """The date past which an open term last seen on ``seen`` no longer counts."""
    hit = _EXPIRY.get(seen)
    if hit is None:
        hit = f"{int(seen[:4]) + _open_term_years():04d}{seen[4:]}"
        _EXPIRY[seen] = hit
    return hit


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
    qid: str | None = None  # Wikidata id, where an importer knows it

    @property
    def fallback(self) -> bool:
        """From a stale bulk dictionary (Phoenix organisations): linked only when nothing
        else reads the mention."""
        return "phoenix_actors.jsonl" in self.source

    @property
    def curated(self) -> bool:
        """Written by hand for stancemap (not generated by an importer, not a user's file)."""
        return self.source.startswith(("data/kb/", "data\\kb\\")) and not any(
            name in self.source for name in GENERATED_FILES
        )

    def role_on(self, date: str | None) -> Role | None:
        """The role held on ``date`` (the latest started wins); with no date, the latest role.

        Without a date nobody can tell a sitting office holder from a former one,
        so the last recorded position is the best description of who this is.
        """
        if date is None:
            # no date: the hand-written record describes who this is; imported terms
            # (sources that end in 2011-2022) only answer for a date
            hand = [r for r in self.roles if r.source is None]
            roles = hand if hand or self.curated else self.roles
        else:
            roles = [r for r in self.effective_roles() if r.active_on(date)]
            # hand-written terms active on the date win over imported ones
            roles = [r for r in roles if r.source is None] or roles
        if not roles:
            return None
        return max(roles, key=lambda r: r.start or "")

    def effective_roles(self) -> list[Role]:
        """The roles, less imported terms of an office the hand-written record itself
        dates (its own start and end are the better-kept facts)."""
        if not self.curated or all(r.source is None for r in self.roles):
            return self.roles
        hand = {(r.office, r.country) for r in self.roles if r.source is None and r.office}
        return [r for r in self.roles if r.source is None or (r.office, r.country) not in hand]

    def sector_on(self, date: str | None) -> str | None:
        """Sector on ``date``: the role's; "ELI" once every role has ended; else the default."""
        role = self.role_on(date)
        if role is not None:
            return role.sector
        # a hand-written record's own terms say whether the person has left office;
        # imported lists end (2011, 2019, 2022) without saying what came next
        roles = [r for r in self.roles if r.source is None] if self.curated else self.roles
        if date is not None and self.type == "person" and roles:
            ended = [r.end for r in roles if r.end is not None]
            if len(ended) == len(roles) and max(ended) <= date:
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

    # a plain dict, or (from the shipped index) a mapping that builds each actor when asked
    actors: MutableMapping[str, KbActor] = field(default_factory=dict)
    index: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[str, list[str]] = field(default_factory=dict)  # case-kept aliases
    surnames: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    # ordered sets (dicts of None): membership tests stay cheap with thousands of people
    offices: dict[tuple[str, str], dict[str, None]] = field(default_factory=dict)
    by_country: dict[str, dict[str, None]] = field(default_factory=dict)
    # tables later stages derive from the KB (the linker's fuzzy keys), kept with it
    derived: dict[str, Any] = field(default_factory=dict)

    def add(self, actor: KbActor, *, correct: bool = False) -> None:
        """Add (or, for the same id, extend) an actor and index its names.

        ``correct``: a record of a user's layer over the shipped KB (``[actors] extra_kb``,
        the web's KB edits) corrects a known actor instead of only extending it.
        """
        if self.derived:
            self.derived.clear()  # the derived tables no longer match
        known = self.actors.get(actor.id)
        if known is not None:
            _merge_into(known, actor, correct)
            actor = known
        else:
            self.actors[actor.id] = actor
        for name in actor.names():
            self._index(name, actor)
        for role in actor.roles:
            if role.office and role.country:
                self.offices.setdefault((role.office, role.country), {})[actor.id] = None
            if role.country:
                self.by_country.setdefault(role.country, {})[actor.id] = None
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
        return [self.actors[i] for i in self.by_country.get(country, {})]

    def holders(self, office: str, country: str, date: str) -> list[KbActor]:
        """People holding ``office`` of ``country`` on ``date``.

        Where sources overlap (one still lists an old holder's term as open, another
        a successor's), the term that started last supersedes the open-ended ones.
        """
        found: list[tuple[KbActor, Role]] = []
        for actor_id in self.offices.get((office, country), {}):
            actor = self.actors[actor_id]
            active = [
                r
                for r in actor.roles
                if r.office == office and r.country == country and r.active_on(date)
            ]
            if active:
                found.append((actor, max(active, key=lambda r: r.start or "")))
        if len(found) > 1:
            latest = max(found, key=lambda x: x[1].start or "")
            others = [x for x in found if x is not latest]
            if all(r.end is None and (r.start or "") < (latest[1].start or "") for _, r in others):
                return [latest[0]]
        return [actor for actor, _ in found]


def _related(kb: KnowledgeBase, ids: list[str], actor: KbActor) -> bool:
    """Aliases shared by a country and its own quasi-state/ministry are not conflicts."""
    return any(kb.actors[i].parent == actor.id or actor.parent == i for i in ids)


def _merge_into(known: KbActor, extra: KbActor, correct: bool = False) -> None:
    if correct:
        # the user's name and the fields they give win; the old name still finds the actor,
        # and a term they give again (same title and start) replaces the known one
        if extra.name != known.name and known.name not in known.aliases:
            known.aliases.append(known.name)
        known.name, known.type = extra.name, extra.type
        again = {(r.title, r.start) for r in extra.roles}
        known.roles = [r for r in known.roles if (r.title, r.start) not in again]
    for alias in extra.aliases:
        if alias not in known.aliases and alias != known.name:
            known.aliases.append(alias)
    for role in extra.roles:
        if role not in known.roles:
            known.roles.append(role)
    for attr in ("country", "sector", "gender", "wiki", "cameo", "parent", "qid"):
        if (correct or getattr(known, attr) is None) and getattr(extra, attr) is not None:
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
    for opt in ("wiki", "cameo", "parent", "note", "qid"):
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
        qid=data.get("qid"),
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
    for key in ("start", "end", "seen"):
        value = data.get(key)
        if value is not None and not _is_date(value):
            raise fail(f"{where}.{key}", f"'{value}' must be a date YYYY-MM-DD or null")
    if data.get("start") and data.get("end") and data["end"] < data["start"]:
        raise fail(f"{where}.end", "ends before it starts")
    if data.get("source") is not None and not isinstance(data["source"], str):
        raise fail(f"{where}.source", "must be a string or null")
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
        source=data.get("source"),
        seen=data.get("seen"),
    )


def read_jsonl(
    path: Path | str, text: str, countries: frozenset[str], *, trusted: bool = False
) -> list[KbActor]:
    """Parse a whole KB file; the first bad line raises and nothing is returned.

    ``trusted``: a generated shipped file (validated when built and by the test
    suite, tests/actors/test_kb_build.py) is read without checking each field,
    which keeps loading the large office-holder files fast.
    """
    if trusted:
        return _read_trusted(path, text)
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


def _read_trusted(path: Path | str, text: str) -> list[KbActor]:
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw or raw[0] == "#":
            continue
        try:
            data = json.loads(raw)
            out.append(
                KbActor(
                    id=data["id"],
                    name=data["name"],
                    type=data["type"],
                    country=data.get("country"),
                    sector=data.get("sector"),
                    aliases=data.get("aliases", []),
                    gender=data.get("gender"),
                    wiki=data.get("wiki"),
                    roles=[Role(**{"sector": None, **r}) for r in data.get("roles", ())],
                    cameo=data.get("cameo"),
                    parent=data.get("parent"),
                    source=f"{path}:{number}",
                    qid=data.get("qid"),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KnowledgeBaseError(str(path), number, None, f"malformed record: {exc}") from None
    return out


def shipped_files() -> Iterator[tuple[str, str]]:
    """(name, text) of every shipped KB file, in a stable order."""
    folder = resources.files("stancemap").joinpath("data", "kb")
    for entry in sorted(folder.iterdir(), key=lambda e: (e.name in GENERATED_FILES, e.name)):
        if entry.name.endswith(".jsonl"):
            yield f"data/kb/{entry.name}", entry.read_text("utf-8")


def load_kb(extra: Iterable[str | Path] = (), *, shipped: bool = True) -> KnowledgeBase:
    """The shipped KB (countries + data/kb/*.jsonl) with ``extra`` files layered on top
    (a known id in them is corrected: see ``KnowledgeBase.add``)."""
    from .countries import known_country_codes

    codes = known_country_codes()
    extra = list(extra)
    if shipped and not extra:
        from .kbindex import read_index

        # the prebuilt index shipped in the package, while it matches the files; else the
        # user's cache of an earlier load; else the files themselves
        cached: KnowledgeBase | None = read_index() or _read_cache()
        if cached is not None:
            return cached
    kb = KnowledgeBase()
    # tens of thousands of small objects: the cyclic collector would walk them again and
    # again while they are built (none of them form cycles worth collecting meanwhile)
    collecting = gc.isenabled()
    gc.disable()
    try:
        _load_into(kb, codes, extra, shipped)
    finally:
        if collecting:
            gc.enable()
    if shipped and not extra:
        _write_cache(kb)  # with the linker's tables, which it computes
    return kb


def build_from_files() -> KnowledgeBase:
    """The shipped KB read from its files (no index, no cache): what the index holds."""
    from .countries import known_country_codes

    kb = KnowledgeBase()
    collecting = gc.isenabled()
    gc.disable()
    try:
        _load_into(kb, known_country_codes(), [], True)
    finally:
        if collecting:
            gc.enable()
    return kb


# The shipped KB, indexed, is kept in the user's cache folder in the index's own form
# (``kbindex.pack``), keyed by the shipped files' names, sizes and modification times and
# by the code that shapes it: used while the shipped index is stale (after an edit to
# data/kb, until ``stancemap kb index``), where loading the files takes seconds.
_CACHE_VERSION = "3"  # bump when KnowledgeBase or KbActor change shape
_CACHE_CODE = ("kb.py", "kbindex.py", "linker.py", "fuzzy.py", "countries.py", "normalize.py")


def _cache_path() -> Path | None:
    import hashlib
    import os

    from .. import __version__

    folder = resources.files("stancemap").joinpath("data", "kb")
    parts = [_CACHE_VERSION, __version__]
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        path = Path(str(entry))
        if path.suffix in (".jsonl", ".tsv"):
            stat = path.stat()
            parts.append(f"{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
    # the code that shapes the cached tables: a changed class never meets an old cache
    for module in _CACHE_CODE:
        stat = Path(__file__).with_name(module).stat()
        parts.append(f"{module}:{stat.st_size}:{stat.st_mtime_ns}")
    key = hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
    if os.environ.get("STANCEMAP_NO_KB_CACHE"):
        return None
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "stancemap" / f"kb-{key}.bin"


def _read_cache() -> KnowledgeBase | None:
    from .kbindex import unpack

    path = _cache_path()
    if path is None or not path.exists():
        return None
    try:
        return unpack(path.read_bytes())
    except Exception:  # a stale or broken cache is rebuilt, never an error
        return None


def _write_cache(kb: KnowledgeBase) -> None:
    import os

    from .kbindex import pack

    path = _cache_path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(pack(kb))
        os.replace(tmp, path)
        for pattern in ("kb-*.bin", "kb-*.pickle"):
            for stale in path.parent.glob(pattern):
                if stale != path:  # an older KB or code version: never read again
                    stale.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home: load from the files each time


def _load_into(
    kb: KnowledgeBase, codes: frozenset[str], extra: Iterable[str | Path], shipped: bool
) -> None:
    from .collective_holders import is_collective_holder
    from .countries import country_actors

    if shipped:
        for actor in country_actors():
            kb.add(actor)
        for name, text in shipped_files():
            trusted = name.rsplit("/", 1)[-1] in GENERATED_FILES
            for actor in read_jsonl(name, text, codes, trusted=trusted):
                if trusted and is_collective_holder(actor):
                    continue  # "Military Junta" in a leaders list: no person (module doc)
                kb.add(actor)
    for path in extra:
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except OSError as exc:
            raise KnowledgeBaseError(str(p), None, None, f"cannot read: {exc.strerror}") from None
        for actor in read_jsonl(p, text, codes):
            kb.add(actor, correct=True)


def actor_to_json(actor: KbActor) -> dict[str, Any]:
    """The JSON Lines form of an actor (inverse of ``parse_actor``)."""
    out: dict[str, Any] = {"id": actor.id, "name": actor.name, "type": actor.type}
    for attr in ("country", "sector", "gender", "wiki", "cameo", "parent", "qid"):
        if getattr(actor, attr) is not None:
            out[attr] = getattr(actor, attr)
    if actor.aliases:
        out["aliases"] = actor.aliases
    if actor.roles:
        out["roles"] = [{k: v for k, v in vars(r).items() if v is not None} for r in actor.roles]
    return out
