"""The prebuilt KB index shipped in the package (``data/kb/index.bin``).

Loading the KB from its JSON Lines files means parsing ~30,000 records and
folding ~100,000 names (seconds on a busy machine); the index holds the same
``KnowledgeBase``, names indexed and the linker's tables computed (fuzzy index
included), in a form that reads back in a fraction of that. It is written by
``stancemap kb build`` and ``stancemap kb index`` and used only while it is
current:

* its header names a digest of every shipped KB file's name and content
  (``data/kb/*.jsonl``, ``*.tsv``) and of the code that shapes the stored
  objects (the KB's dataclass fields, the indexing and folding code, the
  linker's tables, the fuzzy index);
* a header that does not match is never read further: the loader falls back to
  the user's cache or the files (``kb.load_kb``), so an edit to a KB file is
  seen at once, only slower until the index is rebuilt.

File layout: one line of JSON (the header), then a zlib-compressed ``marshal``
of plain dicts, lists and strings (format 2; format 1 was a pickle of the
objects). Marshal reads plain data several times faster than pickle rebuilds
objects, and it can build nothing but plain data. The actors are not built at
load time: each is one compact JSON row, made a ``KbActor`` the first time it
is asked for (``LazyActors``) - linking a document touches a few hundred of
~30,000. The user's cache of a KB loaded from the files (``kb._write_cache``)
uses the same form (``pack``/``unpack``).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import inspect
import json
import marshal
import zlib
from collections.abc import Iterator, MutableMapping
from importlib import resources
from pathlib import Path
from typing import Any

from ..datafiles import data_path
from .kb import KbActor, KnowledgeBase, Role

INDEX = "kb/index.bin"
FORMAT = 2  # bump when the file layout changes
_ACTOR_FIELDS = [f.name for f in dataclasses.fields(KbActor) if f.name != "id"]
_ROLE_FIELDS = [f.name for f in dataclasses.fields(Role)]
_ROLES_AT = _ACTOR_FIELDS.index("roles")


class LazyActors(MutableMapping[str, KbActor]):
    """Actor id -> ``KbActor``, each built from its stored row on first access (then kept:
    the same object every time, so changes to it last). Keys keep the stored order."""

    def __init__(self, rows: dict[str, str | None]) -> None:
        self._rows = rows  # id -> JSON row; None once a new actor was set under that id
        self._built: dict[str, KbActor] = {}

    def __getitem__(self, key: str) -> KbActor:
        actor = self._built.get(key)
        if actor is None:
            row = self._rows[key]  # KeyError: not an actor
            if row is None:
                raise KeyError(key)
            actor = self._built[key] = _actor(key, row)
        return actor

    def __setitem__(self, key: str, actor: KbActor) -> None:
        if key not in self._rows:
            self._rows[key] = None
        self._built[key] = actor

    def __delitem__(self, key: str) -> None:
        del self._rows[key]
        self._built.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _row(actor: KbActor) -> str:
    values: list[Any] = [getattr(actor, name) for name in _ACTOR_FIELDS]
    values[_ROLES_AT] = [[getattr(r, f) for f in _ROLE_FIELDS] for r in actor.roles]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def _actor(actor_id: str, row: str) -> KbActor:
    values = json.loads(row)
    values[_ROLES_AT] = [Role(*r) for r in values[_ROLES_AT]]
    return KbActor(actor_id, *values)


def _kb_entries() -> list[tuple[str, bytes]]:
    folder = resources.files("stancemap").joinpath("data", "kb")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".jsonl", ".tsv")):
            out.append((entry.name, entry.read_bytes()))
    return out


def source_digest() -> str:
    """What the index was built from: the shipped files' names and contents.

    Not the versions of pycountry (country and region names) or anyascii (folding): the
    index then holds the names of the release it shipped with, whatever a user's machine
    has, and a new upstream release does not make every fresh install load slowly."""
    digest = hashlib.sha256()
    for name, data in _kb_entries():
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:32]


def shape_digest() -> str:
    """The code that decides what the stored tables hold."""
    from . import collective_holders, countries, fuzzy, kb, linker, normalize

    parts = [str(FORMAT), str(marshal.version)]
    for cls in (kb.KbActor, kb.Role, kb.KnowledgeBase):
        parts.append(cls.__name__ + ":" + ",".join(f.name for f in dataclasses.fields(cls)))
    for func in (
        kb.KnowledgeBase.add,
        kb.KnowledgeBase._index,
        kb._merge_into,
        kb._load_into,
        kb._read_trusted,
        linker.name_tables,
        countries.subdivision_index,
    ):
        parts.append(inspect.getsource(func))
    parts.append(inspect.getsource(normalize))
    parts.append(inspect.getsource(fuzzy))
    # the loader leaves out ruling bodies: its test and its word list shape the tables too
    parts.append(inspect.getsource(collective_holders.head_noun))
    parts.append(inspect.getsource(collective_holders.is_collective_holder))
    parts.append(inspect.getsource(collective_holders.is_ruling_body_name))
    parts.append(",".join(sorted(collective_holders.ruling_body_nouns())))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def header() -> dict[str, Any]:
    return {"format": FORMAT, "sources": source_digest(), "shape": shape_digest()}


def index_path() -> Path:
    return data_path(INDEX)


def read_header(path: Path | None = None) -> dict[str, Any] | None:
    path = path or index_path()
    try:
        with path.open("rb") as handle:
            return dict(json.loads(handle.readline()))
    except (OSError, ValueError, TypeError):
        return None


def _default_threshold() -> int:
    from ..config import ActorSettings

    return ActorSettings().fuzzy_threshold


def pack(kb: KnowledgeBase) -> bytes:
    """The KB, its linker tables and fuzzy index (default threshold) and the region
    table, as compressed plain data."""
    from .countries import subdivision_index
    from .linker import _fuzzy_names, name_tables

    tables = name_tables(kb)
    threshold = _default_threshold()
    fuzzy = vars(_fuzzy_names(kb, tables[0], threshold))
    payload = {
        "actors": {actor_id: _row(actor) for actor_id, actor in kb.actors.items()},
        "index": kb.index,
        "exact": kb.exact,
        "surnames": kb.surnames,
        "offices": kb.offices,
        "by_country": kb.by_country,
        "conflicts": kb.conflicts,
        "linker": tables,
        "fuzzy": (threshold, {k: v for k, v in fuzzy.items() if k not in ("keys", "_seen")}),
        "regions": subdivision_index(),
    }
    return zlib.compress(marshal.dumps(payload), 6)


def unpack(data: bytes) -> KnowledgeBase:
    """``pack``'s KnowledgeBase back (actors built as they are asked for); raises on
    anything that is not such data."""
    from . import countries
    from .fuzzy import FuzzyNames

    # tens of thousands of small lists and dicts: the cyclic collector would walk them
    # over and over while they load
    collecting = gc.isenabled()
    gc.disable()
    try:
        payload = marshal.loads(zlib.decompress(data))
    finally:
        if collecting:
            gc.enable()
    kb = KnowledgeBase(
        actors=LazyActors(payload["actors"]),
        index=payload["index"],
        exact=payload["exact"],
        surnames=payload["surnames"],
        conflicts=payload["conflicts"],
        offices=payload["offices"],
        by_country=payload["by_country"],
    )
    tables = payload["linker"]
    threshold, state = payload["fuzzy"]
    fuzzy = FuzzyNames.__new__(FuzzyNames)
    vars(fuzzy).update(state, keys=tables[0], _seen={})
    kb.derived["linker"] = tables
    kb.derived[f"fuzzy:{threshold}"] = fuzzy
    countries.use_region_table(payload["regions"])
    return kb


def read_index(path: Path | None = None) -> KnowledgeBase | None:
    """The shipped ``KnowledgeBase``, or None when the index is missing or not current."""
    path = path or index_path()
    try:
        with path.open("rb") as handle:
            head = json.loads(handle.readline())
            if head != header():
                return None
            data = handle.read()
        return unpack(data)
    except Exception:  # unreadable, damaged, or the code it was keyed on moved: the files
        return None


def write_index(path: Path | None = None) -> dict[str, Any]:
    """Build the KB from the shipped files and write the index; returns its header."""
    from .kb import build_from_files

    path = path or index_path()
    kb = build_from_files()
    payload = pack(kb)
    head = header()
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as handle:
        handle.write(json.dumps(head, sort_keys=True).encode() + b"\n")
        handle.write(payload)
    tmp.replace(path)
    return {**head, "actors": len(kb.actors), "bytes": path.stat().st_size}
