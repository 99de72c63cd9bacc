"""Publication dates in metadata: a JSON field, a CSV column, an RSS ``pubDate``,
HTML meta tags read by trafilatura, normalised to ``YYYY-MM-DD``.

Dates written in a page's text (dateline, credit line, "Published ...") are
read by ``ingest/pages``; which date a document gets is settled in
``document.page_fields``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# month names and abbreviations -> number; events/dates.py reads the same table
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_MDY = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DMY = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
    + _MONTH
    + r",?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _first_full_date(text: str) -> str | None:
    """The earliest full date written in ``text`` (ISO, "June 17, 2022", "17 June 2022")."""
    found: list[tuple[int, str]] = []
    for match in _ISO.finditer(text):
        value = _valid(int(match["year"]), int(match["m"]), int(match["d"]))
        if value:
            found.append((match.start(), value))
    for pattern in (_MDY, _DMY):
        for match in pattern.finditer(text):
            month = MONTHS[match["month"].lower().rstrip(".")]
            value = _valid(int(match["year"]), month, int(match["day"]))
            if value:
                found.append((match.start(), value))
    return min(found)[1] if found else None


def normalize_date(value: object) -> str | None:
    """A metadata value as ``YYYY-MM-DD``, or None when it is not a readable date.

    Accepts ISO dates and timestamps, RFC 2822 (RSS ``pubDate``), and written
    dates ("June 17, 2022", "17 June 2022"). Numeric "06/07/2022" is refused:
    day and month order cannot be told apart.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raw = str(value).strip()
    if not raw:
        return None
    iso = _ISO.match(raw)
    if iso:
        return _valid(int(iso["year"]), int(iso["m"]), int(iso["d"]))
    if given := given_date(raw):  # "20090106", "2009/01/06"
        return given
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _first_full_date(raw)


_COMPACT = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<sep>[/.]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)")
_STAMP = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)[T ][0-2]\d:[0-5]\d.*")


def given_date(raw: str) -> str | None:
    """A caller's date string as ``YYYY-MM-DD`` when it can mean one day only, else None.

    Stricter than ``normalize_date``: the whole string must be the date. Takes
    ISO dates and timestamps, the compact and slashed forms other event coders
    write ("20090106", "2009/01/06"), RFC 2822 and written dates ("June 17,
    2022", "17 June 2022"); never "06/07/2022", whose day and month order
    cannot be told apart.
    """
    raw = raw.strip()
    for pattern in (_ISO, _COMPACT, _STAMP):
        match = pattern.fullmatch(raw)
        if match:
            return _valid(int(match["year"]), int(match["m"]), int(match["d"]))
    for written in (_MDY, _DMY):
        match = written.fullmatch(raw)
        if match:
            month = MONTHS[match["month"].lower().rstrip(".")]
            return _valid(int(match["year"]), month, int(match["day"]))
    if re.fullmatch(r"[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4}.*", raw):
        try:
            return parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None
