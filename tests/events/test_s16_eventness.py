"""Session 16 (engineer B): one learned model says how likely a coded trigger is an
event at all (``events.eventness.*``, data/events/eventness.json). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import eventness
from stancemap.stances.confidence import default_calibrator

CONFIDENCE = "events.eventness.confidence"
DROP = "events.eventness.drop"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def confidence(runner, text, word, off=()):
    """The event's confidence as the pipeline gives it: calibrated after the stage (with the
    rule on the stage records the event-ness and the calibrator scales by it)."""
    found = runner.on(text, word, off)
    assert len(found) == 1, found
    return default_calibrator().event(found[0]).confidence


def test_the_fitted_model_is_shipped():
    fitted = eventness.model()
    assert fitted["weights"] and 0 < fitted["threshold"] < fitted["scale_reference"] < 1
    assert fitted["grouped_cv_auc"] > 0.6


def test_a_likely_non_event_loses_confidence(runner):
    text = "Getting the money out of politics, Novak said, matters."
    on = confidence(runner, text, "Getting", ("+" + CONFIDENCE,))  # "+": on if shipped off
    assert on < confidence(runner, text, "Getting", (CONFIDENCE,)) / 2


def test_a_plain_accusation_keeps_its_confidence(runner):
    text = "Novak condemned Haddad on Monday."
    on = confidence(runner, text, "condemned", ("+" + CONFIDENCE,))
    assert on == confidence(runner, text, "condemned", (CONFIDENCE,))


def test_an_unlikely_event_is_dropped_under_the_threshold(runner):
    text = "It comes down to whether the voters are going."
    kept = [e.trigger.text for e in runner.events(text, ("+" + DROP,))]
    assert "going" not in kept
    # session 26: the learned reality (events.reality.drop) drops it too
    off = (DROP, "events.reality.drop")
    assert "going" in [e.trigger.text for e in runner.events(text, off)]


def test_the_lexname_table_is_what_the_importer_writes():
    from pathlib import Path

    from stancemap.events import eventness_import

    if not Path("/usr/share/wordnet/index.verb").exists():
        pytest.skip("WordNet (Debian wordnet-base) is absent")
    written = {(lemma, pos): name for lemma, pos, name in eventness_import.rows()}
    assert written == eventness.lexnames()
    assert eventness.lexnames()[("go", "V")] == "verb.motion"
