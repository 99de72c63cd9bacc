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
from collections import deque
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


# A file whose first records are all unreadable and whose head looks binary
# is not JSON Lines at all: one Skip for the file instead of one per line.
_BINARY_GIVE_UP_LINES = 5


def read_jsonl(
    stream: IO[bytes], name: str, options: IngestOptions
) -> Iterator[RawDocument | Skip]:
    """One document per line of a JSON Lines stream.

    Each line is judged on its own: a NUL byte in one record does not make the
    whole file "binary". Lines longer than ``max_bytes`` are skipped without
    being held in memory.
    """
    head = stream.read(8192)
    binary_head = looks_binary(head)
    held: list[Skip] = []  # bad first lines of a file that may yet prove binary
    read_any = False
    for number, raw in enumerate(_chain_lines(head, stream, options.max_bytes), start=1):
        where = f"{name}:{number}"
        if raw is None:
            item: RawDocument | Skip = Skip(
                where,
                f"line too long (more than {options.max_bytes} bytes; raise [ingest] max_bytes)",
            )
        elif not raw.strip():
            continue
        else:
            item = _jsonl_record(raw, where, options)
        if binary_head and not read_any and isinstance(item, Skip):
            held.append(item)
            if len(held) >= _BINARY_GIVE_UP_LINES:
                yield Skip(name, "binary file (NUL or control bytes), not JSON Lines")
                return
            continue
        if isinstance(item, RawDocument) and not read_any:
            read_any = True
            yield from held
        yield item
    if held and not read_any:
        yield from held


def _jsonl_record(raw: bytes, where: str, options: IngestOptions) -> RawDocument | Skip:
    if b"\x00" in raw:
        return Skip(where, "NUL byte in this line (binary data, not a JSON record)")
    try:
        record = json.loads(_decode_line(raw))
    except json.JSONDecodeError as exc:
        return Skip(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return Skip(where, "JSON nested too deeply to read")
    if not isinstance(record, dict):
        return Skip(where, f"a JSON Lines record must be an object, found {type(record).__name__}")
    return record_to_raw(record, where, options)


def _chain_lines(head: bytes, stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Lines of ``head`` + the rest of ``stream``, without reading it all.

    Linear in the input: each chunk is searched once for newlines (a long line
    is gathered as a list of pieces, not re-split on every chunk). A line over
    ``max_bytes`` comes out as ``None`` and its bytes are dropped as they come.
    """
    # read1: a cut gzip stream raises on the read that meets the cut; read1
    # returns what it has first, so every complete line before the cut is kept.
    read = getattr(stream, "read1", stream.read)
    parts: list[bytes] = []
    size = 0
    too_long = False
    chunk = head
    while chunk:
        start = 0
        while (newline := chunk.find(b"\n", start)) != -1:
            piece = chunk[start:newline]
            if too_long or size + len(piece) > max_bytes:
                yield None
            else:
                parts.append(piece)
                yield b"".join(parts)
            parts, size, too_long = [], 0, False
            start = newline + 1
        rest = chunk[start:]
        if not too_long:
            size += len(rest)
            if size > max_bytes:
                too_long, parts = True, []
            elif rest:
                parts.append(rest)
        chunk = read(1 << 16)
    if too_long:
        yield None
    elif parts:
        yield b"".join(parts)


def read_json(data: bytes, name: str, options: IngestOptions) -> Iterator[RawDocument | Skip]:
    """A JSON file: an array of objects, an object with a list inside, or one object."""
    try:
        value = json.loads(data.decode("utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        yield Skip(name, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Skip(name, "JSON nested too deeply to read")
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
    lines = _Recorder(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
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
    yield from _csv_rows(lines, name, header, options, delimiter)


def _csv_rows(
    lines: _Recorder, name: str, header: list[str], options: IngestOptions, delimiter: str
) -> Iterator[RawDocument | Skip]:
    """The rows after the header. A row that goes wrong across several lines (a stray
    quote swallowing the rows after it) is reported, and the lines it swallowed are
    read again as rows of their own, so each is analysed or reported."""
    errors = 0
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    while True:
        lines.mark()
        try:
            row = next(reader)
            problem = None
            if len(row) != len(header) and any(cell.strip() for cell in row):
                problem = (
                    f"malformed CSV row: {len(row)} fields where the header has {len(header)} "
                    "(an unquoted delimiter or quote?)"
                )
        except StopIteration:
            return
        except csv.Error as exc:
            problem = f"malformed CSV row: {exc}"
        first = lines.first_number()
        where = f"{name}:{first}"
        if problem is None:
            if any(cell.strip() for cell in row):
                yield record_to_raw(dict(zip(header, row, strict=True)), where, options)
            continue
        swallowed = lines.taken()[1:]
        if swallowed:
            problem += f"; the {len(swallowed)} lines after it were read again as rows"
        yield Skip(where, problem)
        errors += 1
        if errors >= _MAX_ROW_ERRORS:
            yield Skip(name, f"gave up after {errors} malformed rows; rows before were kept")
            return
        if swallowed:
            lines.replay(swallowed)
            reader = csv.reader(lines, delimiter=delimiter, strict=True)


class _Recorder:
    """Lines for ``csv.reader`` that remembers those of the current record, so the
    lines a broken record ran over can be handed out again."""

    def __init__(self, source: Iterator[str] | IO[str]) -> None:
        self._source = iter(source)
        self._pending: deque[tuple[int, str]] = deque()  # lines to hand out again
        self._taken: list[tuple[int, str]] = []
        self._number = 0  # physical line number of the last line read from the source

    def __iter__(self) -> _Recorder:
        return self

    def __next__(self) -> str:
        if self._pending:
            item = self._pending.popleft()
        else:
            line = next(self._source)
            self._number += 1
            item = (self._number, line)
        self._taken.append(item)
        return item[1]

    def mark(self) -> None:
        """A new record starts here."""
        self._taken = []

    def first_number(self) -> int:
        """The line number the current record started on."""
        return self._taken[0][0] if self._taken else self._number

    def taken(self) -> list[tuple[int, str]]:
        return list(self._taken)

    def replay(self, items: list[tuple[int, str]]) -> None:
        """Hand ``items`` out again before anything new."""
        self._pending.extendleft(reversed(items))


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
