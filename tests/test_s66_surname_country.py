"""A bare surname links to a KB person only where the story's country allows it (session
66, engineer AK, issues 12 and 14). Sentences written for these tests.

``actors.link.surname_country_agrees`` (shipped off): a KB person named only by a bare
surname ("Mr Martin") stays linked only where the document names the person in full, the
person's country is one of the story's, or the person heads a major country the document
names; else it is the document's person of that surname, or a new person.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

RULE = "actors.link.surname_country_agrees"
AUSTRALIAN = (
    "The Australian government said on Tuesday that refugees would be sent to Nauru. "
    "Australian Prime Minister John Howard said Canberra would not back down. "
)
BRITISH = (
    "Tony Blair told the Labour conference in Brighton that Britain would stay the course. "
    "The British government in London attacked the Conservatives. "
)
YEARS_2001 = ("2001-01-01", "2001-12-31")
UK_YEARS = ("2004-01-01", "2005-12-31")


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[RULE]))


def _links(pipeline: Any, text: str, period: tuple[str, str]) -> dict[str, tuple[str, Any]]:
    """Each capitalised mention's text -> (its actor's id, country)."""
    result = pipeline.analyze(text, period=period)
    return {
        text[m.start : m.end]: (a.id, a.country)
        for a in result.actors
        for m in a.mentions
        if text[m.start : m.end][:1].isupper()
    }


def test_the_rule_ships_off() -> None:
    assert not rule_settings.switches().enabled(RULE)
    assert rule_settings.switches(enable=[RULE]).enabled(RULE)


MARTIN = (
    AUSTRALIAN + "Mr Martin, the Labor spokesman in Sydney, said Australia had broken its "
    "word. Mr Martin said the policy was cruel."
)


def test_an_irish_minister_is_not_an_australian_namesake(off: Any, on: Any) -> None:
    before = _links(off, MARTIN, YEARS_2001)
    assert before["Martin"] == ("person:micheal-martin", "IRL")
    after = _links(on, MARTIN, YEARS_2001)
    assert after["Martin"][0] != "person:micheal-martin"
    assert after["Martin"][0].startswith("new:person")
    assert after["John Howard"] == before["John Howard"]  # a full name is untouched


def test_a_british_story_unlinks_the_irish_namesake_too(on: Any) -> None:
    text = BRITISH + "Mr Martin said he would resign from the cabinet."
    assert _links(on, text, UK_YEARS)["Martin"][0].startswith("new:person")


def test_the_person_named_in_full_keeps_the_link(on: Any) -> None:
    text = (
        AUSTRALIAN + "Micheal Martin, the Irish minister, was in Canberra. Mr Martin said "
        "Dublin would help."
    )
    assert _links(on, text, YEARS_2001)["Martin"][0] == "person:micheal-martin"


def test_the_story_of_the_persons_country_keeps_the_link(on: Any) -> None:
    text = (
        "The Irish government in Dublin said Ireland would not join the scheme. Irish "
        "ministers met on Monday. Mr Martin said Ireland had been right."
    )
    assert _links(on, text, YEARS_2001)["Martin"][0] == "person:micheal-martin"


def test_a_major_country_head_named_by_surname_keeps_the_link(off: Any, on: Any) -> None:
    text = BRITISH + "Mr Bush said the United States stood with Britain."
    before = _links(off, text, UK_YEARS)["Bush"]
    assert before[1] == "USA"
    assert _links(on, text, UK_YEARS)["Bush"] == before


def test_a_story_naming_no_country_keeps_the_link(on: Any) -> None:
    text = "Mr Martin said the policy was cruel. He said it would fail."
    assert _links(on, text, YEARS_2001)["Martin"][0] == "person:micheal-martin"
