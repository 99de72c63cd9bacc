"""A party's people named by a noun the agents lexicon does not read (session 42, engineer GR,
issue 14): "GOP insiders criticized X", "Democratic donors praised Y" - rule
``actors.agent.party_people``. Sentences written for these tests (the people are invented)."""

from __future__ import annotations

from typing import Any

from .rule_twins import actors_of, twin_fixtures, who

RULE = "actors.agent.party_people"

on, off = twin_fixtures(RULE)


def test_a_party_alias_before_a_plural_kind_of_person_is_the_party(on: Any, off: Any) -> None:
    text = "GOP insiders criticized Martin Kessler on Monday."
    assert who(actors_of(on, text), "GOP insiders") == "Republican Party"
    assert who(actors_of(off, text), "GOP insiders") is None


def test_a_party_adjective_before_a_plural_kind_of_person_is_the_party(on: Any, off: Any) -> None:
    text = "Democratic donors praised Anna Vitale after the debate."
    assert who(actors_of(on, text), "Democratic donors") == "Democratic Party"
    assert who(actors_of(off, text), "Democratic donors") is None


def test_a_word_of_its_own_beside_the_party_is_a_subset(on: Any) -> None:
    text = "Some GOP insiders criticized Martin Kessler. Many wealthy Democratic donors left."
    layer = actors_of(on, text)
    assert who(layer, "GOP insiders") is None
    assert who(layer, "Democratic donors") is None


def test_a_who_clause_names_some_of_them(on: Any) -> None:
    text = "Republican donors who met in Ohio criticized Martin Kessler."
    assert who(actors_of(on, text), "Republican donors") is None


def test_a_singular_group_noun_or_a_thing_is_not_read(on: Any) -> None:
    text = (
        "Martin Kessler spoke at the Republican convention. "
        "Republican policies hurt workers, Anna Vitale said."
    )
    layer = actors_of(on, text)
    assert who(layer, "Republican convention") is None
    assert who(layer, "Republican policies") is None


def test_a_word_that_names_no_party_is_not_read(on: Any) -> None:
    text = "Ohio insiders criticized Martin Kessler on Monday."
    layer = actors_of(on, text)
    assert who(layer, "Ohio insiders") is None


# ---------------------------------------------------------------- a body of the party's people

BODY = "actors.agent.party_body"

body_on, body_off = twin_fixtures(BODY)


def test_a_party_before_a_body_of_people_is_the_party(body_on: Any, body_off: Any) -> None:
    text = "The GOP establishment attacked Martin Kessler. The Democratic leadership praised him."
    layer = actors_of(body_on, text)
    assert who(layer, "GOP establishment") == "Republican Party"
    assert who(layer, "Democratic leadership") == "Democratic Party"
    assert who(actors_of(body_off, text), "Democratic leadership") is None


def test_a_meeting_of_the_party_is_no_body_of_it(body_on: Any) -> None:
    text = "Martin Kessler spoke at the Republican convention and the Democratic caucus."
    layer = actors_of(body_on, text)
    assert who(layer, "Republican convention") is None
    assert who(layer, "Democratic caucus") is None
