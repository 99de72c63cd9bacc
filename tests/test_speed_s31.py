"""Session 31 speed change: after its first analysed document the pipeline freezes what
loading made, so that the cyclic collector stops walking it (see pipeline._freeze_loaded_objects)."""

from __future__ import annotations

import gc

import pytest

from stancemap import pipeline as pipeline_module


@pytest.fixture
def unfrozen(monkeypatch):  # type: ignore[no-untyped-def]
    """A process as if no document had been analysed yet."""
    gc.unfreeze()
    monkeypatch.setattr(pipeline_module, "_FROZEN", [False])
    yield
    gc.freeze()  # leave the loaded objects as the pipeline leaves them


def test_first_analysis_freezes_the_loaded_objects(analyzer, unfrozen, monkeypatch):  # type: ignore[no-untyped-def]
    calls = []
    real_freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (calls.append(1), real_freeze()))
    assert gc.get_freeze_count() == 0
    analyzer.analyze("Putin said Russia did not attack Ukraine.")
    assert gc.get_freeze_count() > 100_000  # the parser, the knowledge base, the lexicons
    analyzer.analyze("Merkel said that Germany supports France.")
    assert len(calls) == 1  # once per process, not per document


def test_batch_analysis_freezes_too(analyzer, unfrozen):  # type: ignore[no-untyped-def]
    results = list(analyzer.pipe(["Obama met Putin in Paris.", "Smith criticised Jones."]))
    assert len(results) == 2
    assert gc.get_freeze_count() > 100_000


def test_freezing_changes_no_output(analyzer, unfrozen):  # type: ignore[no-untyped-def]
    text = "The United States imposed sanctions on Russia, and Moscow condemned the move."
    before = analyzer.analyze(text).model_dump()  # this call freezes
    after = analyzer.analyze(text).model_dump()  # this one runs frozen
    assert gc.get_freeze_count() > 0
    assert before == after
