"""The prebuilt KB index shipped in the package (``data/kb/index.bin``).

Loading the KB from its JSON Lines files means parsing ~30,000 records and
folding ~100,000 names (seconds on a busy machine); the index is the same
``KnowledgeBase`` object, names indexed and the linker's tables computed, in
one compressed pickle that reads back in a fraction of that. It is written by
``stancemap kb build`` and ``stancemap kb index`` and used only while it is
current:

* its header names a digest of every shipped KB file's name and content
  (``data/kb/*.jsonl``, ``*.tsv``) and of the code that shapes the pickled
  objects (the KB's dataclass fields, the indexing and folding code,
  the linker's table builder);
* a header that does not match is never unpickled: the loader falls back to
  the user's cache or the files (``kb.load_kb``), so an edit to a KB file is
  seen at once, only slower until the index is rebuilt.

File layout: one line of JSON (the header), then the zlib-compressed pickle.
The file is the package's own, written by this module; nothing else is ever
unpickled from it.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import inspect
import json
import pickle
import zlib
from importlib import resources
from pathlib import Path
from typing import Any

from ..datafiles import data_path

INDEX = "kb/index.bin"
FORMAT = 1  # bump when the file layout changes


def _kb_entries() -> list[tuple[str, bytes]]:
    folder = resources.files("stancemap").joinpath("data", "kb")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".jsonl", ".tsv")):
            out.append((entry.name, entry.read_bytes()))
    return out


def source_digest() -> str:
    """What the index was built from: the shipped files' names and contents.

    Not the versions of pycountry (country names) or anyascii (folding): the index then
    holds the names of the release it shipped with, whatever a user's machine has, and a
    new upstream release does not make every fresh install load slowly."""
    digest = hashlib.sha256()
    for name, data in _kb_entries():
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:32]


def shape_digest() -> str:
    """The code that decides what the pickled objects hold."""
    from . import kb, linker, normalize

    parts = [str(FORMAT)]
    for cls in (kb.KbActor, kb.Role, kb.KnowledgeBase):
        parts.append(cls.__name__ + ":" + ",".join(f.name for f in dataclasses.fields(cls)))
    for func in (
        kb.KnowledgeBase.add,
        kb.KnowledgeBase._index,
        kb._merge_into,
        kb._load_into,
        kb._read_trusted,
        linker.name_tables,
    ):
        parts.append(inspect.getsource(func))
    parts.append(inspect.getsource(normalize))
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


def read_index(path: Path | None = None) -> Any:
    """The shipped ``KnowledgeBase``, or None when the index is missing or not current."""
    path = path or index_path()
    try:
        with path.open("rb") as handle:
            head = json.loads(handle.readline())
            if head != header():
                return None
            payload = zlib.decompress(handle.read())
    except Exception:  # unreadable, or the code it was keyed on moved: load from the files
        return None
    # ~30,000 actors: the cyclic collector would walk them over and over while they load
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)  # noqa: S301 - the package's own file, checked above
    except Exception:  # a damaged index is rebuilt, never an error
        return None
    finally:
        if collecting:
            gc.enable()


def _intern(kb: Any) -> None:
    """One string object per repeated code ("GOV", "USA", "countryinfo", dates): pickle then
    writes each once and reads it back once - a smaller file, a faster load, less memory."""
    import sys

    from .kb import Role

    def one(value: Any) -> Any:
        return sys.intern(value) if isinstance(value, str) else value

    role_fields = [f.name for f in dataclasses.fields(Role)]
    for actor in kb.actors.values():
        for name in ("type", "country", "sector", "gender", "cameo", "parent"):
            setattr(actor, name, one(getattr(actor, name)))
        actor.roles = [
            dataclasses.replace(r, **{f: one(getattr(r, f)) for f in role_fields})
            for r in actor.roles
        ]


def write_index(path: Path | None = None) -> dict[str, Any]:
    """Build the KB from the shipped files and write the index; returns its header."""
    from .kb import build_from_files
    from .linker import name_tables

    path = path or index_path()
    kb = build_from_files()
    name_tables(kb)
    _intern(kb)
    payload = zlib.compress(pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL), 6)
    head = header()
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as handle:
        handle.write(json.dumps(head, sort_keys=True).encode() + b"\n")
        handle.write(payload)
    tmp.replace(path)
    return {**head, "actors": len(kb.actors), "bytes": path.stat().st_size}
