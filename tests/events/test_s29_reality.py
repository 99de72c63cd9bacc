"""Session 29 (engineer RF): the learned event reality refitted on the current tree and on
every judged real-news tune census file, session 29's 12 articles added (rule
``events.reality.refit_s29``; off: the session-28 fit, ``data/events/reality_s28.json``),
and two mode-aware treatments of events marked hypothetical, negated or future (the gold
sets count most of them as events, the judges of real news few): ``events.reality.marked_kept``
keeps them under the drop threshold with their mode and their learned reality as their
confidence; ``events.reality.marked_threshold`` gives them the fit's own threshold
(``threshold_marked``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from bench_modules import load_bench
from stancemap.events import reality

REFIT29 = "+events.reality.refit_s29"  # proposed off: switched on where a test reads its fit
CONFIDENCE = "+events.reality.confidence"
KEPT = "+events.reality.marked_kept"
BY_MODE = "+events.reality.marked_threshold"
# "would" marks the recommendation hypothetical; an act with no party: under the threshold
IFFY = ("The senator would recommend policies that help farmers.", "recommend")


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_the_shipped_fit():
    fitted = reality.model("s29")
    assert fitted["version"] != reality.model("s28")["version"]
    assert fitted["census_items"] > reality.model("s28")["census_items"] + 150
    assert "events_tune_s29.jsonl" in fitted["about"]
    assert "events_tune_s29.jsonl" not in reality.model("s28")["about"]
    assert fitted["threshold"] == 0.14  # the ceiling kept (session 28, lead)
    assert fitted["threshold"] <= fitted["threshold_marked"] < 0.5
    assert fitted["groups"] == ["poll"] and reality.fit_groups("s29") == {"poll"}


def test_the_rules_choose_the_fit():
    assert reality.fit_of(True, True, True) == reality.fit_of(False, False, True) == "s29"
    assert reality.fit_of(True, True, False) == reality.fit_of(True, False) == "s28"


def test_the_threshold_by_mode():
    fitted = {"threshold": 0.14, "threshold_marked": 0.18}
    assert reality.threshold_of(fitted, "hypothetical", True) == 0.18
    assert reality.threshold_of(fitted, "future", True) == 0.18
    assert reality.threshold_of(fitted, "historical", True) == 0.14  # past acts are asserted
    assert reality.threshold_of(fitted, None, True) == 0.14
    assert reality.threshold_of(fitted, "hypothetical", False) == 0.14  # rule off
    assert reality.threshold_of({"threshold": 0.14}, "negated", True) == 0.14  # an older file


def test_the_rule_changes_the_probability(runner):
    text = "The rebels attacked the embassy, a poll of 500 voters found 40 percent of them afraid."
    on = runner.on(text, "attacked", (CONFIDENCE, REFIT29))
    off = runner.on(text, "attacked", (CONFIDENCE,))
    assert on and off and on[0].reality != off[0].reality


def test_a_marked_event_under_the_threshold_is_kept_with_its_mode(runner):
    text, word = IFFY
    assert runner.on(text, word, (REFIT29,)) == []  # dropped: under 0.14
    kept = runner.on(text, word, (REFIT29, KEPT))
    assert len(kept) == 1 and kept[0].mode == "hypothetical"
    assert kept[0].reality is not None and kept[0].reality < reality.model("s29")["threshold"]
    assert kept[0].confidence == kept[0].reality
    # an asserted event under the threshold is still dropped
    plain = "The senator recommended policies that help farmers."
    assert runner.on(plain, "recommend", (REFIT29, KEPT)) == runner.on(
        plain, "recommend", (REFIT29,)
    )


def test_a_marked_event_has_its_own_threshold(runner, monkeypatch):
    text = "Haddad would condemn Novak for the attack on the embassy."
    plain = "Haddad condemned Novak for the attack on the embassy."
    marked = runner.on(text, "condemn", (REFIT29, BY_MODE))
    assert marked and marked[0].mode == "hypothetical"
    fitted = dict(reality.model("s29"))
    monkeypatch.setattr(reality, "model", lambda fit="s29": {**fitted, "threshold_marked": 0.999})
    assert runner.on(text, "condemn", (REFIT29, BY_MODE)) == []
    assert runner.on(text, "condemn", (REFIT29,)) != []  # rule off: the one threshold
    assert runner.on(plain, "condemned", (REFIT29, BY_MODE)) != []  # asserted: one threshold


def test_the_fitting_script_reads_modes_and_compares_treatments():
    fit = load_bench("events_reality_fit")
    assert any(p.name == "events_tune_s29.jsonl" for p in fit.CENSUS)

    def item(mode, label, verdict):
        return {"features": {f"mode:{mode}": 1.0}, "label": label, "verdict": verdict}

    census = [
        item("hypothetical", 0, "no_event"),
        item("plain", 0, "no_event"),
        item("future", 1, "right"),
        item("historical", 1, "right"),
    ]
    assert [fit.modality(i) for i in census] == ["hypothetical", "asserted", "future", "historical"]
    rows = fit.treatments([0.1, 0.1, 0.1, 0.5], census, 0.14, 0.05)
    assert rows["one threshold"]["dropped"] == 3 and rows["one threshold"]["right"] == 1
    assert rows["marked_kept"]["dropped"] == 1 and rows["marked_kept"]["marked_kept_under"] == 2
    assert rows["marked_threshold"]["dropped"] == 1  # the marked two are over 0.05
