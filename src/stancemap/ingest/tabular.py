"""Record files: JSON Lines, JSON arrays and CSV/TSV, one document per record.

The text sits in a configurable field (``--text-field``); metadata comes from
configurable columns (``--field date=published_at``). Records are streamed: a
bad line or row is reported with its line number and the file goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from typing import IO, Any

from .dates import normalize_date
from .decode import looks_binary
from .language import normalize_language
from .model import IngestOptions, RawDocument, Skip

# After this many broken rows a file is probably not CSV at all: stop.
_MAX_ROW_ERRORS = 50


def record_to_raw(
    record: Mapping[str, Any], where: str, options: IngestOptions
) -> RawDocument | Skip:
    """One JSON object / CSV row as a RawDocument, or a Skip naming what is missing."""
    text_value = _lookup(record, options.columns("text"))
    if text_value is None:
        tried = ", ".join(f"'{c}'" for c in options.columns("text"))
        present = ", ".join(f"'{k}'" for k in list(record)[:12] if k is not None)
        return Skip(
            where,
            f"no text field: none of {tried} holds text (record has {present or 'no fields'}); "
            "name the right one with --text-field",
        )
    if not isinstance(text_value, str):
        return Skip(where, f"text field holds {type(text_value).__name__}, not a string")
    if len(text_value.encode("utf-8", errors="ignore")) > options.max_bytes:
        return Skip(where, f"text too large (> {options.max_bytes} bytes)")
    return RawDocument(
        text=text_value,
        source=_as_str(_lookup(record, options.columns("source"))) or where,
        id=_as_str(_lookup(record, options.columns("id"))),
        title=_as_str(_lookup(record, options.columns("title"))),
        date=normalize_date(_lookup(record, options.columns("date"))),
        author=_as_str(_lookup(record, options.columns("author"))),
        language=normalize_language(_lookup(record, options.columns("language"))),
    )


def _lookup(record: Mapping[str, Any], columns: tuple[str, ...]) -> Any:
    """The first present, non-empty value; ``a.b`` reaches into nested objects."""
    for column in columns:
        value: Any = record
        for part in column.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if value is not None and value != "" and value != []:
            return value
    return None


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # "authors": ["A", "B"]
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text or None


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_jsonl(
    stream: IO[bytes], name: str, options: IngestOptions
) -> Iterator[RawDocument | Skip]:
    """One document per line of a JSON Lines stream."""
    head = stream.read(8192)
    if looks_binary(head):
        yield Skip(name, "binary file (NUL or control bytes), not JSON Lines")
        return
    lines = _chain_lines(head, stream)
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(_decode_line(raw))
        except json.JSONDecodeError as exc:
            yield Skip(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Skip(
                where, f"a JSON Lines record must be an object, found {type(record).__name__}"
            )
            continue
        yield record_to_raw(record, where, options)


def _chain_lines(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of ``head`` + the rest of ``stream``, without reading it all."""
    # read1: a cut gzip stream raises on the read that meets the cut; read1
    # returns what it has first, so every complete line before the cut is kept.
    read = getattr(stream, "read1", stream.read)
    pending = head
    while True:
        *complete, pending = pending.split(b"\n")
        yield from complete
        chunk = read(1 << 16)
        if not chunk:
            break
        pending += chunk
    if pending:
        yield pending


def read_json(data: bytes, name: str, options: IngestOptions) -> Iterator[RawDocument | Skip]:
    """A JSON file: an array of objects, an object with a list inside, or one object."""
    try:
        value = json.loads(data.decode("utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        yield Skip(name, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        records = (
            lists[0]
            if len(lists) == 1 and _lookup(value, options.columns("text")) is None
            else [value]
        )
    elif isinstance(value, list):
        records = value
    else:
        yield Skip(name, f"JSON holds a {type(value).__name__}, not records")
        return
    for number, record in enumerate(records, start=1):
        where = f"{name}[{number}]"
        if not isinstance(record, dict):
            yield Skip(where, f"a record must be an object, found {type(record).__name__}")
            continue
        yield record_to_raw(record, where, options)


def _csv_encoding(head: bytes) -> str:
    """UTF-8 when the head decodes as such (allowing a cut last character), else a guess."""
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
        return best.encoding if best is not None else "cp1252"


def read_csv(
    stream: IO[bytes], name: str, options: IngestOptions, *, delimiter: str = ","
) -> Iterator[RawDocument | Skip]:
    """One document per row; the first row names the columns."""
    head = stream.read(1 << 16)
    if looks_binary(head):
        yield Skip(name, "binary file (NUL or control bytes), not CSV")
        return
    if not head.strip():
        yield Skip(name, "empty CSV file (no header row)")
        return
    csv.field_size_limit(min(sys.maxsize, max(options.max_bytes, 1 << 20)))
    text = io.TextIOWrapper(
        io.BufferedReader(_Prefixed(head, stream)),
        encoding=_csv_encoding(head),
        errors="replace",
        newline="",
    )
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as exc:
        yield Skip(name, f"malformed CSV header: {exc}")
        return
    header = [h.strip() for h in header]
    wanted = options.columns("text")
    if not any(c.split(".")[0] in header for c in wanted):
        tried = ", ".join(f"'{c}'" for c in wanted)
        yield Skip(
            name,
            f"no text column: none of {tried} in the header ({', '.join(header[:12])}); "
            "name the right one with --text-field",
        )
        return
    errors = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            yield Skip(f"{name}:{reader.line_num}", f"malformed CSV row: {exc}")
            if errors >= _MAX_ROW_ERRORS:
                yield Skip(name, f"gave up after {errors} malformed rows; rows before were kept")
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name}:{reader.line_num}"
        if len(row) != len(header):
            yield Skip(
                where,
                f"malformed CSV row: {len(row)} fields where the header has {len(header)} "
                "(an unquoted delimiter or quote?)",
            )
            continue
        yield record_to_raw(dict(zip(header, row, strict=True)), where, options)


class _Prefixed(io.RawIOBase):
    """A read-only stream: ``head`` (already read for sniffing) then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = getattr(self._stream, "read1", self._stream.read)(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
