"""Shared checks of a refitted event reality (sessions 41 and 43): a refit rule moves the
probability of an event, and drops an event under its own threshold while the shipped fit
(rule off) keeps it. Sentences written for these tests."""

from __future__ import annotations

from misread_helpers import StageRunner

from stancemap.events import reality

CONFIDENCE = "+events.reality.confidence"
# a poll in the sentence gives the refits' "poll" features something to read
POLLED = "The rebels attacked the embassy, a poll of 500 voters found 40 percent of them afraid."
REPORTED = "The senator said troops attacked the village."


def check_the_refit_changes_the_probability(runner: StageRunner, refit: str) -> None:
    on = runner.on(POLLED, "attacked", (CONFIDENCE, refit))
    off = runner.on(POLLED, "attacked", (CONFIDENCE,))
    assert on and off and on[0].reality != off[0].reality
    assert on[0].confidence == on[0].reality


def check_the_refit_drops_under_its_own_threshold(
    runner: StageRunner, monkeypatch, fit: str, refit: str
) -> None:
    assert runner.on(REPORTED, "attacked", (refit,)) != []
    fitted = dict(reality.model(fit))
    real = reality.model

    def raised(name="s29"):
        return {**fitted, "threshold": 0.999} if name == fit else real(name)

    monkeypatch.setattr(reality, "model", raised)
    assert runner.on(REPORTED, "attacked", (refit,)) == []
    assert runner.on(REPORTED, "attacked", ()) != []  # rule off: the s28 fit and its threshold
