"""Content boundaries (session 14): ``quotes.link.addressee_title`` (on),
``quotes.content.finite_conjunct_out`` and ``quotes.content.stranded_conjunct``
(shipped off: no gain on PolNeAR check). Sentences written for the test.
"""

from __future__ import annotations

import pytest

TITLE = "quotes.link.addressee_title"
FINITE = "quotes.content.finite_conjunct_out"
STRANDED = "quotes.content.stranded_conjunct"


@pytest.fixture(scope="module")
def contents(quotes_without):  # type: ignore[no-untyped-def]
    def run(text: str, rule: str, on: bool) -> list[str]:
        found = (
            quotes_without(text, enable=(rule,)) if on else quotes_without(text, disable=(rule,))
        )
        return [q.content.text for q in found]

    return run


def test_a_show_told_is_not_a_quotation(contents) -> None:  # type: ignore[no-untyped-def]
    text = "The senator told “Face the Nation” that the tariffs would hurt farmers."
    assert contents(text, TITLE, True) == ["that the tariffs would hurt farmers"]
    assert "Face the Nation" in " ".join(contents(text, TITLE, False))  # the misread


def test_a_title_told_before_a_date_leaves_the_that_clause(contents) -> None:  # type: ignore[no-untyped-def]
    text = "Okafor told “Meet the Press” on Sunday that the tariffs would hurt farmers."
    assert contents(text, TITLE, True) == ["that the tariffs would hurt farmers"]
    assert contents(text, TITLE, False) != ["that the tariffs would hurt farmers"]


def test_words_told_in_marks_stay_a_quotation(contents) -> None:  # type: ignore[no-untyped-def]
    # not title case: someone's words after "told"
    text = "The senator told reporters: “the tariffs will hurt our farmers badly.”"
    assert any("tariffs will hurt" in c for c in contents(text, TITLE, True))


def test_a_past_verb_after_a_modal_complement_is_no_content(contents) -> None:  # type: ignore[no-untyped-def]
    text = "The governor said she would attend the summit and left the hall before noon."
    assert "she would attend the summit" in contents(text, FINITE, True)
    assert not any("left the hall" in c for c in contents(text, FINITE, True))
    assert any("left the hall" in c for c in contents(text, FINITE, False))


def test_a_bare_verb_conjunct_stays_content(contents) -> None:  # type: ignore[no-untyped-def]
    text = "The governor said she would attend the summit and meet the premier."
    assert any("meet the premier" in c for c in contents(text, FINITE, True))


def test_a_noun_conjunct_hung_on_the_governing_verb(contents) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor started off by stressing the cost of the bridge, and a need to cut fares."
    assert any("a need to cut fares" in c for c in contents(text, STRANDED, True))
    assert not any("a need to cut fares" in c for c in contents(text, STRANDED, False))


def test_a_slogan_promised_stays_a_quotation(contents) -> None:  # type: ignore[no-untyped-def]
    # nothing told after it: the title-case words are the promise itself
    text = "The candidate promised “Lower Rents For Everyone” at the rally."
    assert any("Lower Rents For Everyone" in c for c in contents(text, TITLE, True))
