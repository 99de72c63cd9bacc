"""WARC (and ARC) web archives, plain or gzipped, as news crawls store them.

Each successful HTML or plain-text capture becomes one document; requests,
metadata records, images, scripts and error pages are passed over silently
(they are not documents). A truncated or corrupt archive ends with one Skip
naming how many records were read before the damage.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO

from warcio.recordloader import ArcWarcRecord

from ..errors import InputError
from .decode import decode_bytes
from .html import extract_html
from .model import IngestOptions, RawDocument, Skip

_DOCUMENT_RECORDS = {"response", "resource", "conversion"}


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _starts_like_an_archive(stream: IO[bytes]) -> bool:
    """False when the (seekable) stream clearly is not WARC/ARC; warcio would read
    arbitrary text as ARC lines instead of refusing it."""
    if not stream.seekable():
        return True
    head = stream.read(512)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def _truncated_tail(stream: IO[bytes], offset: int, end: int) -> str | None:
    """Why the archive does not end cleanly after its last complete record, or None.

    warcio ends quietly at a cut gzip member or a cut record header, which
    would hide a truncated download. Gzipped: the members from the last good
    record's (``offset``) on must all decompress to their end. Plain: nothing
    but blank bytes may follow the last record's ``end``. Only seekable
    streams can be checked.
    """
    if not stream.seekable():
        return None
    stream.seek(0)
    if stream.read(2) != b"\x1f\x8b":
        stream.seek(end)
        unread = len(stream.read().strip())
        return f"{unread} bytes after the last complete record" if unread else None
    stream.seek(offset)
    rest = stream.read()
    while rest.strip(b"\x00"):
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            while rest and not decompressor.eof:
                decompressor.decompress(rest, 1 << 20)
                rest = decompressor.unconsumed_tail
        except zlib.error as exc:
            return f"corrupt gzip member: {exc}"
        if not decompressor.eof:
            return "the last gzip member is cut short"
        rest = decompressor.unused_data
    return None


def read_warc(stream: IO[bytes], name: str, options: IngestOptions) -> Iterator[RawDocument | Skip]:
    """Yield one RawDocument per HTML/text capture in the archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _starts_like_an_archive(stream):
        yield Skip(name, "not a readable WARC/ARC archive (it does not start with a WARC record)")
        return
    count = 0
    last_offset = last_end = 0
    try:
        iterator = ArchiveIterator(stream, arc2warc=True)
        for record in iterator:
            count += 1
            # A WARC record without Content-Length is a header cut off mid-way.
            headless = record.rec_headers.get_header("Content-Length") is None
            result = None if headless else _capture(record, f"{name}#record{count}", options)
            # (only after the content was read: this call reads the record to its end)
            last_offset = iterator.get_record_offset()
            last_end = last_offset + iterator.get_record_length()
            if result is not None:
                yield result
            if headless or getattr(record.raw_stream, "limit", 0) > 0:
                yield Skip(
                    name,
                    f"truncated or corrupt WARC: record {count} is cut short; "
                    "the records before it were kept",
                )
                return
        if count == 0:
            yield Skip(name, "not a readable WARC/ARC archive (no records found)")
            return
        damage = _truncated_tail(stream, last_offset, last_end)
        if damage:
            yield Skip(
                name,
                f"truncated or corrupt WARC after {count} records ({damage}); "
                "the records before it were kept",
            )
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError, AttributeError) as exc:
        # (warcio trips over damaged input in many ways; AttributeError included)
        if count == 0:
            yield Skip(name, f"not a readable WARC/ARC archive ({type(exc).__name__}: {exc})")
            return
        yield Skip(
            name,
            f"truncated or corrupt WARC after {count} records "
            f"({type(exc).__name__}: {exc}); the records before it were kept",
        )


def _capture(
    record: ArcWarcRecord, where: str, options: IngestOptions
) -> RawDocument | Skip | None:
    """A document for a successful HTML/text capture; None for every other record."""
    if record.rec_type not in _DOCUMENT_RECORDS:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or where
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    kind = content_type.split(";")[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        return None
    content = record.content_stream()
    chunks: list[bytes] = []
    size = 0
    while chunk := content.read(1 << 20):
        size += len(chunk)
        if size > options.max_bytes:
            return Skip(uri, f"capture too large (> {options.max_bytes} bytes)")
        chunks.append(chunk)
    if getattr(record.raw_stream, "limit", 0) > 0:
        # the record promised more bytes than the archive holds: a cut download
        return Skip(uri, "capture cut short (the archive is truncated inside this record)")
    data = b"".join(chunks)
    try:
        if kind == "text/plain":
            decoded = decode_bytes(data, uri, declared=_charset(content_type))
            return RawDocument(text=decoded.text, source=uri, encoding=decoded.encoding)
        return extract_html(data, uri, declared=_charset(content_type))
    except InputError as exc:
        return Skip(uri, exc.problem)
