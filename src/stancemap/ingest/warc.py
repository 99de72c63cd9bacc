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


def read_warc(stream: IO[bytes], name: str, options: IngestOptions) -> Iterator[RawDocument | Skip]:
    """Yield one RawDocument per HTML/text capture in the archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            count += 1
            if record.rec_type not in _DOCUMENT_RECORDS:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#record{count}"
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            kind = content_type.split(";")[0].strip().lower()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                continue
            data = record.content_stream().read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield Skip(uri, f"capture too large (> {options.max_bytes} bytes)")
                continue
            try:
                if kind == "text/plain":
                    decoded = decode_bytes(data, uri, declared=_charset(content_type))
                    yield RawDocument(text=decoded.text, source=uri, encoding=decoded.encoding)
                else:
                    yield extract_html(data, uri, declared=_charset(content_type))
            except InputError as exc:
                yield Skip(uri, exc.problem)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        if count == 0:
            yield Skip(name, f"not a readable WARC/ARC archive ({type(exc).__name__}: {exc})")
            return
        yield Skip(
            name,
            f"truncated or corrupt WARC after {count} records "
            f"({type(exc).__name__}: {exc}); the records before it were kept",
        )
