"""Session 20 (engineer S, issue 14): "Spokesperson Y of X said": the 'of' phrase on the
name a spokes-noun titles names the principal Y speaks for
(``quotes.principal.of_after_name``). Sentences written for the test."""

from __future__ import annotations

RULE = "quotes.principal.of_after_name"

TEXT = (
    "Spokeswoman Marta Lindqvist of Sweden's foreign ministry said on Friday "
    "that the consulate in Gdansk would reopen."
)


def _said(quotes_without, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(text, disable) if q.cue is not None and q.cue.text == "said"]
    assert len(found) == 1
    return found[0]


def test_the_of_phrase_on_the_name_is_the_principal(quotes_without) -> None:  # type: ignore[no-untyped-def]
    q = _said(quotes_without, TEXT)
    assert q.speaker is not None and q.speaks_for is not None
    assert q.speaks_for != q.speaker


def test_with_the_rule_off_no_principal(quotes_without) -> None:  # type: ignore[no-untyped-def]
    assert _said(quotes_without, TEXT, (RULE,)).speaks_for is None  # the misread


def test_a_person_of_a_town_speaks_for_no_one(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # no spokes-noun titles the name: the 'of' phrase is no principal
    text = "Marta Lindqvist of Uppsala said on Friday that the consulate would reopen."
    assert _said(quotes_without, text).speaks_for is None
