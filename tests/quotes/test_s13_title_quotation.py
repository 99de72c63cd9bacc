"""A title in quote marks is no quotation (``quotes.link.title_not_quotation``, shipped
off: PolNeAR tune content F1 -0.0005, half/exact +0.0003/+0.0009, check 0).

"“A,” police Chief X said Monday on CNN's “New Day.” “B.”": the show's name was linked
to X's attribution as a second content, and "on “Meet the Press” that Y" made the title
the content of a verb in Y. Sentences written for the test.
"""

from __future__ import annotations

import pytest

RULE = "quotes.link.title_not_quotation"


@pytest.fixture(scope="module")
def contents(quotes_without):  # type: ignore[no-untyped-def]
    def run(text: str, on: bool) -> list[str]:
        found = (
            quotes_without(text, enable=(RULE,)) if on else quotes_without(text, disable=(RULE,))
        )
        return [q.content.text for q in found]

    return run


def test_a_show_name_is_not_content(contents) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will find who did this," Springfield police Chief Anna Morrow said Monday '
        'on CNN\'s "New Day." "Nobody is above the law."'
    )
    on = contents(text, True)
    assert "New Day" not in on
    assert "We will find who did this" in on and "Nobody is above the law" in on
    assert "New Day" in contents(text, False)  # the misread, as shipped


def test_a_title_after_a_preposition_is_not_a_quotation(contents) -> None:  # type: ignore[no-untyped-def]
    text = 'Morrow said on "Meet the Press" that the city would rebuild.'
    assert contents(text, True) == ["that the city would rebuild"]
    assert "Meet the Press" in contents(text, False)


def test_words_after_a_preposition_are_still_a_quotation(contents) -> None:  # type: ignore[no-untyped-def]
    text = 'Morrow spoke of "a city that will not be broken by anyone" at the rally.'
    assert any("will not be broken" in c for c in contents(text, True))
