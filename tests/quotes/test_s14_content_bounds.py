"""Content boundaries (session 14): ``quotes.content.finite_conjunct_out`` and
``quotes.content.stranded_conjunct`` (shipped off: no gain on PolNeAR check). Sentences
written for the test. (``quotes.link.addressee_title`` was removed in session 18: it
changed nothing on the rule census's 1083 documents.)
"""

from __future__ import annotations

import pytest

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


def test_a_slogan_promised_stays_a_quotation(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # the title-case words are the promise itself
    text = "The candidate promised “Lower Rents For Everyone” at the rally."
    assert any("Lower Rents For Everyone" in q.content.text for q in quotes_without(text))
