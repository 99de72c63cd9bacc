"""Long documents: analysed in windows with exact offsets; a runaway document stops on budget."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancemap.budget import BudgetExceeded, document_budget
from stancemap.config import load_settings
from stancemap.ingest import make_document
from stancemap.pipeline import Failure
from stancemap.records import Analysis
from stancemap.windows import window_bounds

PARAGRAPHS = [
    '"We will not accept this border," the French president told reporters in Paris on Monday.',
    "The Kremlin rejected the plan and said Moscow would answer any new sanctions.",
    "Chancellor Olaf Scholz said Germany would keep talking to both sides, according to officials.",
    "Protesters marched through the capital while the foreign minister met his Polish counterpart.",
]


def _spans(analysis: Analysis):  # type: ignore[no-untyped-def]
    for quote in analysis.quotes + analysis.embedded_quotes:
        yield from (s for s in (quote.content, quote.cue, quote.source, quote.channel_span) if s)
    for event in analysis.events:
        yield from (s for s in (event.trigger, event.location, event.evidence) if s)
        yield from event.mentions
    for actor in analysis.actors:
        yield from actor.mentions
    for statement in analysis.statements:
        if statement.text is not None:
            yield statement.text


def assert_offsets_index_text(analysis: Analysis) -> None:
    for span in _spans(analysis):
        assert analysis.text[span.start : span.end] == span.text, span


@given(st.text(max_size=400), st.integers(min_value=1, max_value=60))
@settings(max_examples=50, deadline=None)
def test_windows_cover_the_text_exactly_and_stay_bounded(text: str, size: int) -> None:
    bounds = window_bounds(text, size)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= size for a, b in bounds)
    assert all(a < b for a, b in bounds) or text == ""


def test_windows_cut_at_paragraph_breaks() -> None:
    text = "\n\n".join(PARAGRAPHS * 3)
    for _start, b in window_bounds(text, 250)[:-1]:
        assert text[:b].endswith("\n\n")


@pytest.mark.slow
def test_windowed_analysis_matches_the_whole_one_with_exact_offsets(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(PARAGRAPHS * 4) + "\n"
    windowed = analyzer.derive(load_settings(None, {"ingest": {"window_chars": 1000}}))
    whole = analyzer.derive(load_settings(None, {"ingest": {"window_chars": 1_000_000}}))
    parts = windowed.analyze(text, doc_id="long")
    full = whole.analyze(text, doc_id="long")
    assert_offsets_index_text(parts)
    assert parts.document == full.document and parts.text == text
    # quotes never cross a paragraph here, so windows find the same ones
    assert [q.content.text for q in parts.quotes] == [q.content.text for q in full.quotes]
    assert {a.id for a in parts.actors} == {a.id for a in full.actors}
    ids = [q.id for q in parts.quotes + parts.embedded_quotes] + [e.id for e in parts.events]
    ids += [s.id for s in parts.statements]
    assert len(ids) == len(set(ids))  # renumbered across windows
    known = set(ids)
    for statement in parts.statements:
        assert set(statement.evidence) <= known
    for event in parts.events:
        assert event.reported_by is None or event.reported_by in known


def test_a_runaway_block_is_stopped_on_time() -> None:
    started = time.monotonic()
    with pytest.raises(BudgetExceeded, match="max_seconds"), document_budget(0.3, 0):
        while True:  # pure Python: only the timer can stop it
            pass
    assert time.monotonic() - started < 5


def test_a_block_that_eats_memory_is_stopped() -> None:
    hoard = []
    with pytest.raises(BudgetExceeded, match="max_memory_mb"), document_budget(0, 200):
        for _ in range(2000):  # up to 2 GB, 1 MB at a time
            hoard.append(bytearray(1 << 20))
            time.sleep(0.001)
    assert len(hoard) < 2000
    hoard.clear()


@pytest.mark.slow
def test_a_document_over_budget_fails_alone_and_the_batch_goes_on(analyzer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pipeline = analyzer.derive(load_settings(None, {"ingest": {"max_seconds": 0.5}}))
    real_quotes = pipeline.quotes

    def slow_quotes(doc, document, layer):  # type: ignore[no-untyped-def]
        while "forever" in document.text:
            time.sleep(0.05)
        return real_quotes(doc, document, layer)

    monkeypatch.setattr(pipeline, "quotes", slow_quotes)
    documents = [
        make_document("The minister said the talks would go on forever.", doc_id="slow"),
        make_document(PARAGRAPHS[1], doc_id="fine"),
    ]
    first, second = list(pipeline.pipe(documents))
    assert isinstance(first, Failure) and "max_seconds" in first.reason and first.stage == "quotes"
    assert isinstance(second, Analysis) and second.document.id == "fine"


QUOTE_MARKS = "\"'“”‘’«»„‟‹›「」『』〝〞＂"
WORDS = [
    "the", "minister", "said", "Putin", "told", "reporters", "France", "would", "not",
    "accept", "according", "to", "officials", ".", ",", "\n", "\n\n", " ",
]  # fmt: skip
texty = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(list(QUOTE_MARKS)),
        st.text(min_size=1, max_size=6),  # any Unicode, surrogates and controls included
    ),
    min_size=1,
    max_size=60,
).map(" ".join)


@pytest.mark.slow
@given(texty)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_with_any_quote_marks_is_analysed_with_exact_offsets(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    [result] = list(analyzer.pipe([make_document(text, doc_id="x")]))
    assert isinstance(result, Analysis), result  # no exception escaped a stage
    assert result.text == text
    assert_offsets_index_text(result)


@pytest.mark.slow
@given(texty)
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_in_small_windows_keeps_exact_offsets(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    windowed = analyzer.derive(load_settings(None, {"ingest": {"window_chars": 1000}}))
    [result] = list(windowed.pipe([make_document(text * 8, doc_id="x")]))
    assert isinstance(result, Analysis), result
    assert_offsets_index_text(result)
