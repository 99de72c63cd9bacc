"""Datelines: "ASTANA, Sept 22 (Reuters) -", "MOSCOW, September 23. /TASS/.", "NEW DELHI:".

A dateline opens the first paragraph of a wire story. It names where the
story was filed, often when and by which agency; it is not a speaker, so its
stretch is excluded and its parts go to the document's metadata. The shapes
are those of wire style guides, not of one site:

    PLACE[, REGION][, DATE] (AGENCY) -     most agencies
    PLACE, DATE. /AGENCY/.                 slash-agency style
    PLACE. AGENCY -                        "CITY. AGENCY -" style
    PLACE, DATE[,] -                       a date instead of an agency
    PLACE:  / PLACE -                      an all-caps place alone

A place alone must be written in capitals and must not be a label such as
"BREAKING" or "UPDATE" (``data/pages/labels.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...datafiles import word_list
from ..dates import MONTHS

_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
DATE = (
    rf"(?P<date>(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    rf"|{_DAY}\s+{_MONTH},?(?:\s+{_YEAR})?"
    rf"|{_YEAR}-[01]\d-[0-3]\d))"
)
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,3}}"
_TITLE_WORD = r"[A-Z][a-z'’\-]+\.?|[A-Z]\.?"
_TITLE_PLACE = rf"(?:{_TITLE_WORD})(?:[ \-/](?:{_TITLE_WORD}|[a-z]{{2,3}})){{0,3}}"
_PLACE = rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})"
_REGION = rf"(?:,\s*(?P<region>{_CAPS_PLACE}|{_TITLE_PLACE}))"
_DASH = r"\s*(?:--?|–|—)\s+"
_AGENCY = r"\((?P<agency>[^()\n]{1,40})\)"

_FORMS = [
    # PLACE[, REGION][, DATE] (AGENCY) -      and  (AGENCY) - alone
    re.compile(rf"(?:{_PLACE}{_REGION}?(?:,\s*{DATE})?\.?\s*)?{_AGENCY}(?:{_DASH}|:\s+)"),
    # PLACE, DATE. /AGENCY/.
    re.compile(rf"{_PLACE}{_REGION}?,\s*{DATE}\.?\s*/(?P<agency>[A-Za-z][\w .-]{{1,30}})/\.?\s+"),
    # PLACE. AGENCY -
    re.compile(
        rf"(?P<place>{_CAPS_PLACE})\.\s+(?P<agency>[A-Z][A-Z0-9]{{2,}}(?: [A-Z]{{2,}})?){_DASH}"
    ),
    # PLACE, DATE -
    re.compile(rf"{_PLACE}{_REGION}?,\s*{DATE},?{_DASH}"),
    # PLACE: / PLACE -   (capitals only)
    re.compile(rf"(?P<place>{_CAPS_PLACE})(?::\s+|{_DASH})(?=[A-Z\"“‘'])"),
]


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: its stretch of the line and what it says."""

    start: int  # offsets in the line (or text) it was found in
    end: int
    place: str | None
    region: str | None
    agency: str | None
    date_text: str | None

    def shifted(self, offset: int) -> Dateline:
        """The same dateline with offsets into a longer text."""
        return Dateline(
            self.start + offset,
            self.end + offset,
            self.place,
            self.region,
            self.agency,
            self.date_text,
        )


@cache
def _labels() -> frozenset[str]:
    return word_list("pages/labels.txt")


def parse_dateline(line: str) -> Dateline | None:
    """The dateline opening ``line`` (a stripped line), or None."""
    for form in _FORMS:
        match = form.match(line)
        if match is None:
            continue
        groups = match.groupdict()
        place = groups.get("place")
        if place and place.strip(" .").lower() in _labels():
            continue
        if not place and not groups.get("agency"):
            continue
        return Dateline(
            start=0,
            end=match.end(),
            place=place.strip(" .") if place else None,
            region=groups.get("region"),
            agency=(groups.get("agency") or "").strip(" /.") or None,
            date_text=groups.get("date"),
        )
    return None
