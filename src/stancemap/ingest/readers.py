"""Readers: paths, directories and stdin to ``Document`` records.

Batch readers yield either a Document or a ``Skip`` (path, reason); they never
raise for one bad input, so a batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .document import Document, make_document

TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass
class Skip:
    source: str
    reason: str


def read_text_file(path: Path, *, max_bytes: int = 60_000_000) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from None
    return decode_text(data, str(path), max_bytes=max_bytes)


def decode_text(data: bytes, source: str, *, max_bytes: int = 60_000_000) -> str:
    if len(data) > max_bytes:
        raise InputError(source, f"too large ({len(data)} bytes > limit {max_bytes})")
    if not data.strip():
        raise InputError(source, "empty document (no text)")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(source, "not valid UTF-8 and no other encoding fits") from None
        return str(best)


def _expand(paths: Iterable[str]) -> Iterator[Path | str]:
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def iter_documents(
    paths: Iterable[str],
    *,
    date: str | None = None,
    strip_boilerplate: bool = True,
    max_bytes: int = 60_000_000,
) -> Iterator[Document | Skip]:
    """Yield one Document per readable input, a Skip for each unreadable one."""
    for item in _expand(paths):
        if item == "-":
            text = sys.stdin.read()
            if not text.strip():
                yield Skip("<stdin>", "empty document (no text)")
                continue
            yield make_document(text, doc_id="stdin", source="<stdin>", date=date,
                                strip_boilerplate=strip_boilerplate)
            continue
        assert isinstance(item, Path)
        if not item.exists():
            yield Skip(str(item), "no such file or directory")
            continue
        try:
            text = read_text_file(item, max_bytes=max_bytes)
        except InputError as exc:
            yield Skip(str(item), exc.problem)
            continue
        yield make_document(text, doc_id=item.stem, source=str(item), date=date,
                            strip_boilerplate=strip_boilerplate)
