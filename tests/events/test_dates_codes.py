"""Date resolution and the CAMEO code families for intent, threat, refusal, demand."""

from __future__ import annotations

from datetime import date

import pytest

from stancemap.events.codes import demand_code, intent_code, refine_code, reject_code, threat_code
from stancemap.events.dates import resolve_date
from stancemap.events.ontology import load_ontology

FRIDAY = date(2022, 6, 17)


@pytest.mark.parametrize(
    ("words", "forward", "expected"),
    [
        ("in January", False, date(2022, 1, 1)),
        ("in December", False, date(2021, 12, 1)),  # not yet December: last year's
        ("in December", True, date(2022, 12, 1)),  # a future event: the coming one
        ("on Wednesday", False, date(2022, 6, 15)),
        ("on Wednesday", True, date(2022, 6, 22)),
        ("Friday", False, FRIDAY),
        ("today", False, FRIDAY),
        ("yesterday", False, date(2022, 6, 16)),
        ("September 29", False, date(2021, 9, 29)),
        ("June 5, 2019", False, date(2019, 6, 5)),
        ("5 March 2020", False, date(2020, 3, 5)),
        ("last month", False, date(2022, 5, 1)),
        ("2020-01-02", False, date(2020, 1, 2)),
        ("four months", False, None),
    ],
)
def test_resolve_date(words, forward, expected):
    assert resolve_date(words, FRIDAY, forward=forward) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("In 1980", date(1980, 1, 1)),  # a bare year: its first day
        ("2019", date(2019, 1, 1)),
        ("in 2022", None),  # the document's own year says nothing more than its date
        ("in the 1990s", date(1990, 1, 1)),
        ("the 1980's", date(1980, 1, 1)),
        ("the 2020s", None),  # contains the document date
        ("two decades ago", date(2002, 6, 17)),
        ("a year ago", date(2021, 6, 17)),
        ("18 months ago", date(2020, 12, 17)),
        ("three weeks ago", date(2022, 5, 27)),
        ("four months ago", date(2022, 2, 17)),
        ("two decades", None),  # a length, not a date ("for the first time in two decades")
        ("eight years", None),
    ],
)
def test_years_decades_and_counted_back_dates(words, expected):
    assert resolve_date(words, FRIDAY) == expected


def test_counting_back_a_month_keeps_to_the_calendar():
    assert resolve_date("a month ago", date(2022, 3, 31)) == date(2022, 2, 28)
    assert resolve_date("two decades ago", None) is None  # needs the document date
    assert resolve_date("in 1980", None) == date(1980, 1, 1)  # carries its own year


def test_without_a_document_date_only_full_dates_resolve():
    assert resolve_date("on Wednesday", None) is None
    assert resolve_date("in January", None) is None
    assert resolve_date("January 3, 2001", None) == date(2001, 1, 3)


def test_code_families():
    ontology = load_ontology()
    assert intent_code("072", ontology) == "0332"  # will send military aid
    assert intent_code("042", ontology) == "036"  # will visit
    assert intent_code("1723", ontology) == "1323"  # will impose a curfew: a threat
    assert intent_code("112", ontology) == "112"  # verbal conflict keeps its code
    assert threat_code("163") == "1312" and threat_code("190") == "138"
    assert reject_code("040") == "125" and reject_code("054") == "120"
    assert demand_code("087") == "1056" and demand_code("190") == "100"
    assert refine_code("070", {"food"}) == "073"
    assert refine_code("070", {"weapon"}) == "072"
    assert refine_code("070", set()) == "070"
    assert refine_code("190", {"weapon"}) == "190"
