"""Answers computed over many documents, kept in the store until it changes.

``relation`` and ``shifts`` read and score every document that bears on them,
and ``actor`` aggregates every row of a frequent actor, which takes seconds on
a big store; analysts ask the same question many times between two ingests.
Every transaction that writes a document raises ``store_state.generation``
(``mark_changed``, called by the writer), and an answer is kept in
``query_cache`` under the generation it was computed from: an answer from an
older generation is never served, so an ingest invalidates every cached
answer at once.

The cache key holds the question (its kind and arguments), the user's issue
registry and a fingerprint of the code and data the answer is computed with
(alignment, stances, the store's queries, ``data/constants.toml``,
``data/stances``), so a changed formula or table is never answered from an
old computation.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from . import models as m

if TYPE_CHECKING:  # the writer imports this module, and ``core`` imports the writer
    from .core import Store

log = logging.getLogger(__name__)

T = TypeVar("T")

GENERATION = "generation"
_STATE, _CACHE = m.store_state.c, m.query_cache.c

# What an answer of ``relation``/``shifts`` depends on besides the stored rows.
_FINGERPRINTED = (
    "alignment",
    "stances",
    "data/stances",
    "store/timeline.py",
    "store/pairs.py",
    "store/reader.py",
    "store/queries.py",
    "store/rows.py",
)
_FINGERPRINTED_FILES = ("data/constants.toml",)

_BUMP = update(m.store_state).where(_STATE.name == GENERATION).values(value=_STATE.value + 1)


def mark_changed(connection: Connection) -> None:
    """Raise the generation inside the caller's write transaction (cached answers go stale)."""
    connection.execute(_BUMP)


def generation(connection: Connection) -> int:
    found = connection.execute(
        select(_STATE.value).where(_STATE.name == GENERATION)
    ).scalar_one_or_none()
    return int(found or 0)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the source and data files an answer is computed with."""
    root = resources.files("stancemap")
    digest = hashlib.sha256()
    paths = []
    for name in _FINGERPRINTED:
        node = root.joinpath(name)
        if node.is_file():
            paths.append(node)
        elif node.is_dir():
            stack = [node]
            while stack:
                for child in stack.pop().iterdir():
                    if child.is_dir():
                        if child.name != "__pycache__":
                            stack.append(child)
                    elif child.name.endswith((".py", ".toml", ".tsv", ".json", ".txt")):
                        paths.append(child)
    paths.extend(root.joinpath(name) for name in _FINGERPRINTED_FILES)
    for path in sorted(paths, key=str):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(kind: str, arguments: dict[str, Any]) -> str:
    """The key of one question: its kind, arguments and the code fingerprint."""
    text = json.dumps(
        {"kind": kind, "arguments": arguments, "code": code_fingerprint()},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _stored(store: Store, kind: str, key: str) -> tuple[int, str | None]:
    """The current generation and the payload cached for it (``None`` when absent or stale)."""
    with store.read() as connection:
        now = generation(connection)
        payload = connection.execute(
            select(_CACHE.payload).where(
                _CACHE.kind == kind, _CACHE.key == key, _CACHE.generation == now
            )
        ).scalar_one_or_none()
    return now, payload


def _keep(store: Store, kind: str, key: str, computed_at: int, payload: str) -> None:
    """Store an answer, unless a document was written while it was computed."""
    try:
        with store.engine.begin() as connection:
            if generation(connection) != computed_at:
                return  # the answer may mix two states of the store: never serve it
            # stale answers are never served again: drop them with the old one
            connection.execute(
                m.query_cache.delete().where(
                    (_CACHE.generation != computed_at)
                    | ((_CACHE.kind == kind) & (_CACHE.key == key))
                )
            )
            connection.execute(
                insert(m.query_cache),
                [{"kind": kind, "key": key, "generation": computed_at, "payload": payload}],
            )
    except SQLAlchemyError as exc:  # a read-only or busy store still answers, uncached
        log.debug("query cache not written (%s): %s", kind, exc)


def cached(
    store: Store,
    kind: str,
    arguments: dict[str, Any],
    compute: Callable[[], T],
    dump: Callable[[T], str],
    load: Callable[[str], T],
) -> T:
    """``compute()``'s answer, from the cache when the store has not changed since."""
    key = cache_key(kind, arguments)
    before, payload = _stored(store, kind, key)
    if payload is not None:
        return load(payload)
    answer = compute()
    _keep(store, kind, key, before, dump(answer))
    return answer


def clear(store: Store) -> int:
    """Forget every cached answer; the number forgotten."""
    with store.engine.begin() as connection:
        return int(connection.execute(m.query_cache.delete()).rowcount or 0)
