"""Bytes to text: encoding detection, binary refusal and mojibake repair.

Plain text is decoded and otherwise left exactly as read (gold offsets must
line up with the file). Text pulled out of markup or records (HTML, feeds,
JSON/CSV fields) may also be repaired with ftfy, restricted to encoding
repair so that quotes and dashes are never "normalised" behind the user's back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError

# A stray byte or two in otherwise valid UTF-8 (a file cut mid-character, one
# bad copy-paste) is better replaced than handed to a guesser that may pick a
# legacy code page and garble every accented letter.
_MAX_BAD_UTF8_SHARE = 0.001
_BINARY_PROBE = 8192
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# below this many code units the NUL pattern is no evidence of UTF-16: four bytes such
# as b"0\x00\xc2\x80" are UTF-8 text with a NUL as much as two UTF-16 characters
_MIN_UTF16_UNITS = 8


@dataclass(frozen=True)
class Decoded:
    """A decoded text and how it was obtained (for reports, not for output)."""

    text: str
    encoding: str
    repaired: bool = False


def looks_binary(head: bytes) -> bool:
    """True when the first bytes hold NULs or many control characters."""
    probe = head[:_BINARY_PROBE]
    if not probe:
        return False
    if b"\x00" in probe:
        return True
    controls = sum(probe.count(bytes([c])) for c in _CONTROL)
    return controls / len(probe) > 0.05


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> Decoded:
    """Decode ``data``; raise ``InputError`` naming ``source`` when it is not text.

    Order: a BOM, the declared charset (HTTP header), strict UTF-8, UTF-8 with a
    handful of replaced bytes, then charset-normalizer's best guess.
    """
    if not data.strip():
        raise InputError(source, "empty document (no text)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "utf-16")
    if looks_binary(data):
        utf16 = utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        if data.startswith(b"\x1f\x8b"):
            raise InputError(
                source, "gzip-compressed data, not text (name it .gz or pass --format gzip)"
            )
        raise InputError(source, "binary file (NUL or control bytes), not text")
    if declared:
        try:
            return Decoded(data.decode(declared), declared.lower())
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common; fall through to detection
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8-sig", errors="replace")
    bad = replaced.count("\ufffd")
    if bad and bad <= max(3, len(data) * _MAX_BAD_UTF8_SHARE) and _has_utf8_multibyte(data):
        return Decoded(replaced, "utf-8", repaired=True)
    western = _as_western(data)
    if western is not None:
        return Decoded(western, "cp1252", repaired=True)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not str(best).strip():
        raise InputError(source, "not valid UTF-8 and no other text encoding fits")
    return Decoded(str(best), best.encoding, repaired=True)


def utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text saved without a byte order mark, told by where its NULs fall.

    Latin-script UTF-16 has a NUL in every other byte (the high byte of each
    ASCII letter): odd positions for little-endian, even ones for big-endian.
    """
    probe = data[: _BINARY_PROBE - _BINARY_PROBE % 2]
    half = len(probe) // 2
    if half < _MIN_UTF16_UNITS:
        return None
    even_nuls = probe[0::2].count(0)
    odd_nuls = probe[1::2].count(0)
    for encoding, nuls, other in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        if nuls >= 0.5 * half and other <= 0.01 * half:
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
            if "\x00" in text or looks_binary(text.encode("utf-8")):
                return None
            return Decoded(text, encoding)
    return None


# What non-ASCII Windows-1252 text in Western European news is made of: accented
# letters and typographic punctuation. Anything else suggests another code page.
_WESTERN = re.compile(
    r"[\x00-\x7f\u00a0-\u00ff\u2018-\u201e\u2013\u2014\u2026\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e]*"
)


def _as_western(data: bytes) -> str | None:
    """``data`` as Windows-1252 when it reads as Western European text, else None.

    charset-normalizer often picks a Central European page for short French or
    German text (à becomes ŕ); Windows-1252 is by far the most common legacy
    encoding of news text, so it is tried first and kept only when every
    character it yields is a plausible one.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not _WESTERN.fullmatch(text):
        return None
    # Cyrillic or Greek bytes also map to Latin-1 letters, but then nearly every
    # letter is accented; in Western languages few are.
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(not ch.isascii() for ch in letters)
    return text if letters and accented / len(letters) < 0.3 else None


def _has_utf8_multibyte(data: bytes) -> bool:
    """True when ``data`` holds at least one well-formed multi-byte UTF-8 sequence."""
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", data) is not None


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length, offsets kept).

    JSON may spell a half pair (``"\\ud83d"``); such a string cannot be written
    as UTF-8, so one would end the run at output time.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def repair_text(text: str) -> str:
    """Undo mojibake ("donâ€™t" -> "don’t") without touching quotes or widths."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)
