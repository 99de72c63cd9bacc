"""Session 70 (ES, issue 12): ``events.sense.seized_abstraction`` (shipped off)
(events/seized_things.py: a seizure of an act or an idea takes nothing) and
``events.trigger.no_event_contrast`` (events/non_events.py: 'as opposed to' is no REJECT; on
since the session-70 lead).
The sentences were written for this test."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.seized_things import SEIZED_ABSTRACTION
from stancemap.pipeline import Pipeline

RULES = (SEIZED_ABSTRACTION,)


@pytest.fixture(scope="module")
def pipelines(analyzer):
    out = {rule: Pipeline(with_rules(enable=[rule]), nlp=analyzer.nlp) for rule in RULES}
    out["off"] = Pipeline(with_rules(), nlp=analyzer.nlp)
    return out


@pytest.fixture(scope="module")
def read(pipelines):
    def run(text: str, rule: str) -> list[tuple[str, str | None, str]]:
        analysis = pipelines[rule].analyze(text, date="2017-03-01")
        return [(e.type, e.cameo, e.trigger.text) for e in analysis.events]

    return run


@pytest.mark.parametrize("rule", RULES)
def test_the_rules_are_off_by_default(rule):
    assert rule in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "China is taking concrete steps to promote global trade.",
        "Beijing took the step of closing its market.",
    ],
)
def test_a_seized_act_is_no_event(read, text):
    assert any(t == "COERCE" for t, _, _ in read(text, "off"))
    assert not any(t == "COERCE" for t, _, _ in read(text, SEIZED_ABSTRACTION))


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops seized control of Crimea.",
        "The army seized power in a coup.",
        "Hamas seized power in Gaza in 2007.",
    ],
)
def test_a_seized_power_or_place_stays(read, text):
    assert read(text, SEIZED_ABSTRACTION) == read(text, "off")
    assert any(t == "COERCE" for t, _, _ in read(text, SEIZED_ABSTRACTION))


# events.trigger.no_event_contrast (events/non_events.py): "as opposed to" opposes nothing
CONTRAST = "events.trigger.no_event_contrast"


@pytest.fixture(scope="module")
def contrast(analyzer):
    on = Pipeline(with_rules(enable=[CONTRAST]), nlp=analyzer.nlp)
    off = Pipeline(with_rules(disable=[CONTRAST]), nlp=analyzer.nlp)

    def run(text: str, rule_on: bool) -> list[str]:
        analysis = (on if rule_on else off).analyze(text, date="2017-03-01")
        return [e.type for e in analysis.events]

    return run


def test_contrast_is_on_by_default():
    # switched on by the session-70 lead (blind A/B 4/0, net +1 on the judged checks)
    assert CONTRAST not in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised physical shopping, as opposed to online shopping, as a pastime.",
        "Kelly said agents raised concerns about a solid wall as opposed to a fence.",
    ],
)
def test_as_opposed_to_is_no_rejection(contrast, text):
    assert "REJECT" in contrast(text, False)
    assert "REJECT" not in contrast(text, True)


@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands opposed the visit because it was too close to the election.",
        "The party is opposed to the plan.",
    ],
)
def test_opposition_stays(contrast, text):
    assert contrast(text, True) == contrast(text, False)
    assert "REJECT" in contrast(text, True)
