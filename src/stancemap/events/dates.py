"""Resolve the date words of an event ("in January", "on Wednesday",
"September 29", "yesterday", "in 1980", "in the 1990s", "two decades ago") against
the document's date.

News reports past events, so a bare weekday or month means the most recent one
on or before the document date; an event in the future mode looks forward
instead. Month-only dates resolve to the first of the month, a bare year or decade to
its first day; a year or decade that contains the document date says nothing the
document date does not ("in 2009" in a 2009 report) and resolves to nothing. "N years
ago" counts back from the document date (units and number words:
``data/events/time_words.tsv``). Without a document date only dates that carry their
own year resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..datafiles import read_table
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
_DECADE = re.compile(r"\b(1[89]\d0|20\d0)'?s\b")  # "the 1990s", "the 1980's"


@lru_cache(maxsize=1)
def time_words() -> tuple[dict[str, int], dict[str, int]]:
    """Number words ("two" -> 2) and calendar units in months or days ("decade" -> 120
    months), from ``data/events/time_words.tsv``."""
    numbers: dict[str, int] = {}
    units: dict[str, int] = {}
    for row in read_table("events/time_words.tsv", required=("word", "kind", "value")):
        value = int(row["value"])
        if row["kind"] == "number":
            numbers[row["word"]] = value
        else:  # "months" or "days": a unit's length
            units[row["word"]] = value if row["kind"] == "months" else -value
    return numbers, units


def _months_back(reference: date, months: int) -> date:
    total = reference.year * 12 + reference.month - 1 - months
    year, month = divmod(total, 12)
    day = reference.day
    while _safe(year, month + 1, day) is None:  # 31 March minus one month: 28/29 February
        day -= 1
    return date(year, month + 1, day)


def _ago(words: list[str], reference: date | None) -> date | None:
    """ "two decades ago", "a year ago", "18 months ago": counted back from the reference."""
    if reference is None or "ago" not in words:
        return None
    numbers, units = time_words()
    at = words.index("ago")
    if at < 1 or words[at - 1] not in units:
        return None
    count = 1
    if at >= 2 and words[at - 2] in numbers:
        count = numbers[words[at - 2]]
    elif at >= 2 and words[at - 2].isdigit():
        count = int(words[at - 2])
    length = units[words[at - 1]]
    if length < 0:  # a unit in days
        return reference - timedelta(days=-length * count)
    return _months_back(reference, length * count)


def _period_start(first: date, years: int, reference: date | None) -> date | None:
    """The first day of a year or decade, or None when it contains the reference."""
    if reference is not None and first.year <= reference.year < first.year + years:
        return None
    return first


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


def resolve_date(
    expression: str, reference: date | None, *, forward: bool = False, last_year: bool = False
) -> date | None:
    """The calendar date an expression names, relative to ``reference``.

    ``forward`` (future events): bare weekdays and months look ahead, not back.
    ``last_year`` (rule ``events.mode.last_year_dated``): "last year" is the first day
    of the year before the reference, as a bare year is ("in 2015"), and "last week"
    seven days back; without it they resolve to nothing.
    """
    text = expression.lower()
    iso = _ISO.search(text)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    words = re.findall(r"[a-z]+|\d+", text)
    for word in words:
        if word in RELATIVE_DAYS and reference is not None:
            return reference + timedelta(days=RELATIVE_DAYS[word])
    counted = _ago(words, reference)
    if counted is not None:
        return counted
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
    decade = _DECADE.search(text)
    if decade is not None:
        return _period_start(date(int(decade.group(1)), 1, 1), 10, reference)
    if year is not None:  # "in 1980", "1980": a bare year
        return _period_start(date(year, 1, 1), 1, reference)
    if "last" in words and reference is not None:
        if "month" in words:
            first = reference.replace(day=1)
            return (first - timedelta(days=1)).replace(day=1)
        if "year" in words:
            return date(reference.year - 1, 1, 1) if last_year else None
        if "week" in words and last_year:
            return reference - timedelta(days=7)
    for word in words:
        if word in WEEKDAYS and reference is not None:
            delta = (reference.weekday() - WEEKDAYS[word]) % 7
            if forward:
                return reference + timedelta(days=(WEEKDAYS[word] - reference.weekday()) % 7)
            return reference - timedelta(days=delta)
    return None
