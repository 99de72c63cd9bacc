"""Session 22 (S): "X said in a statement that Y" - when the parser hangs the "that"
clause on the reporting noun under "in", the noun's quote takes the verb's subject as its
source (``quotes.source.noun_under_verb``); before, the quote had no source at all.
Sentences written for the test."""

from __future__ import annotations

RULE = "quotes.source.noun_under_verb"
TEXT = "Kenya's foreign ministry said in a statement that Uganda had violated the border."


def _content(quotes_without, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(TEXT, disable) if "Uganda had violated" in q.content.text]
    assert len(found) == 1
    return found[0]


def test_the_verbs_subject_is_the_source(quotes_without) -> None:  # type: ignore[no-untyped-def]
    q = _content(quotes_without)
    assert q.source is not None and q.source.text == "Kenya's foreign ministry", q
    assert q.speaker is not None


def test_without_the_rule_the_quote_has_no_source(quotes_without) -> None:  # type: ignore[no-untyped-def]
    q = _content(quotes_without, (RULE,))
    assert q.source is None and q.speaker is None, q
