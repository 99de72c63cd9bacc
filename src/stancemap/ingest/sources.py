"""From what the user names (files, directories, globs, URLs, ``-``) to raw documents.

Each input is read by the reader its format calls for; the format comes from
``--format``, else the file suffix, else the first bytes. Archives (gzip, zip)
are opened and their members read the same way. Readers never raise for one
bad input: they yield a ``Skip`` and the batch goes on.
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import os
import re
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO
from urllib.parse import quote, urlsplit
from urllib.request import url2pathname

from ..errors import InputError
from .decode import decode_bytes
from .feeds import looks_like_feed, read_feed
from .fetch import fetch_url, is_url
from .html import extract_html
from .model import IngestOptions, RawDocument, Skip
from .tabular import read_csv, read_json, read_jsonl
from .warc import read_warc
from .zipsalvage import salvage_zip

FORMATS = ("auto", "text", "html", "jsonl", "json", "csv", "tsv", "warc", "feed", "gzip", "zip")
_SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed",
    ".gz": "gzip", ".zip": "zip",
}  # fmt: skip
# Formats we recognise but cannot read: say so instead of "binary file".
_UNSUPPORTED = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".png", ".jpg", ".jpeg", ".gif",
    ".webp", ".svg", ".mp3", ".mp4", ".avi", ".mov", ".exe", ".so", ".dll", ".bin",
    ".xls", ".xlsx", ".ppt", ".pptx", ".7z", ".rar", ".tar", ".tgz", ".bz2", ".xz",
    ".parquet", ".sqlite", ".db", ".pyc",
}  # fmt: skip
# A zip inside a gzip inside a zip... stops here.
_MAX_DEPTH = 3
Opener = Callable[[], IO[bytes]]


def format_for(name: str, head: bytes) -> str:
    """The format of a file named ``name`` whose first bytes are ``head``."""
    lowered = name.lower()
    if lowered.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    suffix = PurePosixPath(lowered).suffix
    if suffix in _SUFFIX_FORMATS:
        named = _SUFFIX_FORMATS[suffix]
        if named not in ("gzip", "zip", "warc") and head.startswith((b"\x1f\x8b", b"PK\x03\x04")):
            return sniff_format(head)  # compressed whatever its name says (a gzip named .txt)
        return named
    if suffix in _UNSUPPORTED:
        return "unsupported"
    return sniff_format(head)


def sniff_format(head: bytes) -> str:
    """The format told by a file's first bytes (``text`` when nothing stands out)."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if start.startswith(b"<?xml") and looks_like_feed(head):
        return "feed"
    if start.startswith((b"<rss", b"<feed")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if start.startswith(b"{") and b"}" in start.split(b"\n", 1)[0]:
        return "jsonl"
    return "text"


def _stem(name: str) -> str:
    """A file input's document id: its name without the extension(s) we read through."""
    path = PurePosixPath(name.rsplit("!", 1)[-1].replace("\\", "/"))
    base = path.name
    for suffix in (".gz",):
        if base.lower().endswith(suffix):
            base = base[: -len(suffix)]
    return PurePosixPath(base).stem or base


def _read_limited(stream: IO[bytes], name: str, max_bytes: int) -> bytes:
    """All of ``stream``, refusing more than ``max_bytes``.

    Read in chunks: ``read(max_bytes + 1)`` would allocate the whole limit
    (60 MB by default) for every small file.
    """
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(1 << 20):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(
                name, f"too large (more than {max_bytes} bytes; raise [ingest] max_bytes)"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def read_stream(
    name: str, opener: Opener, options: IngestOptions, *, fmt: str | None = None, depth: int = 0
) -> Iterator[RawDocument | Skip]:
    """Yield the documents of one named byte stream; damage ends in a Skip, never an exception.

    ``opener`` is called once to sniff the format and once to read, so streams
    are never held whole in memory unless the format needs it (HTML, JSON, zip).
    """
    try:
        if fmt is None or fmt == "auto":
            with opener() as probe:
                head = probe.read(4096)
            fmt = format_for(name, head)
        produced = False
        for item in _read_format(name, opener, options, fmt, depth):
            produced = True
            yield item
        if not produced:  # blank lines only, "[]", a header row alone: say so
            yield Skip(name, f"no documents in it (read as {fmt}: no records, items or text)")
    except InputError as exc:
        yield Skip(exc.source, exc.problem)
    except (EOFError, zlib.error, gzip.BadGzipFile, zipfile.BadZipFile) as exc:
        yield Skip(
            name,
            f"truncated or corrupt compressed data ({type(exc).__name__}: {exc}); "
            "documents read before it were kept",
        )
    except OSError as exc:
        yield Skip(name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug or a library surprise must not end the batch
        yield Skip(name, f"unexpected error while reading ({type(exc).__name__}: {exc})")


def _read_format(
    name: str, opener: Opener, options: IngestOptions, fmt: str, depth: int
) -> Iterator[RawDocument | Skip]:
    if fmt == "unsupported":
        suffix = PurePosixPath(name.lower()).suffix
        yield Skip(name, f"unsupported format '{suffix}' (read: {', '.join(FORMATS[1:])})")
    elif fmt == "text":
        with opener() as stream:
            decoded = decode_bytes(_read_limited(stream, name, options.max_bytes), name)
        yield RawDocument(
            text=decoded.text, source=name, id=_stem(name), plain=True, encoding=decoded.encoding
        )
    elif fmt == "html":
        with opener() as stream:
            data = _read_limited(stream, name, options.max_bytes)
        yield extract_html(data, name, doc_id=_stem(name))
    elif fmt == "feed":
        with opener() as stream:
            yield from read_feed(_read_limited(stream, name, options.max_bytes), name)
    elif fmt == "json":
        with opener() as stream:
            yield from read_json(_read_limited(stream, name, options.max_bytes), name, options)
    elif fmt == "jsonl":
        with opener() as stream:
            yield from read_jsonl(stream, name, options)
    elif fmt in ("csv", "tsv"):
        with opener() as stream:
            yield from read_csv(stream, name, options, delimiter="\t" if fmt == "tsv" else ",")
    elif fmt == "warc":
        with opener() as stream:
            yield from read_warc(stream, name, options)
    elif fmt == "gzip":
        yield from _read_gzip(name, opener, options, depth)
    elif fmt == "zip":
        yield from _read_zip(name, opener, options, depth)
    else:
        yield Skip(name, f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def _read_gzip(
    name: str, opener: Opener, options: IngestOptions, depth: int
) -> Iterator[RawDocument | Skip]:
    if depth >= _MAX_DEPTH:
        yield Skip(name, f"archives nested more than {_MAX_DEPTH} deep")
        return
    # The format is the inner file's ("x.jsonl.gz" holds JSON Lines); the
    # source keeps the archive's own name so messages point at a real file.
    inner = name[:-3] if name.lower().endswith(".gz") else name

    def open_inner() -> IO[bytes]:
        return gzip.GzipFile(fileobj=opener(), mode="rb")  # type: ignore[return-value]

    with open_inner() as probe:
        head = probe.read(4096)
    fmt = format_for(inner, head)
    yield from read_stream(name, open_inner, options, fmt=fmt, depth=depth + 1)


def _read_zip(
    name: str, opener: Opener, options: IngestOptions, depth: int
) -> Iterator[RawDocument | Skip]:
    if depth >= _MAX_DEPTH:
        yield Skip(name, f"archives nested more than {_MAX_DEPTH} deep")
        return
    stream = opener()
    try:
        if not stream.seekable():
            stream = io.BytesIO(_read_limited(stream, name, options.max_bytes))
        try:
            archive = zipfile.ZipFile(stream)
        except zipfile.BadZipFile as exc:
            stream.seek(0)
            yield from _salvage_zip(
                name, _read_limited(stream, name, options.max_bytes), exc, options, depth
            )
            return
        with archive:
            for member in archive.infolist():
                base = PurePosixPath(member.filename).name
                if (
                    member.is_dir()
                    or not base
                    or base.startswith(".")
                    or "__MACOSX" in member.filename
                ):
                    continue
                where = f"{name}!{member.filename}"
                if member.file_size > options.max_bytes:
                    yield Skip(
                        where, f"too large ({member.file_size} bytes > limit {options.max_bytes})"
                    )
                    continue

                def open_member(m: zipfile.ZipInfo = member) -> IO[bytes]:
                    return archive.open(m)

                try:
                    yield from read_stream(where, open_member, options, depth=depth + 1)
                except (RuntimeError, NotImplementedError) as exc:  # encrypted, odd compression
                    yield Skip(where, f"cannot read zip member: {exc}")
    finally:
        stream.close()


def _salvage_zip(
    name: str, data: bytes, error: Exception, options: IngestOptions, depth: int
) -> Iterator[RawDocument | Skip]:
    """The complete members of a zip whose central directory is lost, then one Skip."""
    recovered = 0
    for member in salvage_zip(data, options.max_bytes):
        where = f"{name}!{member.name}"
        if member.data is None:
            yield Skip(where, f"cannot recover zip member: {member.problem}")
            continue
        base = PurePosixPath(member.name).name
        if not base or base.startswith(".") or "__MACOSX" in member.name:
            continue
        recovered += 1
        content = member.data
        yield from read_stream(where, partial(io.BytesIO, content), options, depth=depth + 1)
    if recovered == 0:
        yield Skip(name, f"not a readable zip archive (truncated or corrupt: {error})")
    else:
        yield Skip(
            name,
            f"truncated or corrupt zip archive ({error}); {recovered} complete members "
            "were recovered from their local headers",
        )


# ---------------------------------------------------------------- inputs


def printable_name(name: str) -> str:
    """``name`` safe to print and to write as UTF-8.

    A file name with bytes that are not UTF-8 reaches Python with lone
    surrogates (``surrogateescape``); they are shown as ``\\xNN`` escapes
    instead of ending the run with ``UnicodeEncodeError``.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte (from JSON, say)
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def expand_inputs(
    inputs: Iterable[str], ignore: frozenset[str] = frozenset()
) -> Iterator[str | Path | Skip]:
    """Files in the order named; directories walked (sorted, hidden files left out); globs expanded.

    Nothing named is dropped without a word: unreadable directories, dangling
    links and link loops come out as Skips.
    """
    for raw in inputs:
        if raw == "-" or is_url(raw):
            yield raw
            continue
        scheme = _SCHEME.match(raw)
        if scheme and scheme.group(1).lower() == "file":
            raw = url2pathname(urlsplit(raw).path)  # file:///x/y.txt is the file /x/y.txt
        elif scheme:
            yield Skip(
                printable_name(raw),
                f"unsupported URL scheme '{scheme.group(1)}' (only http://, https:// and "
                "file:// addresses, paths and - are read)",
            )
            continue
        path = Path(raw)
        if _is_dir(path):
            yield from _walk(path, ignore)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield _bad_link(path)
        elif path.exists():
            yield Skip(printable_name(raw), "not a regular file (a device, socket or pipe)")
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield Skip(printable_name(raw), "no file matches this pattern")
            yield from files
        else:
            yield Skip(printable_name(raw), "no such file or directory")


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a link loop on some Pythons
        return False


def _bad_link(path: Path) -> Skip:
    """The Skip for a symbolic link that leads to no readable file."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skip(printable_name(str(path)), "symbolic link loop (the link leads to itself)")
        if exc.errno == errno.ENOENT:
            target = printable_name(os.readlink(path)) if path.is_symlink() else "?"
            return Skip(
                printable_name(str(path)), f"dangling symbolic link (to '{target}', missing)"
            )
        return Skip(printable_name(str(path)), f"cannot read: {exc.strerror or exc}")
    return Skip(printable_name(str(path)), "not a regular file (a device, socket or pipe)")


def _resolved(path: Path) -> str | None:
    try:
        return str(path.resolve(strict=True))
    except (OSError, RuntimeError):  # loops and dangling links are reported elsewhere
        return None


def _walk(root: Path, ignore: frozenset[str]) -> Iterator[Path | Skip]:
    """The files under ``root``, sorted; each directory entered once (links may loop)."""
    seen: set[tuple[int, int]] = set()

    def visit(directory: Path) -> Iterator[Path | Skip]:
        try:
            info = directory.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen:
                yield Skip(
                    printable_name(str(directory)),
                    "directory already walked (a symbolic link loops back to it); not read twice",
                    "duplicate",
                )
                return
            seen.add(key)
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            yield Skip(
                printable_name(str(directory)),
                f"cannot read directory: {exc.strerror or exc}; its files were not analysed",
            )
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = Path(entry.path)
            if _is_dir(child):
                yield from visit(child)
            elif child.is_file():
                if not ignore or _resolved(child) not in ignore:
                    yield child
            elif child.is_symlink():
                yield _bad_link(child)
            else:
                yield Skip(
                    printable_name(str(child)), "not a regular file (a device, socket or pipe)"
                )

    yield from visit(root)


def read_inputs(
    inputs: Iterable[str], options: IngestOptions, *, stdin: IO[bytes] | None = None
) -> Iterator[RawDocument | Skip]:
    """Every raw document of every input, in order."""
    for item in expand_inputs(inputs, options.ignore):
        if isinstance(item, Skip):
            yield item
        elif item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        elif isinstance(item, str):
            yield from _read_url(item, options)
        else:
            yield from _read_path(item, options)


def _read_path(path: Path, options: IngestOptions) -> Iterator[RawDocument | Skip]:
    name = printable_name(str(path))  # the path object itself is what gets opened
    fmt = options.format
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Skip(name, f"cannot read file: {exc.strerror or exc}")
        return
    if size == 0:
        yield Skip(name, "empty file (0 bytes)")
        return
    stream = read_stream(name, lambda: path.open("rb"), options, fmt=fmt)
    if name == str(path):
        yield from stream
        return
    # A name with non-UTF-8 bytes: its id spells them %XX (a backslash would
    # read as a Windows path separator when the id is made from the name).
    spelled = quote(os.fsencode(str(path)), safe="/ ")
    for raw in stream:
        if isinstance(raw, RawDocument) and raw.id == _stem(name):
            raw.id = _stem(spelled)
        yield raw


def _read_stdin(stream: IO[bytes], options: IngestOptions) -> Iterator[RawDocument | Skip]:
    try:
        data = _read_limited(stream, "<stdin>", options.max_bytes)
    except InputError as exc:
        yield Skip(exc.source, exc.problem)
        return
    # stdin is plain text unless --format says otherwise (the contract: as read).
    fmt = "text" if options.format == "auto" else options.format
    for raw in read_stream("<stdin>", lambda: io.BytesIO(data), options, fmt=fmt):
        if isinstance(raw, RawDocument) and raw.id == "<stdin>":
            raw.id = "stdin"
        yield raw


def _read_url(url: str, options: IngestOptions) -> Iterator[RawDocument | Skip]:
    try:
        fetched = fetch_url(
            url,
            allow_private=options.allow_private,
            max_bytes=options.max_bytes,
            timeout_s=options.timeout_s,
        )
    except InputError as exc:
        yield Skip(exc.source, exc.problem)
        return
    kind = fetched.content_type.split(";")[0].strip().lower()
    fmt = options.format
    if fmt == "auto":
        if kind in ("text/html", "application/xhtml+xml"):
            fmt = "html"
        elif kind in ("application/rss+xml", "application/atom+xml") or (
            "xml" in kind and looks_like_feed(fetched.data)
        ):
            fmt = "feed"
        elif kind == "text/plain":
            fmt = "text"
        else:
            fmt = format_for(PurePosixPath(fetched.url.split("?")[0]).name, fetched.data[:4096])
    if fmt == "html":
        try:
            yield extract_html(fetched.data, fetched.url, declared=fetched.charset)
        except InputError as exc:
            yield Skip(exc.source, exc.problem)
        return
    for raw in read_stream(fetched.url, lambda: io.BytesIO(fetched.data), options, fmt=fmt):
        if isinstance(raw, RawDocument) and raw.plain:
            raw.id = None  # a URL has no file name to stand for it: use the content id
        yield raw
