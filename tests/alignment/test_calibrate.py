"""Confidence calibration (evaluate/calibrate.py): fitting, reliability, applying."""

from __future__ import annotations

from pathlib import Path

from stancemap.evaluate.calibrate import (
    Calibrator,
    Item,
    calibrate_records,
    expected_error,
    fit,
    reliability,
    write_mapping,
)
from stancemap.records import Event, Quote, Span
from stancemap.rules import RuleSwitches


def _items() -> list[Item]:
    # raw 0.85 is right 9 times in 10; raw 0.60 right 1 time in 5
    return [Item("direct|0.85", 0.85, i < 9) for i in range(10)] + [
        Item("indirect|0.60", 0.60, i < 1) for i in range(5)
    ]


def test_fit_maps_each_key_to_its_shrunk_precision() -> None:
    table = fit(_items())
    assert table["default"] == round(10 / 15, 3)
    high, low = table["map"]["direct|0.85"], table["map"]["indirect|0.60"]
    assert 0.667 < high < 0.9  # pulled from 0.9 towards the overall precision
    assert 0.2 < low < 0.667
    assert table["counts"] == {"direct|0.85": 10, "indirect|0.60": 5}


def test_calibration_lowers_the_error_on_its_own_items() -> None:
    items = _items()
    table = fit(items)
    raw = expected_error(items, lambda i: i.raw)
    calibrated = expected_error(items, lambda i: table["map"][i.key])
    assert calibrated < raw
    rows = reliability(items, table)
    assert sum(r["n"] for r in rows) == len(items)


def test_the_mapping_file_round_trips_and_applies(tmp_path: Path) -> None:
    table = fit(_items())
    events = fit([Item("0.75", 0.75, True), Item("0.75", 0.75, False)])
    path = tmp_path / "calibration.toml"
    write_mapping(path, table, events)
    cal = Calibrator.load(path)
    span = Span(start=0, end=3, text="abc")
    q = Quote(id="q1", kind="direct", content=span, confidence=0.85)
    assert cal.quote(q).confidence == table["map"]["direct|0.85"]
    assert q.confidence == 0.85  # a copy, the stage's record is not edited
    unseen = q.model_copy(update={"confidence": 0.33})
    assert cal.quote(unseen).confidence == 0.33
    e = Event(id="e1", type="AID", trigger=span, confidence=0.75)
    assert cal.event(e).confidence == events["map"]["0.75"]


def test_switched_off_the_raw_confidences_stay() -> None:
    from stancemap.stances.confidence import APPLY, default_calibrator

    # a raw direct-quote confidence the shipped table maps to another value (session 64:
    # the raw 0.123 this test read is in no table, so it stayed with the rule on too)
    table = default_calibrator().quotes["map"]
    raw = next(
        float(key.split("|")[1])
        for key, value in table.items()
        if key.startswith("direct|") and float(value) != float(key.split("|")[1])
    )
    span = Span(start=0, end=3, text="abc")
    q = Quote(id="q1", kind="direct", content=span, confidence=raw)
    on, _ = calibrate_records([q], [], RuleSwitches.shipped(on=[APPLY]))
    off, _ = calibrate_records([q], [], RuleSwitches.shipped(off=[APPLY]))
    assert on[0].confidence != raw
    assert off[0].confidence == raw
