"""Session 22 (S2, lead): "TEHRAN — Iran's foreign ministry said that Y" - the parser makes
the dateline the verb's first subject, but the dateline is no speaker: the page reader marks
an opening dateline excluded (also on a story with no headline, ``ingest.pages.dateline_opens_body``)
and quotes stop at excluded stretches. S2's own quotes-stage guard for the same shape
(``quotes.source.dateline_not_subject``) changed no quote on 702 relation-set items once the
page reader read these datelines, and was removed. Sentences written for the test; invented
people."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Pipeline

BODY = "TEHRAN — Iran's foreign ministry said on Monday that the arrival of the delegation was a positive step."
PLACE_TWICE = (
    "BUENOS AIRES — Argentine President Tomas Varela said on Friday that inflation was falling."
)


def _sources(text: str, words: str, off: tuple[str, ...] = ()) -> list[str | None]:
    settings = load_settings()
    rules = settings.rules.model_copy(update={"disable": [*settings.rules.disable, *off]})
    analysis = Pipeline(settings.model_copy(update={"rules": rules})).analyze(text)
    return [q.source.text if q.source else None for q in analysis.quotes if words in q.content.text]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (BODY, "the arrival of the delegation", "Iran's foreign ministry"),
        (PLACE_TWICE, "inflation was falling", "Argentine President Tomas Varela"),
    ],
)
def test_the_dateline_is_not_the_source(text, words, source) -> None:  # type: ignore[no-untyped-def]
    assert _sources(text, words) == [source]


def test_without_the_page_reader_s_dateline_the_place_speaks() -> None:
    off = ("ingest.pages.dateline_opens_body",)
    assert _sources(BODY, "the arrival of the delegation", off) == ["TEHRAN"]


def test_a_capitalised_body_without_a_dash_stays_the_subject() -> None:
    text = "NATO said on Monday that the alliance would send more jets."
    assert _sources(text, "the alliance would send") == ["NATO"]
