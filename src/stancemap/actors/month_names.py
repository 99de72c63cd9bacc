"""A month read into a person's name: "In August Trump met with Espinoza" tagged as one
person "August Trump", a new actor nobody knows beside Trump himself.

The month is a date: a month's name (the calendar's, not a list of errors) first in a
person span, a preposition before it, the span no KB name, and the rest of the span
written again elsewhere in the document (the person the text is about). The span is
then read without the month (rule ``actors.names.month_before_name``).
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..rules import declare
from .spans import UNTAGGED

if TYPE_CHECKING:
    from .resolve import DocumentResolver

MONTH_BEFORE_NAME = declare(
    "actors.names.month_before_name",
    "'In August Trump met...' tagged as one person 'August Trump': a month's name first in "
    "a person span after a preposition, the span no KB name and its rest written again in "
    "the document, is a date; the rest is the name (session 41 AP)",
)
MONTHS = frozenset(name for name in calendar.month_name if name)


def name_after_month(resolver: DocumentResolver, ent: Span) -> Span | None:
    """The person span without its leading month, or None when the month is no date."""
    if ent.label_ not in ("PERSON", UNTAGGED) or len(ent) < 2 or ent[0].text not in MONTHS:
        return None
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].tag_ != "IN":
        return None
    if resolver.linker.lookup(ent.text):
        return None  # a KB name ("April Ryan" were she in it)
    rest = doc[ent.start + 1 : ent.end]
    text = resolver.document.text
    outside = text[: ent.start_char] + " " + text[ent.end_char :]
    if rest.text not in outside:
        return None  # the rest is written nowhere else: the month may be a given name
    return Span(doc, rest.start, rest.end, label=ent.label_)
