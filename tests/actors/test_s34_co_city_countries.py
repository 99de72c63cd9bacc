"""A city name of two countries read by the countries its text names (session 34 CO,
``actors.names.placed_by_countries_named``): "Tripoli" is Libya's capital and Lebanon's
port; a sentence, else a document, that names one of the two says which. Sentences
written for these tests; each case is also run with the rule off (it ships off: its gain
did not show on any gold or real-news set, docs/benchmarks.md session 34 CO)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import rule_settings

RULE = "actors.names.placed_by_countries_named"


@pytest.fixture(scope="module")
def country_of(analyzer: Any) -> Any:
    pipelines: dict[tuple[str, ...], Any] = {}

    def run(text: str, place: str, disable: tuple[str, ...] = ()) -> str | None:
        if disable not in pipelines:
            enable = () if RULE in disable else (RULE,)  # shipped off: switched on to test
            settings = rule_settings.with_rules(disable=disable, enable=enable)
            pipelines[disable] = analyzer.derive(settings)
        analysis = pipelines[disable].analyze(text, date="2024-05-01")
        at = re.search(rf"\b{re.escape(place)}\b", text)
        assert at is not None
        for actor in analysis.actors:
            if any(m.start == at.start() for m in actor.mentions):
                return actor.country
        return None

    return run


# (text, place, its country with the rule on, with it off)
CASES = [
    # the sentence names Lebanon by its demonym
    ("Lebanese officials said protesters marched in Tripoli on Sunday.", "Tripoli", "LBN", "LBY"),
    # the document (another sentence) names Lebanon, nothing names Libya
    (
        "Lebanon's army was deployed on Sunday. Gunmen fired on a convoy in Tripoli.",
        "Tripoli",
        "LBN",
        "LBY",
    ),
    # the sentence names Libya: the capital stands
    ("Protesters marched in Tripoli on Sunday, Libyan officials said.", "Tripoli", "LBY", "LBY"),
    # a city the gazetteer gives neither country (its two are close in size) is settled too
    ("Pakistani police arrested two men in Hyderabad on Sunday.", "Hyderabad", "PAK", "IND"),
]


@pytest.mark.parametrize(("text", "place", "on", "off"), CASES)
def test_the_named_country_settles_the_city(
    country_of: Any, text: str, place: str, on: str, off: str
) -> None:
    assert country_of(text, place) == on
    assert country_of(text, place, (RULE,)) == off


def test_both_countries_named_in_the_sentence_leave_the_reading(country_of: Any) -> None:
    text = "Lebanese and Libyan officials met in Tripoli on Sunday."
    assert country_of(text, "Tripoli") == "LBY"


def test_a_small_namesake_never_competes(country_of: Any) -> None:
    # Paris, Texas is a hundredth of Paris: an American story's Paris is still France's
    text = "Voters in Paris cheered on Sunday, American officials said."
    assert country_of(text, "Paris") == "FRA"
