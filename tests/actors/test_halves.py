""" "The North" / "the South" of a divided country, read from what the text names."""

from __future__ import annotations

import pytest

import rule_settings


def _countries(layer, document) -> dict[str, str | None]:
    return {
        document.text[m.start : m.end]: layer.actors[m.actor_id].country for m in layer.mentions
    }


@pytest.mark.parametrize(
    ("text", "date", "word", "country"),
    [
        (
            "South Korean officials fear the North could attack the islands.",
            "2010-11-25",
            "North",
            "PRK",
        ),
        ("North Korea says the South provoked it.", "2010-11-25", "South", "KOR"),
        ("Sudan accused the South of supporting rebels.", "2012-03-01", "South", "SSD"),
    ],
)
def test_a_half_named_after_its_country(layer_of, text, date, word, country) -> None:
    layer, document = layer_of(text, date=date)
    assert _countries(layer, document).get(word) == country


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The South voted for the senator, said Obama.", "2012-03-01"),  # no divided country
        ("Sudan accused the South of supporting rebels.", "2005-03-01"),  # before 2011: a region
        ("Seoul and Khartoum met; the North was absent.", "2012-03-01"),  # two pairs named
        ("North Korea fired into the South China Sea.", "2012-03-01"),  # a compound name
    ],
)
def test_no_half_without_one_divided_country(layer_of, text, date) -> None:
    layer, document = layer_of(text, date=date)
    found = _countries(layer, document)
    assert "South" not in found and "North" not in found


def test_switched_off_the_north_is_nobody(analyzer) -> None:
    from stancemap.actors.halves import DIVIDED_HALF
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = "South Korean officials fear the North could attack the islands."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2010-11-25")
    off = rule_settings.switches([DIVIDED_HALF])
    layer = DocumentResolver(analyzer.actors.linker, doc, document, off).run()
    assert "North" not in {text[m.start : m.end] for m in layer.mentions}
