"""bench/rule_census.py: the hooks count what a rule did, wherever it is called from, and
undo themselves; a census over invented sentences tells a rule that fires from one that
never runs."""

from __future__ import annotations

from typing import Any

import pytest

from bench_modules import load_bench
from stancemap.rules import RuleSwitches, registry


def _probe(value: Any) -> Any:
    """A rule function for the test: a decision when given one."""
    return value


PROBE = "census.probe.function"
SWITCH = "census.probe.switch"


@pytest.fixture()
def probe_rules():
    registry.register(PROBE, doc="test probe")(_probe)
    registry.declare(SWITCH, "test switch")
    try:
        yield
    finally:
        for name in (PROBE, SWITCH):
            registry._rules.pop(name, None)
        registry._groups.clear()


def test_hooks_count_decisions_and_switches_then_undo(probe_rules: None) -> None:
    census = load_bench("rule_census")
    recorder = census.Recorder()
    code = _probe.__code__
    undo = census.install(recorder)
    try:
        assert _probe.__code__ is not code  # called directly, not through the registry
        recorder.current = "doc:1"
        assert _probe(None) is None  # called, no decision
        assert _probe("x") == "x"
        recorder.current = "doc:2"
        assert _probe([]) == []  # an empty answer is no decision
        # the census's hooks on RuleSwitches themselves, with the probe rule on and off:
        # every rule on, on purpose (no rule's behaviour is tested here)
        switches = RuleSwitches.all_on()
        assert switches.enabled(SWITCH)
        assert not RuleSwitches([SWITCH]).enabled(SWITCH)  # off: not reached
        recorder.current = None
        assert switches.enabled(SWITCH) is True  # asked while building
    finally:
        undo()
    assert _probe.__code__ is code
    assert "__census_dispatch__" not in _probe.__globals__
    assert recorder.calls[PROBE] == 3
    assert recorder.reached[PROBE] == recorder.decided[PROBE] == {"doc:1"}
    assert recorder.reached[SWITCH] == {"doc:2"} and not recorder.decided[SWITCH]
    assert SWITCH in recorder.built
    recorder.current = "doc:3"
    _probe("y")  # undone: no longer counted
    assert recorder.calls[PROBE] == 3


def test_sense_rule_decides_only_when_the_frame_changes() -> None:
    census = load_bench("rule_census")
    frame = object()
    assert not census._decided("events.sense", (frame,), frame)
    assert census._decided("events.sense", (frame,), None)
    assert census._decided("events.sense", (frame,), object())

    class Frame:  # a sense rule may set a field of the frame it returns
        def __init__(self) -> None:
            self.code, self.target = "040", ["a"]

    moved = Frame()
    before = census._state(moved)
    assert not census._decided("events.sense", (moved,), moved, before)
    moved.target.append("b")
    assert census._decided("events.sense", (moved,), moved, before)
    assert census._decided("actors.link", (), ("x",))
    assert not census._decided("actors.link", (), False)


@pytest.mark.slow  # the spaCy pipeline
def test_census_tells_a_firing_rule_from_one_without_effect() -> None:
    census = load_bench("rule_census")
    secret = "Minister Ana Lopez said on Tuesday that the budget would be cut."
    items = [
        census.Item("mine:0", "mine", "read", "The mayor said that the bridge would close.", None),
        census.Item("mine:1", "mine", "unread", secret, "2020-03-03"),
    ]
    fires = "quotes.cue.reporting_verb"
    report = census.census(items, [fires, "quotes.cue.poll_*"], confirm=2, spread_size=2)
    assert report["unstable"] == 0
    row = report["rules"][fires]
    assert row["reached"] == {"read": 1, "unread": 1}
    assert row["effect"]["changed"] and census.verdict(row) == "fires"
    polls = [r for n, r in report["rules"].items() if n.startswith("quotes.cue.poll_")]
    # asked for (their switch is read before the opening is looked for), no poll here:
    # switched off, nothing changes, so they do not fire
    assert polls and all(not r["effect"]["changed"] for r in polls)
    assert all(census.verdict(r) in ("reached", "never") for r in polls)
    assert report["corpus"] == {"mine": {"read": 1, "unread": 1}}
    table = census.markdown(report)
    assert fires in table and "Lopez" not in table and "Lopez" not in str(report)


@pytest.mark.slow
def test_jointly_halves_until_each_changing_rule_stands_alone() -> None:
    census = load_bench("rule_census")
    items = [
        census.Item("mine:0", "mine", "read", "The mayor said that the bridge would close.", None)
    ]
    found = census.jointly(items, ["quotes.cue.reporting_verb", "quotes.cue.poll_opening"])
    assert found["stages"] == "actors+quotes"
    assert found["changes"] == {"quotes.cue.reporting_verb": 1}
    assert found["no_change"] == ["quotes.cue.poll_opening"]
