"""Session 33 (engineer RT): a drop threshold per event type for the learned event reality
(rule ``events.reality.type_thresholds``). The types the judges of real news find rarely
right (agreements, aid, concessions, cooperation, threats: ordinary verbs read as acts) are
dropped under a higher threshold of their own (``data/events/reality_types.json``, learned
on the judged tune files by ``bench/events_reality_types.py``); the others keep the fit's
one threshold. Sentences written for these tests."""

from __future__ import annotations

import argparse
import json

import pytest
from misread_helpers import StageRunner

from bench_modules import load_bench
from stancemap.datafiles import data_path
from stancemap.events import reality
from stancemap.events.ontology import load_ontology

RULE = "events.reality.type_thresholds"
CONFIDENCE = "+events.reality.confidence"
# an ordinary "ran into trouble" read as an agreement, scored between the one threshold and
# the agreements' own (0.165 on the shipped fit)
ORDINARY = ("The new coach, who also ran into trouble at one point, tends to speak softly.", "ran")
AGREEMENT = ("The two leaders agreed to meet again next month.", "agreed")


GUARD = "events.reality.type_thresholds_two_sided_kept"


@pytest.fixture(scope="module")
def runner(analyzer):
    # both rules are shipped off (session 33: a right event lost on a blind check): on here
    return StageRunner(analyzer, on=(RULE, GUARD))


def test_the_shipped_thresholds():
    loaded = json.loads(data_path("events/reality_types.json").read_text("utf-8"))
    thresholds = reality.type_thresholds()
    assert thresholds == loaded["thresholds"] and thresholds
    one = reality.model(loaded["fit"])["threshold"]
    assert loaded["base_threshold"] == one
    types = set(load_ontology().types)
    for name, t in thresholds.items():
        assert name in types
        assert one < t < 0.5  # higher than the one threshold, never most of a type
    # the types judged right half the time keep the one threshold
    assert not {"ACCUSE", "SUPPORT", "REJECT"} & set(thresholds)
    assert "events_tune_s31.jsonl" in loaded["about"]
    assert "check" not in loaded["about"]  # tune files only


def test_the_threshold_by_type():
    fitted = {"threshold": 0.14, "threshold_marked": 0.18}
    types = reality.type_thresholds()
    low = next(iter(types))
    assert reality.threshold_of(fitted, None, False, low, True) == types[low]
    assert reality.threshold_of(fitted, None, False, low, False) == 0.14  # rule off
    assert reality.threshold_of(fitted, None, False, "ACCUSE", True) == 0.14  # not listed
    # with the marked threshold too, the higher of the two
    assert reality.threshold_of(fitted, "hypothetical", True, "ACCUSE", True) == 0.18
    assert reality.threshold_of(fitted, "hypothetical", True, low, True) == max(0.18, types[low])


def test_an_ordinary_verb_read_as_an_agreement_is_dropped(runner):
    text, word = ORDINARY
    scored = runner.on(text, word, (CONFIDENCE, "events.reality.drop"))
    assert [e.type for e in scored] == ["AGREE"]
    fit = json.loads(data_path("events/reality_types.json").read_text("utf-8"))["fit"]
    one = reality.model(fit)["threshold"]
    assert one <= scored[0].reality < reality.type_thresholds()["AGREE"]
    assert runner.on(text, word, (RULE,)) != []  # the one threshold keeps it
    assert runner.on(text, word) == []


def test_a_real_agreement_is_kept(runner):
    text, word = AGREEMENT
    kept = runner.on(text, word)
    assert [e.type for e in kept] == ["AGREE"]
    assert kept == runner.on(text, word, (RULE,))


def test_only_the_listed_types_move(runner, monkeypatch):
    monkeypatch.setattr(reality, "type_thresholds", lambda: {"AGREE": 0.999})
    # no thresholds by mode (session 34's events.reality.mode_thresholds): the type's stands
    monkeypatch.setattr(reality, "mode_thresholds", dict)
    assert runner.on(*AGREEMENT) == []  # every agreement under 0.999
    assert runner.on(*AGREEMENT, (RULE,)) != []
    accusation = ("Haddad accused Novak of lying about the embassy attack.", "accused")
    assert [e.type for e in runner.on(*accusation)] == ["ACCUSE"]


def _item(kind, reality_, verdict, file="a", label=None):
    group = "plover" if label is not None else "x"
    return {
        "group": group,
        "file": file,
        "type": kind,
        "reality": reality_,
        "verdict": verdict,
        "label": label if label is not None else int(verdict != "no_event"),
    }


def test_the_fit_finds_the_low_types_and_their_threshold():
    script = load_bench("events_reality_types")
    census = [_item("AGREE", 0.15 + 0.01 * n, "no_event") for n in range(10)]
    census += [_item("AGREE", 0.3, "right"), _item("AGREE", 0.6, "right")]
    census += [_item("ACCUSE", 0.15, "no_event")] + [_item("ACCUSE", 0.5, "right")] * 20
    args = argparse.Namespace(low=0.25, support=5, right_share=0.0, group=True, sides="any")
    assert script.low_types(census, 0.25, 5) == ["AGREE"]
    # the highest grid threshold whose drops hold no right event: under the right one at 0.3
    assert script.fit_thresholds(census, 0.14, args) == {"AGREE": 0.3}
    # a real gold agreement at 0.2 caps it
    gold = [_item("AGREE", 0.2, None, label=1)]
    assert script.fit_thresholds(census + gold, 0.14, args) == {"AGREE": 0.2}
    # the events it drops beyond the one threshold
    gone = script.dropped(census, {"AGREE": 0.2}, 0.14)
    assert len(gone) == 5 and all(i["type"] == "AGREE" for i in gone)
    assert script.tally(gone) == "drops 5: right 0, wrong 0, no event 5"


def test_an_act_between_two_named_parties_keeps_the_one_threshold(runner, monkeypatch):
    monkeypatch.setattr(reality, "type_thresholds", lambda: {"AGREE": 0.999})
    # no thresholds by mode (session 34's events.reality.mode_thresholds): the type's stands
    monkeypatch.setattr(reality, "mode_thresholds", dict)
    text = "Russia agreed with Ukraine on a ceasefire in Minsk."
    both = runner.on(text, "agreed")
    assert [e.type for e in both] == ["AGREE"] and both[0].source and both[0].target
    assert runner.on(text, "agreed", (GUARD,)) == []  # guard off: the type's threshold
    # one side named: the type's threshold
    assert runner.on(*AGREEMENT) == []


def test_the_fit_can_leave_two_sided_events_alone():
    script = load_bench("events_reality_types")
    one = {**_item("AGREE", 0.16, "no_event"), "source": 1, "target": 0}
    two = {**_item("AGREE", 0.17, "right"), "source": 1, "target": 1}
    assert script.acted_on(one, "not_both") and not script.acted_on(two, "not_both")
    assert script.acted_on(two, "any")
    census = [one, two] + [_item("AGREE", 0.6, "no_event")] * 10
    kw = {"low": 0.25, "support": 5, "right_share": 0.0, "group": True}
    # every event: the right two-sided one at 0.17 caps the threshold at 0.17
    assert script.fit_thresholds(census, 0.14, argparse.Namespace(**kw, sides="any")) == {
        "AGREE": 0.17
    }
    # two-sided events left alone: nothing right under it up to the grid's end
    fitted = script.fit_thresholds(census, 0.14, argparse.Namespace(**kw, sides="not_both"))
    assert fitted["AGREE"] > 0.5


def test_shipped_on(analyzer):
    # on since session 33 (lead: 40 not-right readings gone per right one lost on the blind
    # checks): the shipped stage drops the ordinary-verb AGREE, which the one threshold kept
    text, word = ORDINARY
    runner = StageRunner(analyzer)
    assert runner.on(text, word) == []
    assert [e.type for e in runner.on(text, word, (RULE,))] == ["AGREE"]
