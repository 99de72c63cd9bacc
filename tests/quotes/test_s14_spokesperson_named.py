"""A spokesperson named as one outside any source speaks for that principal
(``quotes.speaker.spokesperson_named_before``).

"Y is the spokeswoman of X. She said ..." and "X appointed Y as its spokesman. Y
said ..." gave the quote no ``speaks_for``: only a spokes-noun in the quote's own
source named a principal. Sentences written for the test.
"""

from __future__ import annotations

RULE = "quotes.speaker.spokesperson_named_before"


def _said(quotes_without, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(text, disable) if q.cue is not None and q.cue.text == "said"]
    assert len(found) == 1
    return found[0]


def test_a_copula_names_the_spokeswoman(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Holm is the spokeswoman of the Swedish foreign ministry. "
        "She said on Friday that the consulate in Gdansk would reopen."
    )
    q = _said(quotes_without, text)
    assert q.speaker is not None and q.speaks_for is not None
    assert q.speaks_for != q.speaker
    assert _said(quotes_without, text, (RULE,)).speaks_for is None  # the misread


def test_an_appointing_body_is_the_principal(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry appointed Lena Holm as its spokeswoman in March. "
        "Holm said on Friday that the consulate in Gdansk would reopen."
    )
    q = _said(quotes_without, text)
    assert q.speaker is not None and q.speaks_for is not None
    assert q.speaks_for != q.speaker
    assert _said(quotes_without, text, (RULE,)).speaks_for is None


def test_a_person_named_for_no_one_speaks_for_herself(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Holm is a teacher at a school in Malmo. "
        "She said on Friday that the consulate in Gdansk would reopen."
    )
    assert _said(quotes_without, text).speaks_for is None


DESCRIBED = "quotes.speaker.principal_described"


def test_the_body_described_is_the_principal(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry recalled its envoy to Minsk on Thursday. "
        "The ministry's spokeswoman, Lena Holm, said that the consulate would reopen."
    )
    q = _said(quotes_without, text)
    assert q.speaker is not None and q.speaks_for is not None and q.speaks_for != q.speaker
    assert _said(quotes_without, text, (DESCRIBED,)).speaks_for is None  # the misread


def test_an_unnamed_spokeswoman_of_the_body_described(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry recalled its envoy to Minsk on Thursday. "
        "A spokeswoman for the ministry said that the consulate would reopen."
    )
    body = _said(quotes_without, text).speaker
    assert body is not None and body.startswith("agent:swe")
    assert _said(quotes_without, text, (DESCRIBED,)).speaker is None


def test_a_copula_naming_the_body_described(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry recalled its envoy to Minsk on Thursday. "
        "Lena Holm is the ministry's spokeswoman. "
        "She said on Friday that the consulate would reopen."
    )
    q = _said(quotes_without, text)
    assert q.speaks_for is not None and q.speaks_for.startswith("agent:swe")
    assert _said(quotes_without, text, (DESCRIBED,)).speaks_for is None
