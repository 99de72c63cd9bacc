"""Dates written on a page line: "September 22, 20234:17 PM", "23.09.2023", "Sat 23-09-2023".

A pasted page glues fields together ("20234:17 PM" is the year 2023 then a
time) and European sites write numeric dates day first with dots or dashes
("23.09.2023", "13-02-2024"); slashes ("06/07/2022") stay unread unless one
part cannot be a month. Which of a page's dates is its publication date is
decided in ``reading.py``; this module only reads them.
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# a year may be glued to a following time ("20234:17 PM")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?=\d{1,2}[:.]\d\d|[^\d]|$)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),
    re.compile(r"\b" + _DAY + r"\.?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.I),
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)[.-](?P<m>[01]?\d)[.-](?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?!\d)"),
)
_PARTIAL = (
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b", re.I),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH, re.I),
)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def dates_in(line: str) -> list[tuple[int, str]]:
    """Every full date in ``line`` as (position, ISO date), in order."""
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            groups = match.groupdict()
            year = int(groups["year"])
            if groups.get("a"):
                a, b = int(groups["a"]), int(groups["b"])
                if a > 12 >= b:
                    value = _valid(year, b, a)
                elif b > 12 >= a:
                    value = _valid(year, a, b)
                else:
                    value = None  # day and month cannot be told apart
            else:
                month = (
                    int(groups["m"])
                    if groups.get("m")
                    else MONTHS[groups["month"].lower().rstrip(".")]
                )
                value = _valid(year, month, int(groups["day"]))
            if value and not any(start <= match.start() < end for start, end, _ in _spans(found)):
                found.append((match.start(), value))
    return sorted(found)


def _spans(found: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    # dates found by two patterns at one place count once
    return [(pos, pos + 1, value) for pos, value in found]


def has_full_date(line: str) -> bool:
    """True when ``line`` writes a full date (day, month and year)."""
    return bool(dates_in(line))


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without a year ("Sept. 22", "23 September")."""
    for pattern in _PARTIAL:
        match = pattern.search(text)
        if match:
            day = int(match["day"])
            month = MONTHS[match["month"].lower().rstrip(".")]
            if 1 <= day <= 31:
                return month, day
    return None


def with_year_before(month: int, day: int, later: str) -> str | None:
    """The date (month, day) in the year that puts it on or before ``later`` (ISO)."""
    anchor = date.fromisoformat(later)
    for year in (anchor.year, anchor.year - 1):
        value = _valid(year, month, day)
        if value and value <= later:
            return value
    return None
