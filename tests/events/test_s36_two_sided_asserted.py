"""Session 36 (engineer NE): under ``events.reality.type_thresholds_two_sided_kept`` only an
asserted act between two named parties keeps the one threshold (rule
``events.reality.type_thresholds_two_sided_kept_asserted_only``); a hypothetical, negated or
future one gets its type's own threshold, as an event naming one side does. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.config import Settings
from stancemap.events import reality

RULE = "events.reality.type_thresholds_two_sided_kept_asserted_only"
TYPES = "events.reality.type_thresholds"
KEPT = "events.reality.type_thresholds_two_sided_kept"
ASSERTED = ("Russia agreed with Ukraine on a ceasefire in Minsk.", "agreed")
MARKED = [
    ("Russia might agree with Ukraine on a ceasefire in Minsk.", "agree", "hypothetical"),
    ("Russia will agree with Ukraine on a ceasefire in Minsk next week.", "agree", "future"),
    ("If Russia agreed with Ukraine on a ceasefire, the talks would resume.", "agreed", None),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(TYPES, KEPT, RULE))


@pytest.fixture
def high(monkeypatch):
    # every agreement under its type's threshold; no thresholds by mode group
    monkeypatch.setattr(reality, "type_thresholds", lambda: {"AGREE": 0.999})
    monkeypatch.setattr(reality, "mode_thresholds", dict)


def test_an_asserted_two_sided_act_keeps_the_one_threshold(runner, high):
    kept = runner.on(*ASSERTED)
    assert [(e.type, e.mode) for e in kept] == [("AGREE", None)]
    assert kept[0].source == ["c:RUS"] and kept[0].target == ["c:UKR"]
    assert runner.on(*ASSERTED, (RULE,)) == kept  # the rule does not touch it
    assert runner.on(*ASSERTED, (KEPT,)) == []  # the guard off: the type's threshold


@pytest.mark.parametrize(("text", "word", "mode"), MARKED)
def test_a_marked_two_sided_act_gets_its_types_threshold(runner, high, text, word, mode):
    off = runner.on(text, word, (RULE,))  # rule off: kept, two sides named
    assert [e.type for e in off] == ["AGREE"]
    assert off[0].source and off[0].target
    assert off[0].mode in reality.MARKED and (mode is None or off[0].mode == mode)
    assert runner.on(text, word) == []  # rule on: dropped under AGREE's threshold


def test_without_the_guard_the_rule_changes_nothing(runner, high):
    text, word, _ = MARKED[0]
    assert runner.on(text, word, (KEPT,)) == runner.on(text, word, (KEPT, RULE)) == []


def test_declared_and_shipped_on():
    assert RULE not in Settings().rules.disable
    assert reality.TWO_SIDED_ASSERTED_ONLY == RULE
