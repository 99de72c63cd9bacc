"""Content boundaries (session 14). Sentences written for the test.
(``quotes.content.finite_conjunct_out`` and ``quotes.content.stranded_conjunct``, shipped
off with no gain on PolNeAR check, were removed in session 21; ``quotes.link.addressee_title`` was removed in session 18: it
changed nothing on the rule census's 1083 documents.)
"""

from __future__ import annotations


def test_a_slogan_promised_stays_a_quotation(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # the title-case words are the promise itself
    text = "The candidate promised “Lower Rents For Everyone” at the rally."
    assert any("Lower Rents For Everyone" in q.content.text for q in quotes_without(text))
