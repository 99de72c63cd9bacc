"""The wire-style sanity set (tests/events/data/wire_sanity.jsonl) through the PLOVER scorer.

The set was written for stancemap as a proxy for unseen 2008-2014 wire text: every
sentence must get an event, and the types and countries must hold at the floors
below (measured 0.91 type, 0.98 source, 0.86 target when the set was written; the
floors leave room for a parse or two).
"""

from __future__ import annotations

from pathlib import Path

from stancemap.evaluate.plover import _Tally, read_records, score_record
from stancemap.ingest import make_document
from stancemap.pipeline import Failure

WIRE = Path(__file__).parent / "data" / "wire_sanity.jsonl"


def test_the_set_is_long_enough_and_well_formed():
    records = read_records(WIRE)
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["event"] and record["text"] and "(EVT: " in record["textInfo"]["markup"]
        for word in record["textInfo"]["markup"].replace("(EVT: ", "").replace(")", "").split():
            assert word in record["text"], (record["id"], word)


def test_wire_sentences_get_their_events(analyzer):
    records = read_records(WIRE)
    documents = [
        make_document(r["text"], doc_id=r["id"], date=r["date"], strip_boilerplate=False)
        for r in records
    ]
    tally = _Tally()
    for record, result in zip(records, analyzer.pipe(documents), strict=True):
        score_record(tally, record, None if isinstance(result, Failure) else result)
    scores = tally.scores()
    assert scores["sentences_with_an_event"] >= 0.98, tally.misses
    assert scores["type_accuracy"] >= 0.85
    assert scores["source_country_accuracy"] >= 0.85
    assert scores["target_country_accuracy"] >= 0.75
    assert scores["predicted_per_gold"] <= 1.2
