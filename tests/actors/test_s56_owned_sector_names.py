"""A state body's lower-case noun NER took for a name, owned by "its"/"their" (session 56,
engineer AP, issue 12: "possessives ('its forces') not used for the country of the
source").

``actors.agent.owned_sector_entity`` (shipped off): "Pakistan said its navy seized ..." -
the tagger's ORG "navy" is the generic agent of the country "its" refers to, as "its army"
already is, where that country is safe: the clause's subject, or the one country named in
the pronoun's sentence and the one before in its paragraph. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import on_off_fixtures

RULE = "actors.agent.owned_sector_entity"

SUBJECT = "Pakistan said its navy seized an Indian fishing boat."
SUBJECT_2 = "Chile said its navy rescued the crew of a Peruvian trawler."
BEFORE = "Pakistan held naval drills on Monday. Its navy seized a fishing boat."
TWO_BEFORE = "Pakistan accused India of lying. Its navy seized a fishing boat."
PARAGRAPH = "Pakistan held naval drills on Monday.\nIts navy seized a fishing boat."
COMPANY = "Boeing said its board would meet on Friday."
UNOWNED = "The navy seized a fishing boat off the coast."

on, off = on_off_fixtures(RULE)


def _navy(pipeline: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, country, sector) of the actors with a mention reading 'navy'."""
    result = pipeline.analyze(text, date="2016-10-01")
    return [
        (a.name, a.country, a.sector)
        for a in result.actors
        if any(text[m.start : m.end].lower().endswith("navy") for m in a.mentions)
    ]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [(SUBJECT, "PAK", "Pakistan's navy"), (SUBJECT_2, "CHL", "Chile's navy")],
)
def test_the_subject_gives_its_navy_a_country(
    on: Any, off: Any, text: str, country: str, name: str
) -> None:
    assert all(c is None for _, c, _ in _navy(off, text))
    assert _navy(on, text) == [(name, country, "MIL")]


def test_the_event_source_has_the_country(on: Any) -> None:
    result = on.analyze(SUBJECT, date="2016-10-01")
    seized = [e for e in result.events if SUBJECT[e.trigger.start : e.trigger.end] == "seized"]
    assert seized and seized[0].source == ["agent:pak:mil"]


def test_the_one_country_of_the_sentence_before(on: Any, off: Any) -> None:
    if all(c is not None for _, c, _ in _navy(off, BEFORE)):
        pytest.skip("the parser reads 'navy' as no name here")
    assert _navy(on, BEFORE) == [("Pakistan's navy", "PAK", "MIL")]


@pytest.mark.parametrize("text", [TWO_BEFORE, PARAGRAPH])
def test_two_countries_or_a_paragraph_break_leave_it(on: Any, off: Any, text: str) -> None:
    """Two countries before the pronoun compete; a line break ends the window."""
    assert _navy(on, text) == _navy(off, text)
    assert all(c is None for _, c, _ in _navy(on, text))


@pytest.mark.parametrize("text", [COMPANY, UNOWNED])
def test_other_nouns_and_unowned_left_alone(on: Any, off: Any, text: str) -> None:
    assert [(a.name, a.country) for a in on.analyze(text, date="2016-10-01").actors] == [
        (a.name, a.country) for a in off.analyze(text, date="2016-10-01").actors
    ]


NAME_RULE = "actors.agent.owned_sector_name"
CAPITAL = "Turkey said its Foreign Ministry summoned the Dutch envoy."
PLACE_WORD = "The Philippines said its Coast Guard tracked Chinese vessels."

name_on, name_off = on_off_fixtures(NAME_RULE)


def _ministry(pipeline: Any, text: str, word: str) -> list[tuple[str | None, str | None]]:
    result = pipeline.analyze(text, date="2016-10-01")
    return [
        (a.country, a.sector)
        for a in result.actors
        if any(word in text[m.start : m.end] for m in a.mentions)
    ]


def test_a_capitalised_body_the_kb_lacks(name_on: Any, name_off: Any) -> None:
    assert _ministry(name_off, CAPITAL, "Ministry") == [(None, None)]
    assert _ministry(name_on, CAPITAL, "Ministry") == [("TUR", "GOV")]


def test_a_place_word_in_the_name_is_left(name_on: Any, name_off: Any) -> None:
    """'Coast' is also a region of Tanzania: no guess, the name as before."""
    assert _ministry(name_on, PLACE_WORD, "Guard") == _ministry(name_off, PLACE_WORD, "Guard")
