"""A ruling body listed as an office holder is no person (session 52, lead).

Leader lists name a body where a person would stand ("Military Junta"); imported as
persons, their words became KB surnames, and a capitalised "Government" in news written
the British or Australian way was read as a person. Sentences and names written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.actors.collective_holders import head_noun, is_collective_holder, ruling_body_nouns
from stancemap.actors.kb import KbActor, load_kb


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Junta of National Salvation", "junta"),
        ("Supreme Steering Council", "council"),
        ("Civic-Military Committee", "committee"),
        ("Transitional Council: Jane Roe", "council"),
        ("Henry Cabot Lodge", "lodge"),
    ],
)
def test_head_noun(name: str, head: str) -> None:
    assert head_noun(name) == head


@pytest.mark.parametrize(
    ("name", "kind", "collective"),
    [
        ("Revolutionary Steering Council", "person", True),
        ("Junta of National Salvation", "person", True),
        ("Provisional Government", "person", True),
        ("Henry Cabot Lodge", "person", False),  # a lodge is a club, not a ruling body
        ("Wan Gang", "person", False),  # a gang is no administrative unit
        ("Jose Dos Santos", "person", False),  # "DOS" is an acronym in WordNet: not listed
        ("Supreme Steering Council", "organization", False),  # already typed a body
    ],
)
def test_collective_holder(name: str, kind: str, collective: bool) -> None:
    assert is_collective_holder(KbActor(id="x", name=name, type=kind)) is collective


def test_the_list_holds_bodies_not_acronyms() -> None:
    nouns = ruling_body_nouns()
    assert {"council", "junta", "government", "presidium", "committee"} <= nouns
    assert not nouns & {"dos", "doe", "dia", "gang", "lodge"}


def test_no_shipped_person_is_a_ruling_body() -> None:
    kb = load_kb()
    assert not [a.name for a in kb.actors.values() if is_collective_holder(a)]
    for word in ("government", "junta", "council"):
        assert not kb.surnames.get(word), word


def _persons(analysis: Any) -> set[str]:
    return {a.name for a in analysis.actors if a.type == "person"}


def test_capitalised_government_is_no_person(analyzer: Any) -> None:
    text = (
        "Senator Okafor says the Government will not change the tax. "
        "The Australian Government has rejected the plan, Okafor told reporters."
    )
    analysis = analyzer.analyze(text, date=None)
    persons = _persons(analysis)
    assert not any("Government" in name for name in persons), persons
    bodies = {a.name: a.country for a in analysis.actors if a.type != "person"}
    assert bodies.get("Australian Government") == "AUS", bodies
