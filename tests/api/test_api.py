"""The public library API: stancemap.analyze, Pipeline.analyze / pipe / parse / run."""

from __future__ import annotations

from typing import Any

import pytest

import stancemap
from stancemap import pipeline as pipeline_module
from stancemap.ingest import Document, make_document

from .conftest import PLAIN, SAID

pytestmark = pytest.mark.slow  # the session's spaCy pipeline


def test_package_exports_the_api() -> None:
    import stancemap.analyze  # the compatibility module must not take the function's name

    for name in ("Pipeline", "Failure", "Settings", "load_settings", "Analysis"):
        assert hasattr(stancemap, name), name
    assert issubclass(stancemap.InputError, stancemap.StancemapError)
    assert callable(stancemap.analyze) and stancemap.analyze.__module__ == "stancemap"
    from stancemap.analyze import Analyzer, Failure

    assert issubclass(Analyzer, stancemap.Pipeline) and Failure is stancemap.Failure


@pytest.mark.parametrize(
    ("text", "date", "problem"),
    [
        (b"Lee said no.", None, "bytes"),
        (None, None, "str"),
        ("Lee said no.", "2026-02-30", "not a date"),
        ("Lee said no.", "14/03/2026", "not a date"),
        ("Lee said no.", 20260314, "string"),
    ],
)
def test_analyze_refuses_bad_input_before_any_stage(
    monkeypatch: pytest.MonkeyPatch, text: Any, date: Any, problem: str
) -> None:
    def no_pipeline(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a stage was built for bad input")

    monkeypatch.setattr(pipeline_module, "_default", None)
    monkeypatch.setattr(pipeline_module, "Pipeline", no_pipeline)
    with pytest.raises(stancemap.InputError, match=problem):
        stancemap.analyze(text, date=date)


def test_pipeline_analyze_refuses_bad_date_before_the_stages(
    pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any) -> None:
        raise AssertionError("the actors stage ran")

    monkeypatch.setattr(pipeline, "actors", boom)
    with pytest.raises(stancemap.InputError, match="2026-02-30"):
        pipeline.analyze(SAID, date="2026-02-30")


def test_analyze_returns_the_speaker_and_the_date(
    pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline_module, "_default", pipeline)
    analysis = stancemap.analyze(SAID, date="2024-11-14", doc_id="said", title="Budget")
    assert analysis.document.date == "2024-11-14" and analysis.document.id == "said"
    assert analysis.document.title == "Budget"
    (quote,) = [q for q in analysis.quotes if "budget" in q.content.text]
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert "Morgan" in speaker.name
    assert analysis.text[quote.content.start : quote.content.end] == quote.content.text


def test_one_bad_date_in_a_batch_is_one_failure(pipeline: Any) -> None:
    inputs: list[Any] = [
        {"text": SAID, "id": "a", "date": "2024-11-14"},
        {"text": PLAIN, "id": "b", "date": "2026-02-30"},
        Document(id="c", text=PLAIN, date="14/03/2026"),
        b"bytes are not a text",
        make_document(SAID, doc_id="d", date="2024-11-15"),
    ]
    results = list(pipeline.pipe(inputs, batch_size=2))
    assert [type(r).__name__ for r in results] == [
        "Analysis",
        "Failure",
        "Failure",
        "Failure",
        "Analysis",
    ]
    assert results[0].document.id == "a" and results[4].document.id == "d"
    assert results[1].source == "b" and "2026-02-30" in results[1].reason
    assert results[2].source == "c" and results[2].stage == "input"
    assert results[3].source == "document 4" and "bytes" in results[3].reason


def test_dates_other_coders_write_are_read_as_one_day(pipeline: Any) -> None:
    # PETRARCH-style records carry "20090106"; a whole batch of them must not fail
    inputs: list[Any] = [
        {"text": PLAIN, "id": "a", "date": "20090106"},
        Document(id="b", text=PLAIN, date="2009/01/07"),
        make_document(PLAIN, doc_id="c", date="January 8, 2009"),
        {"text": PLAIN, "id": "d", "date": "06/01/2009"},  # day/month order unknown
    ]
    results = list(pipeline.pipe(inputs))
    assert [getattr(r, "document", None) and r.document.date for r in results[:3]] == [
        "2009-01-06",
        "2009-01-07",
        "2009-01-08",
    ]
    assert type(results[3]).__name__ == "Failure" and "06/01/2009" in results[3].reason


def test_building_the_analysis_is_inside_the_guard(pipeline: Any) -> None:
    class BadInfo(Document):
        def info(self):  # type: ignore[no-untyped-def]
            raise ValueError("cannot describe this document")

    bad = BadInfo(id="bad", text=PLAIN)
    results = list(pipeline.pipe([PLAIN, bad, SAID]))
    assert isinstance(results[0], stancemap.Analysis)
    assert isinstance(results[2], stancemap.Analysis)
    failure = results[1]
    assert isinstance(failure, stancemap.Failure)
    assert failure.stage == "record" and failure.doc_id == "bad"
    assert "cannot describe this document" in (failure.traceback or "")


def _explode(*args: Any) -> None:
    raise RuntimeError("quotes blew up")


def test_a_failing_stage_keeps_its_traceback(
    pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "quotes", _explode)
    with pytest.raises(stancemap.StageError) as caught:
        pipeline.analyze(SAID, doc_id="x")
    error = caught.value
    assert error.stage == "quotes" and error.doc_id == "x"
    assert isinstance(error.__cause__, RuntimeError)
    assert "_explode" in error.traceback and "quotes blew up" in error.traceback
    (failure,) = pipeline.pipe([SAID])
    assert failure.stage == "quotes" and "_explode" in failure.traceback


def test_pipe_keeps_input_order_across_batches(pipeline: Any) -> None:
    texts = [f"Item {n}. {PLAIN}" for n in range(5)]
    results = list(pipeline.pipe(({"text": t, "id": f"d{n}"} for n, t in enumerate(texts)), 2))
    assert [r.document.id for r in results] == [f"d{n}" for n in range(5)]
    with pytest.raises(ValueError, match="batch_size"):
        list(pipeline.pipe(texts, batch_size=0))


def test_parse_once_then_run_without_parsing_again(
    pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = pipeline.parse([make_document(SAID, doc_id="p")])

    def no_parse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(pipeline_module, "parse_documents", no_parse)
    (full,) = pipeline.run(parsed)
    (quotes_only,) = pipeline.run(parsed, stages=("actors", "quotes"))
    assert full.quotes == quotes_only.quotes
    assert quotes_only.events == [] and quotes_only.statements == []


def test_unknown_stage_is_refused(pipeline: Any) -> None:
    with pytest.raises(ValueError, match="unknown stages"):
        pipeline.derive(stages=("actors", "qoutes"))
