"""Resolve the date words of an event ("in January", "on Wednesday",
"September 29", "yesterday") against the document's date.

News reports past events, so a bare weekday or month means the most recent one
on or before the document date; an event in the future mode looks forward
instead. Month-only dates resolve to the first of the month. Without a document
date only dates that carry their own year resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..ingest.dates import MONTHS

WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


def parse_iso(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` string as a date, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_date(expression: str, reference: date | None, *, forward: bool = False) -> date | None:
    """The calendar date an expression names, relative to ``reference``.

    ``forward`` (future events): bare weekdays and months look ahead, not back.
    """
    text = expression.lower()
    iso = _ISO.search(text)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    words = re.findall(r"[a-z]+", text)
    for word in words:
        if word in RELATIVE_DAYS and reference is not None:
            return reference + timedelta(days=RELATIVE_DAYS[word])
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is not None:
        rest = _YEAR.sub(" ", text)
        day_match = _DAY.search(rest)
        day = int(day_match.group(1)) if day_match else 1
        if year is None:
            if reference is None:
                return None
            year = reference.year
            candidate = _safe(year, month, day)
            if candidate is None:
                return None
            if not forward and candidate > reference:
                year -= 1
            elif forward and candidate < reference:
                year += 1
        return _safe(year, month, day)
    if "last" in words and reference is not None:
        if "month" in words:
            first = reference.replace(day=1)
            return (first - timedelta(days=1)).replace(day=1)
        if "year" in words:
            return None
    for word in words:
        if word in WEEKDAYS and reference is not None:
            delta = (reference.weekday() - WEEKDAYS[word]) % 7
            if forward:
                return reference + timedelta(days=(WEEKDAYS[word] - reference.weekday()) % 7)
            return reference - timedelta(days=delta)
    return None
