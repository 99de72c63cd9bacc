"""Session 34 (engineer MT): the drop threshold of the low types read by the event's mode
(rule ``events.reality.mode_thresholds``, ``data/events/reality_modes.json`` fitted on the
judged tune files by ``bench/events_reality_modes.py``), and a refusal made by a negated
adjective of readiness read as asserted (``events.mode.readiness_refusal_asserted``).
Sentences written for these tests."""

from __future__ import annotations

import argparse
import json

import pytest
from misread_helpers import StageRunner, one

from bench_modules import load_bench
from stancemap.datafiles import data_path
from stancemap.events import reality

RULE = "events.reality.mode_thresholds"
REFUSAL = "events.mode.readiness_refusal_asserted"
# one agreement told as done, one promised (future), both naming one side only
DONE = ("The two leaders agreed to meet again next month.", "agreed")
PROMISED = ("The two leaders will agree on a timetable next month.", "agree")


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.fixture(scope="module")
def refusals(analyzer):
    # events.mode.readiness_refusal_asserted is shipped off (session 34: on the blind s26
    # check two refusals judged not real became asserted): on here
    return StageRunner(analyzer, on=(REFUSAL,))


def test_the_shipped_mode_thresholds():
    loaded = json.loads(data_path("events/reality_modes.json").read_text("utf-8"))
    cells = reality.mode_thresholds()
    assert cells == loaded["thresholds"] and cells
    assert set(cells) <= {"asserted", "marked"}
    assert loaded["types"] == sorted(reality.type_thresholds())  # the low types it refines
    one_threshold = reality.model(loaded["fit"])["threshold"]
    assert loaded["base_threshold"] == one_threshold
    assert all(one_threshold < t < 0.5 for t in cells.values())
    assert "events_tune_s31.jsonl" in loaded["about"] and "check" not in loaded["about"]


def test_the_mode_groups():
    assert reality.mode_group(None) == "asserted"
    assert reality.mode_group("historical") == "asserted"
    for marked in ("future", "negated", "hypothetical"):
        assert reality.mode_group(marked) == "marked"


def test_the_threshold_by_type_and_mode(monkeypatch):
    monkeypatch.setattr(reality, "type_thresholds", lambda: {"AGREE": 0.2})
    monkeypatch.setattr(reality, "mode_thresholds", lambda: {"marked": 0.3})
    fitted = {"threshold": 0.14}
    # the rule on: the mode group's threshold for a listed type, the one threshold where
    # the group is not listed
    assert reality.threshold_of(fitted, "future", False, "AGREE", True, True) == 0.3
    assert reality.threshold_of(fitted, None, False, "AGREE", True, True) == 0.14
    # never for a type the type thresholds do not list
    assert reality.threshold_of(fitted, "future", False, "ACCUSE", True, True) == 0.14
    # the rule off: the type's threshold whatever the mode
    assert reality.threshold_of(fitted, "future", False, "AGREE", True, False) == 0.2
    assert reality.threshold_of(fitted, None, False, "AGREE", True, False) == 0.2
    # the type thresholds off (or the two-sided guard): nothing of either
    assert reality.threshold_of(fitted, "future", False, "AGREE", False, True) == 0.14


def test_a_promised_agreement_and_a_done_one_part_by_mode(runner, monkeypatch):
    done, promised = one(runner, *DONE), one(runner, *PROMISED)
    assert done.type == promised.type == "AGREE"
    assert done.mode is None and promised.mode == "future"
    assert not (done.source and done.target) and not (promised.source and promised.target)
    # every agreement under 0.999 by type; by mode only the marked ones
    monkeypatch.setattr(reality, "type_thresholds", lambda: {"AGREE": 0.999})
    monkeypatch.setattr(reality, "mode_thresholds", lambda: {"marked": 0.999})
    assert runner.on(*PROMISED) == []
    assert [e.type for e in runner.on(*DONE)] == ["AGREE"]  # the asserted group not listed
    # the rule off: the type's threshold drops both
    assert runner.on(*DONE, (RULE,)) == [] and runner.on(*PROMISED, (RULE,)) == []


def _item(reality_, verdict, mode=None, group="census", source=1, target=0, missed=()):
    return {
        "group": group,
        "file": "a",
        "type": "AGREE",
        "mode": mode,
        "reality": reality_,
        "verdict": verdict,
        "label": int(verdict != "no_event"),
        "source": source,
        "target": target,
        "missed": list(missed),
    }


def test_the_fit_gives_each_mode_group_its_threshold(monkeypatch):
    script = load_bench("events_reality_modes")
    monkeypatch.setattr(script, "low_types", lambda: {"AGREE": 0.2})
    # asserted: a right event at 0.17 among no-events; marked: no-events up to 0.29, a
    # right one at 0.31
    census = [_item(0.15 + 0.01 * n, "no_event") for n in range(6)] + [_item(0.17, "right")]
    census += [_item(0.15 + 0.02 * n, "no_event", "future") for n in range(8)]
    census += [_item(0.31, "right", "negated")]
    args = argparse.Namespace(sides=False, right_share=0.0, support=1)
    cells = script.fit_cells(census, 0.14, args)
    assert cells["asserted"] == 0.17  # under the right event
    assert cells["marked"] == 0.31  # every marked no-event, not the right one
    # a judged-missed core event read at a no-event's place is worth keeping too
    missed = _item(0.16, "no_event", "future", missed=["x:1"])
    assert script.fit_cells([*census, missed], 0.14, args)["marked"] == 0.16
    # a real gold event of the group caps it
    gold = [_item(0.165, None, "future", group="gold")]
    gold[0]["label"] = 1
    assert script.fit_cells(census + gold, 0.14, args)["marked"] == 0.16
    # too few events under a step: no step
    assert (
        script.fit_cells(census, 0.14, argparse.Namespace(**{**vars(args), "support": 9}))["marked"]
        == 0.14
    )
    # an event naming both sides is left to the one threshold (the shipped guard)
    both = _item(0.15, "right", "future", source=1, target=1)
    assert script.fit_cells([*census, both], 0.14, args)["marked"] == 0.31


@pytest.mark.parametrize(
    "text, word",
    [
        ("Paul Ryan said he is not ready to support Donald Trump.", "support"),
        ("The governor is not willing to endorse the senator.", "endorse"),
    ],
)
def test_a_refusal_by_negated_readiness_is_asserted(refusals, text, word):
    runner = refusals
    refusal = one(runner, text, word)
    assert refusal.type == "REJECT" and refusal.mode is None  # the refusal happened
    assert one(runner, text, word, (REFUSAL,)).mode == "negated"  # the negation read twice


def test_other_refusals_keep_their_mode(refusals):
    runner = refusals
    # a verb of refusal carries no negation: asserted with the rule on and off
    refused = one(runner, "Senator Warren refused to endorse Hillary Clinton.", "refused")
    assert refused.type == "REJECT" and refused.mode is None
    # a negated act made a refusal in the mode step is events.mode.refusal_is_asserted's
    # (shipped off): still negated
    text = "Germany will not recognize the new government."
    assert one(runner, text, "recognize").mode == "negated"
    # the act itself negated under the readiness: no refusal, the act negated
    kept = runner.on("Ryan is not ready to stop supporting Trump.", "support")
    assert all(e.type != "REJECT" for e in kept)
    # a refusal in a condition is no refusal that happened: hypothetical
    text = "If the governor is not ready to endorse the senator, the party will split."
    assert one(runner, text, "endorse", ("events.reality.drop",)).mode == "hypothetical"


def test_shipped_states(runner):
    # mode thresholds on; the readiness refusal off (session 34)
    text = "Paul Ryan said he is not ready to support Donald Trump."
    assert one(runner, text, "support").mode == "negated"
    from stancemap.config import Settings

    off = set(Settings().rules.disable)
    assert REFUSAL in off and RULE not in off
