"""Planned, carried and conditional acts marked with their mode (session 68, engineer MD,
issue 12: an unreal act is marked, not dropped). Sentences written for these tests.

``events.mode.headline_infinitive``, ``events.mode.participle_of_unreal`` and
``events.mode.own_condition``, ``events.mode.hyphened_no_one`` (shipped off; own_condition on since
session 69, blind A/B 4/0 per judge): only the mode of an asserted reading changes.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.unmarked_unreal import (
    HEADLINE_INFINITIVE,
    HYPHENED_NO_ONE,
    OWN_CONDITION,
    PARTICIPLE_OF_UNREAL,
)

ALL = [HEADLINE_INFINITIVE, PARTICIPLE_OF_UNREAL, OWN_CONDITION, HYPHENED_NO_ONE]


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(disable=ALL))


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=ALL))


def _event(pipeline: Any, text: str, trigger: str) -> Any:
    result = pipeline.analyze(text, date="2016-05-01")
    found = [e for e in result.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in result.events]
    return found[0]


def _asserted(mode: Any) -> bool:
    return mode not in ("hypothetical", "future", "negated", "historical")


def test_off_by_default_but_own_condition() -> None:
    disabled = Settings().rules.disable
    for rule in (HEADLINE_INFINITIVE, PARTICIPLE_OF_UNREAL, HYPHENED_NO_ONE):
        assert rule in disabled
    assert OWN_CONDITION not in disabled  # on since session 69 (docs/benchmarks.md)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("EU to impose sanctions on Iran", "impose sanctions"),
        ("Observers to monitor UK election", "monitor"),
        ("The UN is to send troops to Sudan.", "send"),
        ("Blair is to meet Bush in Washington.", "meet"),
    ],
)  # fmt: skip
def test_headline_infinitive_is_future(off: Any, on: Any, text: str, trigger: str) -> None:
    before = _event(off, text, trigger)
    assert _asserted(before.mode)
    after = _event(on, text, trigger)
    assert after.mode == "future"
    assert (after.type, after.source, after.target) == (before.type, before.source, before.target)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Blair met Bush in Washington.", "met"),
        ("He was to meet Putin in 1999 but died.", "meet"),
        ("The ECB's mandate is to fight rising prices by boosting interest rates.", "fight"),
    ],
)  # fmt: skip
def test_told_acts_are_no_headline_infinitive(on: Any, text: str, trigger: str) -> None:
    assert _event(on, text, trigger).mode != "future"


@pytest.mark.parametrize(
    "text, trigger, mode",
    [
        ("Kerry intends to move a motion today condemning the Government over its refugee "
         "policy.", "condemning", "hypothetical"),
        ("Obama could sign a bill imposing sanctions on Iran.", "imposing sanctions",
         "hypothetical"),
        ("Obama will sign a bill imposing sanctions on Iran.", "imposing sanctions", "future"),
    ],
)  # fmt: skip
def test_participle_takes_its_verbs_mode(
    off: Any, on: Any, text: str, trigger: str, mode: str
) -> None:
    assert _asserted(_event(off, text, trigger).mode)
    assert _event(on, text, trigger).mode == mode


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Obama signed a bill imposing sanctions on Iran.", "imposing sanctions"),
        # a bare plural names people who are there: their act is their own
        ("Philadelphia is considering issuing $100 summonses to marchers blocking highways.",
         "blocking"),
    ],
)  # fmt: skip
def test_participle_keeps_its_own_mode(on: Any, text: str, trigger: str) -> None:
    assert _asserted(_event(on, text, trigger).mode)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("If the talks fail, Israel attacks Iran.", "attacks"),
        ("Israel attacks Iran if the talks fail.", "attacks"),
        ("If Russia invades Ukraine, the United States imposes sanctions on Moscow.",
         "imposes sanctions"),
    ],
)  # fmt: skip
def test_own_condition_is_hypothetical(off: Any, on: Any, text: str, trigger: str) -> None:
    before = _event(off, text, trigger)
    assert _asserted(before.mode)
    after = _event(on, text, trigger)
    assert after.mode == "hypothetical"
    assert after.type == before.type


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Even if the talks fail, Israel attacks Iran.", "attacks"),
        # a generic "you" frames a fact; a past condition is a fact
        ("And if you talk to younger people, they completely reject his positions.", "reject"),
        ("If Clinton's wobbly on the TPP, she's Obama's equal in proposals to help workers, "
         "and she vows to be even tougher than the president on trade violations.", "vows"),
    ],
)  # fmt: skip
def test_conditions_that_assert(on: Any, text: str, trigger: str) -> None:
    assert _asserted(_event(on, text, trigger).mode)
