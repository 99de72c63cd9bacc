"""Quotation marks around nothing but spaces: no token to read, and no failure."""

from __future__ import annotations

from stancemap.ingest import make_document
from stancemap.records import Analysis


def test_marks_around_spaces_do_not_fail_the_quotes_stage(analyzer) -> None:  # type: ignore[no-untyped-def]
    # found by tests/robustness (hypothesis): '" " " ‹' repeated made an empty span
    text = '" " " ‹' * 8
    [result] = list(analyzer.pipe([make_document(text, doc_id="blank")]))
    assert isinstance(result, Analysis), result
    assert result.text == text
