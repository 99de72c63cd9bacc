"""Dates: metadata values normalised; a dateline read from the top of the text."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from stancemap.ingest.dates import date_from_text, normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-06-17", "2022-06-17"),
        ("2022-06-17T23:10:00+02:00", "2022-06-17"),
        ("Fri, 17 Jun 2022 10:00:00 GMT", "2022-06-17"),
        ("June 17, 2022", "2022-06-17"),
        ("17 June 2022", "2022-06-17"),
        ("Sept. 3, 2021", "2021-09-03"),
        (datetime(2020, 1, 2, 3, 4), "2020-01-02"),
        (date(2019, 12, 31), "2019-12-31"),
    ],
)
def test_metadata_dates_are_normalised(value: object, expected: str) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    "value", [None, "", "06/07/2022", "2022-13-01", "February 30, 2022", "soon"]
)
def test_unreadable_or_ambiguous_dates_give_none(value: object) -> None:
    assert normalize_date(value) is None


def test_dateline_near_the_top_is_found() -> None:
    text = "Parliament backs budget\nBy A. Writer | March 4, 2023\n\nThe vote passed."
    assert date_from_text(text) == "2023-03-04"


def test_published_marker_further_down_is_found() -> None:
    text = "Headline\n\n" + "Body sentence. " * 60 + "\nPublished: 5 May 2021\n"
    assert date_from_text(text) == "2021-05-05"


def test_dates_inside_the_story_are_not_taken_for_the_publication_date() -> None:
    text = "Headline\n\n" + "Body sentence. " * 60 + "The war began on February 24, 2022."
    assert date_from_text(text) is None
