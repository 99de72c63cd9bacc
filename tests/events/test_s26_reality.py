"""Session 26 (engineer L): the learned event reality (``events/reality.py``).

``events.reality.confidence`` records the learned probability that a coded event is real on
the event (``Event.reality``) and makes it the event's confidence, the coder's own value kept
in ``coded_confidence``; the calibrator leaves such a confidence as it is.
``events.reality.drop`` drops an event under the fitted file's threshold. The weights
(``data/events/reality.json``) are fitted by ``bench/events_reality_fit.py``. Sentences
written for these tests."""

from __future__ import annotations

import json
import math

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import data_path
from stancemap.events import reality
from stancemap.records import Event, Span
from stancemap.stances.confidence import Calibrator

CONFIDENCE = "events.reality.confidence"
DROP = "events.reality.drop"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_the_weights_file_is_versioned_and_small():
    fitted = json.loads(data_path("events/reality.json").read_text("utf-8"))
    assert fitted["version"] and fitted["feature_set"] and fitted["C"] > 0
    assert 0.0 < fitted["threshold"] < 0.5
    assert 20 < len(fitted["weights"]) < 400
    # what the fitting script chose: no lemma is a feature (it would be a word list)
    assert not any(name.startswith("lemma:") for name in fitted["weights"])
    assert fitted["census_cv_auc"] > 0.7


def test_the_probability_needs_only_the_weights():
    assert reality.probability({}) == pytest.approx(
        1 / (1 + math.exp(-reality.model()["intercept"]))
    )
    good = {"origin:own": 1.0, "has_source": 1.0, "has_target": 1.0, "has_both": 1.0}
    bad = {"origin:dictionary": 1.0, "dep:advcl": 1.0, "conditional": 1.0}
    assert reality.probability(good) > 0.6 > reality.probability(bad)


@pytest.mark.parametrize(
    ("origin", "kind"),
    [
        ("events/triggers.tsv:12", "own"),
        ("events/cameo_verbs.tsv:300", "dictionary"),
        ("un-events/cameo_verbs.tsv:3", "dictionary"),
        ("rule:sent_goods", "rule"),
        ("events/multiword_verbs.tsv:4", "other"),
    ],
)
def test_where_a_trigger_came_from(origin, kind):
    assert reality.origin_kind(origin) == kind


def test_the_stage_records_reality_as_the_confidence_only_with_the_rule_on(runner):
    text = "Haddad condemned Novak for the attack on the embassy."
    on = runner.on(text, "condemned", ("+" + CONFIDENCE,))
    # session 41: events.reality.recorded (on) records it beside the confidence; off here
    off = runner.on(text, "condemned", ("events.reality.recorded",))
    assert len(on) == len(off) == 1
    assert off[0].reality is None and off[0].coded_confidence is None
    assert on[0].reality is not None and 0.0 < on[0].reality < 1.0
    assert on[0].confidence == on[0].reality
    assert on[0].coded_confidence == off[0].confidence
    assert on[0].model_dump(exclude={"confidence", "reality", "coded_confidence"}) == off[
        0
    ].model_dump(exclude={"confidence", "reality", "coded_confidence"})


def test_a_hypothetical_dictionary_reading_scores_under_a_plain_act(runner):
    iffy = runner.on(
        "If the talks fail again, the farmers could march towards the capital in the spring.",
        "march",
        ("+" + CONFIDENCE, DROP),  # the session-27 fit drops it: the drop off to see its score
    )
    plain = runner.on(
        "Haddad condemned Novak for the attack on the embassy.", "condemned", ("+" + CONFIDENCE,)
    )
    assert iffy and plain
    assert iffy[0].reality < plain[0].reality


def test_the_drop_rule_drops_under_the_threshold(runner, monkeypatch):
    text = "Haddad condemned Novak for the attack on the embassy."
    assert runner.on(text, "condemned", ("+" + DROP,))  # the fitted threshold keeps it
    fitted = dict(reality.model())
    monkeypatch.setattr(reality, "model", lambda current=True: {**fitted, "threshold": 0.999})
    assert runner.on(text, "condemned", ("+" + DROP,)) == []
    assert runner.on(text, "condemned", (DROP,)) != []  # rule off: kept whatever the threshold


def test_the_calibrator_leaves_a_learned_confidence_unmapped():
    calibrator = Calibrator({"events": {"map": {"0.85": 0.9, "0.45": 0.3}}})
    trigger = Span(start=0, end=5, text="urged")
    coded = Event(id="e1", type="REQUEST", trigger=trigger, confidence=0.45)
    learned = Event(
        id="e1",
        type="REQUEST",
        trigger=trigger,
        confidence=0.45,
        reality=0.45,
        coded_confidence=0.85,
    )
    assert calibrator.event(coded).confidence == 0.3
    assert calibrator.event(learned).confidence == 0.45
