"""A definite office description the actor KB gives one person of the text (session 46,
engineer DS, issue 14), rule ``actors.coref.office_description``. Sentences written for these
tests; the people are public office holders of the shipped KB, whose dated roles decide."""

from __future__ import annotations

from typing import Any

from stancemap.actors.office_descriptions import title_words

from .rule_twins import actors_of, twin_fixtures, who

RULE = "actors.coref.office_description"
on, off = twin_fixtures(RULE)

FORMER = (
    "Hillary Clinton spoke in Ohio on Monday. The former secretary of state criticized the plan."
)


def test_a_former_office_names_the_one_person_who_held_it(on: Any, off: Any) -> None:
    assert (
        who(actors_of(on, FORMER, "2016-06-01"), "former secretary of state") == "Hillary Clinton"
    )
    assert who(actors_of(off, FORMER, "2016-06-01"), "former secretary of state") is None


def test_former_needs_a_term_ended_by_the_article_date(on: Any) -> None:
    # in 2011 she still held the office: "the former secretary" is someone else
    assert who(actors_of(on, FORMER, "2011-06-01"), "former secretary of state") is None


def test_a_place_word_of_the_title_names_its_holder(on: Any, off: Any) -> None:
    text = "George W. Bush spoke on Monday. Voters liked the former Texas governor."
    assert who(actors_of(on, text, "2016-06-01"), "former Texas governor") == "George W. Bush"
    assert who(actors_of(off, text, "2016-06-01"), "former Texas governor") != "George W. Bush"


def test_a_word_no_title_holds_names_no_one(on: Any) -> None:
    text = "George W. Bush spoke on Monday. Voters liked the former Ohio governor."
    assert who(actors_of(on, text, "2016-06-01"), "former Ohio governor") != "George W. Bush"


def test_two_people_of_the_office_name_no_one(on: Any) -> None:
    text = "Barack Obama met Joe Biden on Monday. The former senator said the plan failed."
    assert who(actors_of(on, text, "2016-06-01"), "former senator") is None


def test_the_clause_subject_is_not_its_own_description(on: Any) -> None:
    text = "Hillary Clinton spoke on Monday. Clinton praised the former secretary of state."
    assert who(actors_of(on, text, "2016-06-01"), "former secretary of state") is None


def test_a_title_gives_the_initials_of_its_capitalised_words() -> None:
    words = title_words("Director of the Federal Bureau of Investigation")
    assert {"director", "fbi", "investigation"} <= words
    assert "of" in words and "dfbi" in words
    # a lower-case word ends a run: no "fbi" where the title does not capitalise "bureau"
    assert "fbi" not in title_words("Director of the Federal bureau of Investigation")
