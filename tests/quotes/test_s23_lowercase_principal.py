"""Session 23 (engineer A): "ministry spokesman Nasser Kanaani" - the tagger makes the
lower-case "ministry" a proper noun; it is still the common noun naming the body the
spokesman speaks for (``quotes.speaker.lowercase_propn_principal``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.evaluate.speakers import with_disabled

RULE = "quotes.speaker.lowercase_propn_principal"
TEXT = (
    "Iran's foreign ministry said on Monday that the talks would continue. "
    '"We will not accept any preconditions," ministry spokesman Nasser Kanaani told reporters.'
)


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    return analyzer.derive(with_disabled(load_settings(), [RULE]))


def _spokesman_quote(pipeline):  # type: ignore[no-untyped-def]
    analysis = pipeline.analyze(TEXT, doc_id="t", date="2024-03-01")
    quote = next(q for q in analysis.quotes if "preconditions" in q.content.text)
    ministry = (
        analysis.actors[[a.id for a in analysis.actors].index(quote.speaks_for)]
        if quote.speaks_for
        else None
    )
    return quote, ministry


def test_the_spokesman_speaks_for_the_ministry(analyzer):
    quote, ministry = _spokesman_quote(analyzer)
    assert ministry is not None and ministry.country == "IRN", quote
    assert quote.speaker != quote.speaks_for


def test_without_the_rule_no_principal(without_rule):
    quote, _ = _spokesman_quote(without_rule)
    assert quote.speaks_for is None
