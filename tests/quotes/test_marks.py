"""Quotation marks in every common typography, pairing and recovery."""

from __future__ import annotations

import pytest

from stancemap.nlp.quote_marks import find_quoted


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will win the vote” today.", ["we will win the vote"]),
        ('He said "we will win the vote" today.', ["we will win the vote"]),
        ("Er sagte „wir schaffen das“ heute.", ["wir schaffen das"]),
        ("Il a dit «nous partirons demain» hier.", ["nous partirons demain"]),
        ("Il a dit ‹nous partirons› hier.", ["nous partirons"]),
        ("He said ‘we will win’ today.", ["we will win"]),
        ("He said 'we will win' today.", ["we will win"]),
        ("''We will win,'' he said.", ["We will win,"]),
        ("``We will win'' he said.", ["We will win"]),
    ],
)
def test_each_typography_gives_the_inner_text(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_offsets_index_the_text_and_marks_lie_outside_inner() -> None:
    text = "Ann said: “Taxes will rise.” Bob left."
    (q,) = find_quoted(text)
    assert text[q.start] == "“" and text[q.end - 1] == "”"
    assert text[q.inner_start : q.inner_end] == "Taxes will rise."
    assert q.closed


def test_apostrophes_are_not_quotes() -> None:
    text = "The senator’s plan and the voters' choice don't change Putin's war."
    assert find_quoted(text) == []


def test_a_split_quotation_gives_two_pieces() -> None:
    text = "“We will not give in,” the minister said, “not now and not later.”"
    assert inner(text) == ["We will not give in,", "not now and not later."]


def test_a_quote_running_over_paragraphs_is_one_stretch() -> None:
    text = "“First paragraph of the speech.\n\n“Second paragraph ends here.”\n\nThen news."
    (q,) = find_quoted(text)
    assert q.closed
    assert text[q.inner_start : q.inner_end].endswith("Second paragraph ends here.")
    assert q.inner_start == 1


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "She said “the plan is dead and buried\n\nThe next paragraph is news."
    (q,) = find_quoted(text)
    assert not q.closed
    assert text[q.inner_start : q.inner_end] == "the plan is dead and buried"


def test_a_nested_quote_stays_inside_its_outer_quote() -> None:
    text = "He said “they call it ‘a special operation’ but it is war” loudly."
    assert inner(text) == ["they call it ‘a special operation’ but it is war"]
