"""A party or legislature named by one word in a story of other countries (session 60,
engineer AK, issues 12 and 14: BBC News relations read against the wrong KB actor).
Sentences written for these tests.

``actors.names.foreign_body_word`` (shipped off): "Liberal Democrat" in a British story is
not the US Democratic Party, "the BNP" there is not Bangladesh's, "the Democrats" of an
Australian story are not America's; a US story's "Democrats" stay the KB's party.
"""

from __future__ import annotations

from typing import Any

import pytest

from .rule_twins import twin_fixtures

RULE = "actors.names.foreign_body_word"

BRITISH = (
    "Liberal Democrat leader Jane Ferrow attacked the budget on Tuesday. "
    "The Liberal Democrats say Gordon Brown has failed Britain."
)
BRITISH_ACRONYM = "The BNP handed out leaflets in Leeds, Tony Blair said."
AUSTRALIAN = "The Democrats will block the tax, Prime Minister John Howard said in Sydney."
# left alone: a story of the body's own country, a body named in full, another sector
AMERICAN = "Democrats in Congress attacked Donald Trump over the wall."
IN_FULL = "The US Democrats sent observers to London, Tony Blair said."
COMPANY = "Boeing lost an order to Airbus, Tony Blair said in London."

on, off = twin_fixtures(RULE)


def _linked(pipeline: Any, text: str, date: str) -> dict[str, tuple[str, str | None]]:
    """Each written mention -> (its actor's id, its actor's country)."""
    result = pipeline.analyze(text, date=date)
    return {m.text: (a.id, a.country) for a in result.actors for m in a.mentions}


def test_a_british_liberal_democrat_is_no_american_party(on: Any, off: Any) -> None:
    before = _linked(off, BRITISH, "2005-02-01")
    assert before["Democrats"][0] == "org:democratic-party-us"
    assert before["Jane Ferrow"][1] == "USA"  # the leader took the wrong party's country
    after = _linked(on, BRITISH, "2005-02-01")
    assert "org:democratic-party-us" not in {i for i, _ in after.values()}
    assert after["Liberal Democrats"][0].startswith("new:organization:")
    assert after["Jane Ferrow"][1] is None
    assert after["Gordon Brown"] == before["Gordon Brown"]


def test_an_acronym_of_a_foreign_party(on: Any, off: Any) -> None:
    assert _linked(off, BRITISH_ACRONYM, "2005-02-01")["BNP"][0] == "org:bnp"
    actor_id, country = _linked(on, BRITISH_ACRONYM, "2005-02-01")["BNP"]
    assert actor_id.startswith("new:organization:") and country is None


def test_australian_democrats(on: Any, off: Any) -> None:
    assert _linked(off, AUSTRALIAN, "2001-09-01")["Democrats"][0] == "org:democratic-party-us"
    after = _linked(on, AUSTRALIAN, "2001-09-01")
    assert after["Democrats"][0].startswith("new:organization:")
    assert after["John Howard"][0] == "leader:john-howard-aus"


@pytest.mark.parametrize(
    ("text", "date"),
    [(AMERICAN, "2016-05-01"), (IN_FULL, "2005-02-01"), (COMPANY, "2005-02-01")],
)
def test_other_stories_left_alone(on: Any, off: Any, text: str, date: str) -> None:
    on_result, off_result = on.analyze(text, date=date), off.analyze(text, date=date)
    assert [a.model_dump() for a in on_result.actors] == [a.model_dump() for a in off_result.actors]


def test_an_american_story_keeps_the_party(on: Any) -> None:
    assert _linked(on, AMERICAN, "2016-05-01")["Democrats"][0] == "org:democratic-party-us"
