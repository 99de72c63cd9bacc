"""Dates: metadata values normalised; the page's own date read by ``page_fields``.

(``ingest/dates.date_from_text``, an older reader of dates in the text, had no
caller left once ``ingest/pages`` read the page; it is gone and these cases
now go through the page reader that every input uses.)
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from stancemap.ingest.dates import normalize_date
from stancemap.ingest.document import page_fields


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-06-17", "2022-06-17"),
        ("2022-06-17T23:10:00+02:00", "2022-06-17"),
        ("Fri, 17 Jun 2022 10:00:00 GMT", "2022-06-17"),
        ("June 17, 2022", "2022-06-17"),
        ("17 June 2022", "2022-06-17"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("20090106", "2009-01-06"),  # PETRARCH-style records
        ("2009/01/06", "2009-01-06"),
        (datetime(2020, 1, 2, 3, 4), "2020-01-02"),
        (date(2019, 12, 31), "2019-12-31"),
    ],
)
def test_metadata_dates_are_normalised(value: object, expected: str) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [None, "", "06/07/2022", "2022-13-01", "February 30, 2022", "soon", "20221301", "2009/01"],
)
def test_unreadable_or_ambiguous_dates_give_none(value: object) -> None:
    assert normalize_date(value) is None


BODY = (
    "The parliament passed the budget on Tuesday after a long debate, and the opposition "
    "said it would appeal to the constitutional court.\n\n"
    "The vote was close, with the ruling party relying on two independents who had earlier "
    "said they would abstain.\n"
)


def test_a_dated_byline_under_the_headline_gives_the_date() -> None:
    text = "Parliament backs budget\nBy A. Writer | March 4, 2023\n\n" + BODY
    fields = page_fields(text)
    assert (fields.date, fields.date_source) == ("2023-03-04", "page")


def test_a_published_line_after_the_story_gives_the_date() -> None:
    text = "Parliament backs budget\n\n" + BODY + "\nPublished: 5 May 2021\n"
    fields = page_fields(text)
    assert (fields.date, fields.date_source) == ("2021-05-05", "page")


def test_dates_inside_the_story_are_not_taken_for_the_publication_date() -> None:
    # (a short dated sentence alone on the page's last line can be read as a sign-off
    # credit: see docs/benchmarks.md, pages session 4; here the date is in a paragraph)
    text = (
        "Parliament backs budget\n\n"
        + BODY
        + "\nDefence spending has risen every year since the war began on February 24, 2022, "
        "and the opposition said the budget did too little for schools.\n"
    )
    assert page_fields(text).date is None
    assert page_fields(text, default_date="2024-01-01").date_source == "default"
