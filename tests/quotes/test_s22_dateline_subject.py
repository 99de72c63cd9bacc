"""Session 22 (S2): "TEHRAN — Iran's foreign ministry said that Y" - the parser makes the
dateline the verb's first subject (and the body a second one, or an apposition of the
dateline); the dateline gives way to the real subject (``quotes.source.dateline_not_subject``).
On the W17 tune part 9 of 11 quotes with a dateline source changed to the right speaker.
Sentences written for the test; invented people. On a story with no headline the ingest rule
``ingest.pages.dateline_opens_body`` (session 22 Q) already reads the dateline as one, so these
tests switch it off to show this rule alone."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Pipeline

RULE = "quotes.source.dateline_not_subject"
OPENS = "ingest.pages.dateline_opens_body"
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
    q = _quote(quotes_without, text, words, (OPENS,))
    assert q.source is not None and q.source.text == source, q


def _pipeline_sources(off: tuple[str, ...]) -> list[str | None]:
    settings = load_settings()
    rules = settings.rules.model_copy(update={"disable": [*settings.rules.disable, *off]})
    analysis = Pipeline(settings.model_copy(update={"rules": rules})).analyze(BODY)
    return [q.source.text if q.source else None for q in analysis.quotes]


def test_the_rule_alone_gives_the_body_the_quote() -> None:
    assert _pipeline_sources((OPENS,)) == ["Iran's foreign ministry"]
    assert _pipeline_sources((OPENS, RULE)) == ["TEHRAN"]


def test_without_the_rule_the_dateline_speaks() -> None:
    # the whole pipeline, so that the ingest rule is switched off too (the fixture parses the
    # document under the shipped settings)
    settings = load_settings()
    off = [*settings.rules.disable, RULE, OPENS]
    pipeline = Pipeline(
        settings.model_copy(update={"rules": settings.rules.model_copy(update={"disable": off})})
    )
    quotes = [
        q
        for q in pipeline.analyze(BODY).quotes
        if "the arrival of the delegation" in q.content.text
    ]
    assert len(quotes) == 1 and quotes[0].source is not None and quotes[0].source.text == "TEHRAN"


def test_a_capitalised_body_without_a_dash_stays_the_subject(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "NATO said on Monday that the alliance would send more jets."
    q = _quote(quotes_without, text, "the alliance would send")
    assert q.source is not None and q.source.text == "NATO", q
