"""Evidence spans are cut at excluded stretches (a dateline is nobody's evidence)."""

from __future__ import annotations

from stancemap.ingest.document import Document
from stancemap.records import Excluded

TEXT = "MOSCOW (Agency) - Russia recognised the two republics on Monday.\nShare this article"


def _doc(*stretches: tuple[int, int]) -> Document:
    return Document(
        id="d",
        text=TEXT,
        excluded=[Excluded(start=s, end=e, reason="dateline") for s, e in stretches],
    )


def test_a_dateline_opening_the_span_is_cut_off() -> None:
    head = TEXT.index("Russia")
    doc = _doc((0, head - 1))
    start, end = doc.clear_of_excluded(0, TEXT.index("\n"))
    assert TEXT[start:end] == "Russia recognised the two republics on Monday."


def test_a_chrome_tail_is_cut_off_and_a_clean_span_is_kept() -> None:
    tail = TEXT.index("Share")
    doc = _doc((tail, len(TEXT)))
    start, end = doc.clear_of_excluded(TEXT.index("Russia"), len(TEXT))
    assert TEXT[start:end] == "Russia recognised the two republics on Monday."
    assert doc.clear_of_excluded(0, 6) == (0, 6)
