"""The wire-style sanity set (tests/events/data/wire_sanity.jsonl) through the PLOVER scorer.

The set was written for stancemap as a proxy for unseen 2008-2014 wire text: every
sentence must get an event, and the types and countries must hold at the floors
below (measured 0.91 type, 0.98 source, 0.86 target when the set was written; the
floors leave room for a parse or two).
"""

from __future__ import annotations

from pathlib import Path

from wire_sets import assert_well_formed, score_set

from stancemap.evaluate.plover import read_records

WIRE = Path(__file__).parent / "data" / "wire_sanity.jsonl"


def test_the_set_is_long_enough_and_well_formed():
    records = read_records(WIRE)
    assert len(records) >= 40
    assert_well_formed(records)


def test_wire_sentences_get_their_events(analyzer):
    tally, _ = score_set(analyzer, read_records(WIRE))
    scores = tally.scores()
    assert scores["sentences_with_an_event"] >= 0.98, tally.misses
    assert scores["type_accuracy"] >= 0.85
    assert scores["source_country_accuracy"] >= 0.85
    assert scores["target_country_accuracy"] >= 0.75
    assert scores["predicted_per_gold"] <= 1.2
