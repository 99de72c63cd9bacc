"""Coordinated countries before one plural role noun (``actors.agent.coordinated_countries``),
on sentences written for these tests: one group per country, each with its own evidence
span inside the phrase; a singular head with two nationalities is not split; switched
off, only the first country is left."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.evaluate.speakers import with_disabled

from .test_sentence_country import _agents

RULE = "actors.agent.coordinated_countries"


def _groups(analyzer, text: str) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """Mention text -> (country, sector) of each generic agent of the text."""
    return _agents(analyzer, text, date="2012-05-01")


def _countries(groups: dict[str, tuple[str | None, str | None]]) -> set[str | None]:
    return {country for country, _ in groups.values()}


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    return analyzer.derive(with_disabled(load_settings(), [RULE]))


SPLIT = [
    (
        "The Malian and Nigerien foreign ministers held talks in Bamako.",
        {"Malian and Nigerien foreign ministers": ("MLI", "GOV"), "Nigerien": ("NER", "GOV")},
    ),
    (
        "Danish and Swedish finance ministers disagreed over the fund.",
        {"Danish and Swedish finance ministers": ("DNK", "GOV"), "Swedish": ("SWE", "GOV")},
    ),
    (
        "Negotiations between Sudanese and South Sudanese negotiators stalled again.",
        {
            "Sudanese and South Sudanese negotiators": ("SDN", "GOV"),
            "South Sudanese": ("SSD", "GOV"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_each_coordinated_country_names_a_group(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    groups = _groups(analyzer, text)
    for mention, country_sector in expected.items():
        assert groups.get(mention) == country_sector, (mention, groups)


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_switched_off_only_the_first_country(without_rule, text, expected) -> None:  # type: ignore[no-untyped-def]
    # (NER may still tag a nationality word as a group of its own, with no sector)
    groups = _groups(without_rule, text)
    first, sector = next(iter(expected.values()))
    assert {c for c, s in groups.values() if s == sector} == {first}, groups


def test_three_countries_give_three_groups(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan, Ugandan and Tanzanian trade ministers signed the pact."
    assert {"KEN", "UGA", "TZA"} <= _countries(_groups(analyzer, text))


def test_the_event_takes_every_country(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Chilean and Peruvian foreign ministers met in Lima on Tuesday."
    analysis = analyzer.analyze(text, date="2012-05-01")
    countries = {a.id: a.country for a in analysis.actors}
    sources = {countries.get(s) for event in analysis.events for s in event.source}
    assert {"CHL", "PER"} <= sources, [(e.type, e.source) for e in analysis.events]


def test_a_two_word_conjunct_is_read_whole(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the events stage looks the conjunct up from its left edge: "South Sudanese" names
    # South Sudan; its head word alone lies inside the phrase-wide Sudan mention
    text = "Sudanese and South Sudanese negotiators accused Ethiopia of delaying the talks."
    analysis = analyzer.analyze(text, date="2012-05-01")
    countries = {a.id: a.country for a in analysis.actors}
    sources = {countries.get(s) for event in analysis.events for s in event.source}
    assert {"SDN", "SSD"} <= sources, [(e.type, e.source) for e in analysis.events]


@pytest.mark.parametrize(
    "text",
    [
        # a singular head: one thing of two countries, no conj in the parse
        "The Franco-German initiative was welcomed by the ministers.",
        # a person born in one country, of another
        "A German-born American diplomat criticised the plan.",
        # one country named twice is one group
        "Iranian and Iranian-backed ministers met again.",
    ],
)
def test_no_extra_group(analyzer, without_rule, text) -> None:  # type: ignore[no-untyped-def]
    assert _groups(analyzer, text) == _groups(without_rule, text)
