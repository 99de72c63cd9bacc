"""What the project-written wire sets' tests share: the form every record must have,
and one pass of the analyzer over a set, scored by the PLOVER scorer."""

from __future__ import annotations

from stancemap.evaluate.plover import _gold_spans, _Tally, pick_event, score_record
from stancemap.ingest import make_document
from stancemap.pipeline import Failure
from stancemap.records import Analysis


def assert_well_formed(records: list[dict]) -> None:
    """Unique ids, an event and a text, and every marked word in the text."""
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["event"] and record["text"] and "(EVT: " in record["textInfo"]["markup"]
        for word in record["textInfo"]["markup"].replace("(EVT: ", "").replace(")", "").split():
            assert word in record["text"], (record["id"], word)


def score_set(analyzer, records: list[dict]) -> tuple[_Tally, list[Analysis | None]]:
    """The tally of the whole set, and each record's analysis (None where it failed)."""
    documents = [
        make_document(r["text"], doc_id=r["id"], date=r["date"], strip_boilerplate=False)
        for r in records
    ]
    tally = _Tally()
    analyses: list[Analysis | None] = []
    for record, result in zip(records, analyzer.pipe(documents), strict=True):
        analysis = None if isinstance(result, Failure) else result
        score_record(tally, record, analysis)
        analyses.append(analysis)
    return tally, analyses


MODALITIES = {"negated", "hypothetical", "future", "historical"}


def count_modality_right(records: list[dict], analyses: list[Analysis | None]) -> int:
    """How many records' picked event has the expected modality (None: plain)."""
    right = 0
    for record, analysis in zip(records, analyses, strict=True):
        event = pick_event(analysis.events if analysis else [], _gold_spans(record))
        if event is not None:
            modality = event.mode if event.mode in MODALITIES else None
            right += modality == record["modality"]
    return right
