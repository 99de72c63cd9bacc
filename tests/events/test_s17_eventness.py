"""Session 17 (engineer B): the calibrator takes the event-ness factor. The events stage
records the learned probability that a trigger is an event at all on the event
(``Event.eventness``, rule ``events.eventness.confidence``) and leaves the raw
confidence as coded; ``Calibrator.event`` calibrates the raw value by its table and then
scales it by ``events.eventness.factor``, with no step around the table. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import eventness
from stancemap.records import Event, Span
from stancemap.stances.confidence import Calibrator

CONFIDENCE = "events.eventness.confidence"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def event(confidence: float, p: float | None) -> Event:
    trigger = Span(start=0, end=5, text="urged")
    return Event(id="e1", type="REQUEST", trigger=trigger, confidence=confidence, eventness=p)


def test_the_calibrator_scales_the_calibrated_value_by_the_factor():
    reference = eventness.model()["scale_reference"]
    calibrator = Calibrator({"events": {"map": {"0.85": 0.9, "0.45": 0.3}}})
    assert calibrator.event(event(0.85, None)).confidence == 0.9  # no event-ness: table only
    assert calibrator.event(event(0.85, reference)).confidence == 0.9  # a typical event
    assert calibrator.event(event(0.85, 1.0)).confidence == 0.9  # never above the table
    # half as likely as the reference: 0.9 x 0.5 = 0.45, which the table is NOT re-applied to
    half = calibrator.event(event(0.85, reference / 2))
    assert half.confidence == pytest.approx(0.45, abs=0.001)
    # a raw value the table has no key for: the raw value, scaled
    assert calibrator.event(event(0.6, reference / 2)).confidence == pytest.approx(0.3, abs=0.001)


def test_the_factor_is_the_probability_over_the_reference_capped_at_one():
    reference = eventness.model()["scale_reference"]
    assert eventness.factor(reference / 4) == pytest.approx(0.25)
    assert eventness.factor(min(1.0, reference * 2)) == 1.0


def test_the_stage_records_event_ness_only_with_the_rule_on_and_keeps_the_raw_value(runner):
    text = "Haddad urged Novak to resign on Tuesday."
    on = runner.on(text, "urged", ("+" + CONFIDENCE,))
    off = runner.on(text, "urged", (CONFIDENCE,))
    assert len(on) == len(off) == 1
    assert off[0].eventness is None
    assert on[0].eventness is not None and 0.0 < on[0].eventness < 1.0
    assert on[0].confidence == off[0].confidence  # the raw value: the calibrator scales


def test_a_likely_non_event_is_scaled_in_the_pipeline_output(analyzer):
    """With the rule on, the analysis (calibrated after the stage) carries the factor."""
    from stancemap.config import Settings
    from stancemap.pipeline import Pipeline

    text = "Getting the money out of politics, Novak said, matters to him."
    outputs = {}
    for on in (True, False):
        settings = Settings()
        disable = [n for n in settings.rules.disable if n != CONFIDENCE]
        if not on:
            disable.append(CONFIDENCE)
        rules = settings.rules.model_copy(update={"disable": disable})
        pipeline = Pipeline(settings.model_copy(update={"rules": rules}))
        found = [e for e in pipeline.analyze(text).events if "Getting" in e.trigger.text]
        outputs[on] = found
    if not outputs[False]:
        pytest.skip("the sentence codes no event on this tree")
    (with_rule,), (without,) = outputs[True], outputs[False]
    assert with_rule.eventness is not None and without.eventness is None
    assert with_rule.confidence < without.confidence
    assert with_rule.model_dump(exclude={"confidence", "eventness"}) == without.model_dump(
        exclude={"confidence", "eventness"}
    )
