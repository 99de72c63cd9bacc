"""Quotes stop at the page's excluded stretches (``quotes/excluded.py``)."""

from __future__ import annotations

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.excluded import pieces
from stancemap.records import Excluded, Quote

_PAGE = (
    "Spain says budget talks failed\n\n"
    "MADRID (Reuters) - Spanish Foreign Minister Maria Lopez said on Monday that the "
    "budget talks with the northern regions had failed.\n\n"
    "She added that new talks were planned for next week in Seville.\n"
)


def _quotes(
    analyzer, text: str, stretches: list[Excluded] | None = None
) -> tuple[list[Quote], list[Excluded]]:  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t", strip_boilerplate=True)
    if stretches is not None:
        document.excluded = stretches
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    return analyzer.quotes(doc, document, layer), document.excluded


def _touches(span, stretches: list[Excluded]) -> bool:  # type: ignore[no-untyped-def]
    return span is not None and any(ex.start < span.end and span.start < ex.end for ex in stretches)


def test_pieces_are_the_parts_outside_every_stretch() -> None:
    text = "one two three four five six"
    stretches = [Excluded(start=4, end=8, reason="credit"), Excluded(start=14, end=19)]
    assert [text[s:e] for s, e in pieces(text, (0, len(text)), stretches)] == [
        "one",
        "three",
        "five six",
    ]
    assert pieces(text, (4, 8), stretches) == []


def test_a_dateline_is_never_in_a_source_or_a_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, stretches = _quotes(analyzer, _PAGE)
    dateline = next(ex for ex in stretches if ex.reason == "dateline")
    assert _PAGE[dateline.start : dateline.end].startswith("MADRID (Reuters)")
    (said,) = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    # the parse makes the dateline's place the subject and the minister its appositive
    assert said.source is not None and said.source.text.endswith("Maria Lopez")
    assert "MADRID" not in said.source.text
    assert said.content.text.startswith("that the budget talks")
    for q in quotes:
        for span in (q.content, q.source, q.cue, q.channel_span):
            assert not _touches(span, stretches), (q.content.text, span)


def test_a_content_is_cut_at_a_stretch_inside_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopez said that the budget talks had failed because the regions walked out."
    start = text.index("because")
    stretch = Excluded(start=start, end=len(text) - 1, reason="credit")
    quotes, _ = _quotes(analyzer, text, [stretch])
    (said,) = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert said.content.text == "that the budget talks had failed"
    assert said.source is not None and said.source.text == "Maria Lopez"
