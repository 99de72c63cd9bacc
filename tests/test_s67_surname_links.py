"""A bare surname is the person the document names in full, and no KB person of a country
the document never names (session 67, engineer SN, issues 12 and 14). Sentences written
for these tests.

* ``actors.names.kb_surname_text_full_name`` (shipped off): "Martin attacks ... Tom Martin
  ... Mr Martin" - a one-word new person the document names in full is the text's person,
  not the hand-written KB bearer of the surname (Micheal Martin of Ireland);
* ``actors.link.surname_country_unnamed`` (shipped off): "Mr Martin" in a British story
  naming nothing Irish is not the Irish minister; a story naming something of Ireland, a
  story naming countries fewer than three times, and a major country's head keep the link.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

FULL = "actors.names.kb_surname_text_full_name"
UNNAMED = "actors.link.surname_country_unnamed"
YEARS_2001 = ("2001-01-01", "2001-12-31")
UK_YEARS = ("2004-01-01", "2005-12-31")
BRITISH = "Tony Blair told the Labour conference in Brighton that Britain would stay the course. "


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def full_on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[FULL]))


@pytest.fixture(scope="module")
def unnamed_on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[UNNAMED]))


def _links(pipeline: Any, text: str, period: tuple[str, str]) -> dict[str, list[Any]]:
    """Each capitalised mention's text -> the (actor id, country) of each such mention."""
    result = pipeline.analyze(text, period=period)
    found: dict[str, list[Any]] = {}
    for actor in result.actors:
        for m in actor.mentions:
            written = text[m.start : m.end]
            if written[:1].isupper():
                found.setdefault(written, []).append((actor.id, actor.country))
    return found


def test_both_rules_ship_off() -> None:
    for rule in (FULL, UNNAMED):
        assert not rule_settings.switches().enabled(rule)
        assert rule_settings.switches(enable=[rule]).enabled(rule)


HEADLINE = (
    "Martin attacks council plan\n\nLocal councillor Tom Martin has attacked the city council "
    "over its plan. Mr Martin said the plan would fail."
)


def test_a_headline_surname_named_in_full_later_is_the_texts_person(off: Any, full_on: Any) -> None:
    before = _links(off, HEADLINE, YEARS_2001)
    assert before["Tom Martin"] == [("person:micheal-martin", "IRL")]  # the KB's, full name and all
    after = _links(full_on, HEADLINE, YEARS_2001)
    ids = {a for pairs in after.values() for a, _ in pairs if a != "agent"}
    people = {after["Tom Martin"][0][0]} | {a for a, _ in after["Martin"]}
    assert len(people) == 1 and next(iter(people)).startswith("new:person")
    assert "person:micheal-martin" not in ids


def test_a_surname_no_one_names_in_full_keeps_the_kb_person(full_on: Any) -> None:
    text = BRITISH + "Mr Martin said he would resign from the cabinet."
    assert _links(full_on, text, UK_YEARS)["Martin"][0][0] == "person:micheal-martin"


def test_a_british_story_naming_nothing_irish_unlinks_the_irish_minister(
    off: Any, unnamed_on: Any
) -> None:
    text = BRITISH + "The Tories said Mr Martin would resign from the cabinet."
    assert _links(off, text, UK_YEARS)["Martin"] == [("person:micheal-martin", "IRL")]
    after = _links(unnamed_on, text, UK_YEARS)["Martin"]
    assert after[0][0].startswith("new:person") and after[0][1] != "IRL"


def test_a_story_naming_something_irish_keeps_the_link(unnamed_on: Any) -> None:
    text = BRITISH + "The Tories said Mr Martin would meet Irish ministers."
    assert _links(unnamed_on, text, UK_YEARS)["Martin"][0][0] == "person:micheal-martin"


def test_a_short_text_naming_few_countries_keeps_the_link(unnamed_on: Any) -> None:
    text = "Mr Martin said the policy was cruel. He said Labour would fail."
    assert _links(unnamed_on, text, UK_YEARS)["Martin"][0][0] == "person:micheal-martin"


def test_a_major_country_head_keeps_the_link(unnamed_on: Any) -> None:
    text = (
        BRITISH + "The Tories were wrong, Mr Blair said. Mr Bush said he would not change course."
    )
    assert _links(unnamed_on, text, UK_YEARS)["Bush"][0] == ("person:george-w-bush", "USA")
