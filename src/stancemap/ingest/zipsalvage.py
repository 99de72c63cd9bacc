"""Recover the members of a zip archive whose end (the central directory) is lost.

A zip is read from its central directory at the very end, so a cut download
loses every member to ``zipfile``. Each member is also preceded by a local
header, though: walking those from the start recovers every member that is
complete, and names the one that was cut.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

_LOCAL = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_HEADER = struct.Struct("<4sHHHHHIIIHH")
_STORED, _DEFLATED = 0, 8


@dataclass(frozen=True)
class Salvaged:
    """One member found by its local header: its bytes, or why they are lost."""

    name: str
    data: bytes | None
    problem: str | None = None


def salvage_zip(data: bytes, max_member_bytes: int) -> Iterator[Salvaged]:
    """Members of ``data`` in order, read from local headers; stops at the damage.

    A member that inflates past ``max_member_bytes`` ends the walk (zip bombs).
    """
    pos = 0
    while data.startswith(_LOCAL, pos) and pos + _HEADER.size <= len(data):
        fields = _HEADER.unpack_from(data, pos)
        flags, method, crc, size = fields[2], fields[3], fields[6], fields[7]
        name_len, extra_len = fields[9], fields[10]
        start = pos + _HEADER.size + name_len + extra_len
        raw_name = data[pos + _HEADER.size : pos + _HEADER.size + name_len]
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        if flags & 0x1:
            yield Salvaged(name, None, "encrypted member")
            return
        if method not in (_STORED, _DEFLATED):
            yield Salvaged(name, None, f"unsupported compression method {method}")
            return
        deferred = bool(flags & 0x8)  # sizes and CRC follow the data (streamed writers)
        if method == _STORED and deferred:
            yield Salvaged(name, None, "stored member without sizes; cannot find its end")
            return
        if method == _STORED:
            content, end = data[start : start + size], start + size
            complete = end <= len(data)
        else:
            content, end, complete, problem = _inflate(
                data, start, None if deferred else size, max_member_bytes
            )
            if problem:
                yield Salvaged(name, None, problem)
                return
        if not complete:
            yield Salvaged(name, None, "cut short: the archive ends inside this member")
            return
        if deferred:
            if data.startswith(_DESCRIPTOR, end):
                end += 4
            crc = struct.unpack_from("<I", data, end)[0] if end + 4 <= len(data) else crc
            end += 12
        if zlib.crc32(content) != crc:
            yield Salvaged(name, None, "CRC mismatch: the member is damaged")
        else:
            yield Salvaged(name, content)
        pos = end


def _inflate(
    data: bytes, start: int, size: int | None, limit: int
) -> tuple[bytes, int, bool, str | None]:
    """Deflated bytes from ``start``: (content, end offset, complete, problem).

    Fed in chunks so that finding the end of one member of a large archive
    never copies the rest of the archive.
    """
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    view = memoryview(data)
    stop = len(data) if size is None else min(len(data), start + size)
    parts: list[bytes] = []
    pos, out = start, 0
    try:
        while pos < stop and not inflater.eof:
            chunk = view[pos : min(stop, pos + (1 << 16))]
            parts.append(inflater.decompress(chunk, limit + 1 - out))
            out += len(parts[-1])
            if out > limit:
                return b"", pos, False, f"inflates past the size limit ({limit} bytes)"
            pos += len(chunk)
    except zlib.error as exc:
        return b"", pos, False, f"corrupt data ({exc})"
    end = pos - len(inflater.unused_data)
    return b"".join(parts), end, inflater.eof, None
