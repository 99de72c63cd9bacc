"""Session 41 (engineer RF): the learned event reality refitted on the current tree and on
every judged real-news tune census file, s31 tune added (rule ``events.reality.refit_s41``,
shipped off: the session-28 fit stays), and the reliability table of a confidence against
the judges' verdicts (``bench/confidence_reliability.py``). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner
from refit_checks import (
    check_the_refit_changes_the_probability,
    check_the_refit_drops_under_its_own_threshold,
)

from bench_modules import load_bench
from stancemap.events import reality

REFIT41 = "+events.reality.refit_s41"  # shipped off: switched on where a test reads its fit
CONFIDENCE = "+events.reality.confidence"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_the_refit_file_reads_every_tune_census_file_and_no_check_file():
    fitted = reality.model("s41")
    about = fitted["about"]
    for name in ("s24", "s27", "s28", "s29", "s31"):
        assert f"events_tune_{name}.jsonl" in about
    assert "check" not in about
    assert fitted["census_items"] > reality.model("s29")["census_items"]
    assert fitted["feature_set"] == reality.model("s28")["feature_set"] == "s27+poll"
    assert fitted["groups"] == ["poll"] and reality.fit_groups("s41") == {"poll"}
    assert 0.0 < fitted["threshold"] <= fitted["ceiling"] == 0.14


def test_the_rules_choose_the_refit():
    assert reality.fit_of(True, True, False, True) == reality.fit_of(False, False, True, True)
    assert reality.fit_of(True, True, True, True) == "s41"
    assert reality.fit_of(True, True, True, False) == "s29"
    assert reality.fit_of(True, True) == "s28"  # as shipped


def test_the_refit_changes_the_probability(runner):
    check_the_refit_changes_the_probability(runner, REFIT41)


def test_the_refit_drops_under_its_own_threshold(runner, monkeypatch):
    check_the_refit_drops_under_its_own_threshold(runner, monkeypatch, "s41", REFIT41)


def test_the_fitting_script_reads_s31_and_no_check_file():
    fit = load_bench("events_reality_fit")
    names = [p.name for p in fit.CENSUS]
    assert "events_tune_s31.jsonl" in names
    assert not any("check" in n for n in names)


def test_reliability_bins_and_table():
    rel = load_bench("confidence_reliability")
    assert rel.bin_of(None) == "none"
    assert rel.bin_of(0.05) == "0.0-0.2"
    assert rel.bin_of(0.45) == "0.4-0.5"
    assert rel.bin_of(0.95) == rel.bin_of(1.0) == "0.9-1.0"
    rows = [(0.95, "right"), (0.92, "no_event"), (0.3, "wrong"), (0.35, "no_relation")]
    table = rel.table(rows)
    assert table["0.9-1.0"] == {
        "items": 2, "right": 1, "wrong": 0, "not_real": 1, "precision": 0.5
    }  # fmt: skip
    assert table["0.2-0.4"]["wrong"] == 1 and table["0.2-0.4"]["not_real"] == 1
    assert table["0.2-0.4"]["precision"] == 0.0


def test_reliability_matches_a_judged_reading_at_its_place_and_type():
    rel = load_bench("confidence_reliability")
    judged = [
        {"article": "a", "start": 0, "end": 5, "read_as": "ACCUSE", "verdict": "right"},
        {"article": "a", "start": 10, "end": 15, "read_as": "AID", "verdict": "no_event"},
        {"article": "a", "start": 20, "end": 25, "read_as": "AID", "missed": True},
    ]
    now = [
        {"article": "a", "start": 0, "end": 5, "read_as": "ACCUSE", "shipped": 0.9},
        {"article": "a", "start": 10, "end": 15, "read_as": "REQUEST", "shipped": 0.4},
    ]
    rows = rel.matched(judged, now, ("shipped",))
    assert rows == [{"verdict": "right", "shipped": 0.9}]  # retyped and missed left out


def test_reliability_auc_ranks_right_over_the_rest():
    rel = load_bench("confidence_reliability")
    rows = [(0.9, "right"), (0.8, "wrong"), (0.2, "no_event"), (0.9, "no_event")]
    assert rel.auc(rows) == round((1 + 1 + 0.5) / 3, 3)  # right over wrong, no, tie
    assert rel.auc(rows, real=True) == round((1 + 0.5 + 1 + 0) / 4, 3)
    assert rel.auc([(None, "right"), (0.2, "wrong")]) is None  # no right with a value
    assert rel.auc([(None, "wrong"), (0.9, "right"), (0.2, "wrong")]) == 1.0
    assert rel.auc([(0.5, "right")]) is None


RECORDED_OFF = "events.reality.recorded"


def test_the_learned_reality_is_recorded_beside_the_coded_confidence(runner):
    text = "The senator said troops attacked the village."
    recorded = runner.on(text, "attacked", ())  # shipped: events.reality.recorded on
    bare = runner.on(text, "attacked", (RECORDED_OFF,))
    learned = runner.on(text, "attacked", (CONFIDENCE,))
    assert recorded and bare and learned
    assert bare[0].reality is None
    assert recorded[0].reality is not None and recorded[0].reality == learned[0].reality
    # the confidence stays the coded, calibrated one; nothing else moves
    assert recorded[0].confidence == bare[0].confidence != recorded[0].reality
    assert recorded[0].coded_confidence is None
    assert recorded[0].model_dump(exclude={"reality"}) == bare[0].model_dump(exclude={"reality"})


def test_the_calibrator_maps_a_confidence_the_reality_does_not_replace():
    from stancemap.records import Event, Span
    from stancemap.stances.confidence import Calibrator

    calibrator = Calibrator({"events": {"map": {"0.60": 0.41}}})
    span = Span(start=0, end=5, text="fired")
    base = {"id": "e1", "type": "ASSAULT", "trigger": span, "source": [], "target": []}
    beside = Event(**base, confidence=0.6, reality=0.9)  # events.reality.recorded
    instead = Event(**base, confidence=0.9, reality=0.9, coded_confidence=0.6)
    assert calibrator.event(beside).confidence == 0.41
    assert calibrator.event(instead).confidence == 0.9  # events.reality.confidence: stays
