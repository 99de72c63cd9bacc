"""Session 22 (S2): "TEHRAN — Iran's foreign ministry said that Y" - the parser makes the
dateline the verb's first subject (and the body a second one, or an apposition of the
dateline); the dateline gives way to the real subject (``quotes.source.dateline_not_subject``).
On the W17 tune part 9 of 11 quotes with a dateline source changed to the right speaker.
Sentences written for the test; invented people."""

from __future__ import annotations

import pytest

RULE = "quotes.source.dateline_not_subject"
BODY = "TEHRAN — Iran's foreign ministry said on Monday that the arrival of the delegation was a positive step."
PLACE_TWICE = (
    "BUENOS AIRES — Argentine President Tomas Varela said on Friday that inflation was falling."
)


def _quote(quotes_without, text: str, words: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(text, disable) if words in q.content.text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (BODY, "the arrival of the delegation", "Iran's foreign ministry"),
        (PLACE_TWICE, "inflation was falling", "Argentine President Tomas Varela"),
    ],
)
def test_the_dateline_is_not_the_source(quotes_without, text, words, source) -> None:  # type: ignore[no-untyped-def]
    q = _quote(quotes_without, text, words)
    assert q.source is not None and q.source.text == source, q


def test_without_the_rule_the_dateline_speaks(quotes_without) -> None:  # type: ignore[no-untyped-def]
    q = _quote(quotes_without, BODY, "the arrival of the delegation", (RULE,))
    assert q.source is not None and q.source.text == "TEHRAN", q


def test_a_capitalised_body_without_a_dash_stays_the_subject(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "NATO said on Monday that the alliance would send more jets."
    q = _quote(quotes_without, text, "the alliance would send")
    assert q.source is not None and q.source.text == "NATO", q
