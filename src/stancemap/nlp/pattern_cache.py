"""The entity ruler's KB patterns, kept on disk between processes.

``ActorStage.ruler_patterns`` looks at every unambiguous KB name, and through it
builds about 28,000 KB actors from their stored rows: about a second of CPU at
every worker's start, for a list that only changes when the KB or that code
does. The list is kept in the user's cache folder (where the KB keeps its own
cache, ``$XDG_CACHE_HOME/stancemap``), under a key made of:

- the KB's identity: the shipped KB's digest (``kbindex.header()``: every shipped
  KB file's content and the code that shapes the loaded KB), the pycountry
  version (country names when the index is stale), and each extra KB file's
  path, size and modification time (a file edited while the web runs gets a new
  key);
- the code and data that choose the patterns: the source of the module that
  builds them (its constants included), of the KB classes and the country table
  code, ``data/kb/countries.tsv`` (capitals and seats), this module's format
  and the package version.

A cache that is missing, unreadable or damaged is rebuilt, never an error; a
folder that cannot be written is left alone (the patterns are computed each
time, as before). ``STANCEMAP_NO_PATTERN_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import Any

FORMAT = "1"  # bump when the stored layout changes
OFF_ENV = "STANCEMAP_NO_PATTERN_CACHE"

Patterns = list[dict[str, Any]]


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stancemap"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def pattern_key(
    builder: Callable[..., Any], extra_kb: Sequence[tuple[str, int, int]], sizes: Sequence[int]
) -> str:
    """The key of the patterns ``builder`` makes from the KB loaded with ``extra_kb``
    (the stage's ``(path, size, mtime_ns)`` stamps of the extra KB files); ``sizes``
    (its name and actor counts) guard against a KB changed in memory."""
    from .. import __version__
    from ..actors import kbindex

    parts = [
        FORMAT,
        __version__,
        json.dumps(kbindex.header(), sort_keys=True),
        _version("pycountry"),
        json.dumps([list(stamp) for stamp in extra_kb]),
        json.dumps(list(sizes)),
        # the whole module of the builder (its constants too), and the KB classes and
        # country table it reads (``KbActor.curated`` and the like are code, not data)
        *(hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in _code_files(builder)),
        hashlib.sha256(
            resources.files("stancemap").joinpath("data", "kb", "countries.tsv").read_bytes()
        ).hexdigest(),
    ]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:24]


def _code_files(builder: Callable[..., Any]) -> list[str]:
    from ..actors import countries, kb

    return [inspect.getfile(builder), inspect.getfile(kb), inspect.getfile(countries)]


def cached_patterns(key: str, build: Callable[[], Patterns]) -> Patterns:
    """The patterns stored under ``key``, or ``build()``'s, then stored."""
    if os.environ.get(OFF_ENV):
        return build()
    path = cache_folder() / f"ruler-patterns-{key}.json"
    try:
        stored = json.loads(path.read_text("utf-8"))
        if isinstance(stored, list) and all(isinstance(p, dict) for p in stored):
            return stored
    except (OSError, ValueError):
        pass  # missing or damaged: built again below
    patterns = build()
    _store(path, patterns)
    return patterns


def _store(path: Path, patterns: Patterns) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written whole, then renamed: two workers starting together never read half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return  # a read-only home: computed each time, as without the cache
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(patterns, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
