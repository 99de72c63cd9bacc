"""A document with no date but a known period: the KB's dated roles read over the period
(session 62, engineer DT; issues 12 and 14).

The BBC News articles (2004-2005) and the Lee corpus stories (2001-2002) carry no date, so
the KB's dated roles never applied to them: session 61 (engineer RH) counted about 60
wrong role links in the 265 BBC politics tune articles - "the prime minister" read as
Gordon Brown (his 2007 role is the latest), nobody "Chancellor of the Exchequer", "the
chancellor" falling to the last government person named - and one nominal date fixed
almost all of them. A user with an undated corpus knows its period, not each article's
day; the corpus readers give theirs (``evaluate.bbc_corpus.PERIOD``,
``evaluate.lee_corpus.PERIOD``) and a caller may pass one (``Pipeline.analyze(period=)``,
the ``period`` of a mapping input, ``DocumentInfo.period``).

Rule ``actors.link.document_period``: where the document has no date and a period, the
actors stage reads it on the period's middle day (a person's role, sector and country
as of then), and an office is linked to its KB holder only where one person holds it
through the whole period (sampled every month from start to end); an office that changed
hands in the period stays unresolved, as an undated one does
(``actors.link.undated_office_no_holder``), unless the text names one who held it.
Rule ``actors.link.period_majority_holder`` (a variant, on alone or with the first): the
same, but such an office takes the holder of most of the period instead.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ..rules import RuleSwitches, declare

if TYPE_CHECKING:
    from ..ingest import Document

DOCUMENT_PERIOD = declare(
    "actors.link.document_period",
    "a document with no date but a known period (a corpus of 2004-2005): its actors are "
    "read on the period's middle day, and an office links to its KB holder only where one "
    "person holds it through the whole period (session 62 DT)",
)
PERIOD_MAJORITY = declare(
    "actors.link.period_majority_holder",
    "as actors.link.document_period (either rule reads the period), but an office that "
    "changed hands in the document's period takes the holder of most of it (sampled "
    "monthly) instead of none (session 62 DT)",
)

STEP_DAYS = 30  # the period is sampled about monthly: offices rarely change faster

T = TypeVar("T")


class PeriodDate(str):
    """The period's middle day as the ISO date every dated lookup reads, carrying the
    period (``start``, ``end``) for the office lookups that read it whole."""

    start: str
    end: str
    majority: bool

    def __new__(cls, start: str, end: str, majority: bool = False) -> PeriodDate:
        first, last = _dt.date.fromisoformat(start), _dt.date.fromisoformat(end)
        middle = first + (last - first) / 2
        made = super().__new__(cls, middle.isoformat())
        made.start, made.end, made.majority = start, end, majority
        return made

    def days(self) -> list[str]:
        """The sampled days of the period: its start, every ``STEP_DAYS``, its end."""
        first, last = _dt.date.fromisoformat(self.start), _dt.date.fromisoformat(self.end)
        out, day = [], first
        while day < last:
            out.append(day.isoformat())
            day += _dt.timedelta(days=STEP_DAYS)
        out.append(last.isoformat())
        return out


def document_date(document: Document, switches: RuleSwitches) -> str | None:
    """The date the actors stage reads a document on: its own, else (rule on) its
    period's ``PeriodDate``, else None."""
    if document.date is not None or document.period is None:
        return document.date
    majority = switches.enabled(PERIOD_MAJORITY)
    if not (majority or switches.enabled(DOCUMENT_PERIOD)):
        return None
    return PeriodDate(document.period.start, document.period.end, majority)


def over_period(
    date: PeriodDate, holder_on: Callable[[str], T | None], key: Callable[[T], str]
) -> T | None:
    """The holder ``holder_on`` gives on every sampled day of the period, where it is one
    and the same (by ``key``) each day; else, under ``PERIOD_MAJORITY``, the one it gives
    on most days (none where two tie or nobody holds it most days); else None."""
    found = [holder_on(day) for day in date.days()]
    keys = [key(f) if f is not None else None for f in found]
    if len(set(keys)) == 1:
        return found[0]
    if not date.majority:
        return None
    ranked = Counter(keys).most_common(2)
    best = ranked[0][0]
    if best is None or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return found[keys.index(best)]
