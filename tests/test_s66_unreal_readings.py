"""Unreal readings nobody owns are no event (session 66, engineer EP, issue 12: readings
that are no event at all). Sentences written for these tests.

``events.mode.sourceless_hypothetical`` and ``events.mode.quoted_negation`` (both shipped
off).
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.parts import Coded
from stancemap.events.unreal_readings import (
    QUOTED_NEGATION,
    SOURCELESS_HYPOTHETICAL,
    unreal_unowned,
)

BOTH = [SOURCELESS_HYPOTHETICAL, QUOTED_NEGATION]


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=BOTH))


def _readings(pipeline: Any, text: str) -> list[tuple[str, str | None, str]]:
    """(type, mode, trigger words) of each event."""
    result = pipeline.analyze(text, date="2008-08-20")
    return [(e.type, e.mode, e.trigger.text) for e in result.events]


def test_off_by_default() -> None:
    disabled = Settings().rules.disable
    assert SOURCELESS_HYPOTHETICAL in disabled
    assert QUOTED_NEGATION in disabled


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Senator John Smith could face a prison sentence of 20 years if convicted of bribery.",
            "convicted",
        ),
        (
            "A dispute which could threaten the peace talks returns to the Security Council today.",
            "threaten",
        ),
    ],
)
def test_sourceless_hypothetical_dropped(off: Any, on: Any, text: str, trigger: str) -> None:
    assert any(t == trigger and m == "hypothetical" for _, m, t in _readings(off, text))
    assert not any(t == trigger for _, _, t in _readings(on, text))


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The Canadian prime minister said he did not support the Russian president.", "support"),
        (
            '"We are not attacking the Iranian government," the Israeli foreign minister said.',
            "attacking",
        ),
    ],
)
def test_quoted_negation_dropped(off: Any, on: Any, text: str, trigger: str) -> None:
    assert any(t == trigger and m == "negated" for _, m, t in _readings(off, text))
    assert not any(t == trigger for _, _, t in _readings(on, text))


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a stated unwillingness is a REJECT, negated or not
        ("The Canadian prime minister said he would not endorse the Russian president.", "endorse"),
        # asserted readings are left alone
        ("The Canadian prime minister criticised the Russian president.", "criticised"),
    ],
)
def test_kept(off: Any, on: Any, text: str, trigger: str) -> None:
    before = [r for r in _readings(off, text) if r[2] == trigger]
    assert before
    assert [r for r in _readings(on, text) if r[2] == trigger] == before


def _coded(**kw: Any) -> Coded:
    base: dict[str, Any] = dict(
        trigger=(0, 4),
        type="ACCUSE",
        cameo="111",
        source=[],
        target=[],
        modality=None,
        subtype=None,
        context=[],
        date=None,
        location=None,
        evidence=(0, 10),
        reported_by=None,
        confidence=0.5,
    )
    return Coded(**(base | kw))


def test_shapes() -> None:
    # a hypothetical reading with a source is someone's: kept
    assert not unreal_unowned(_coded(modality="hypothetical", source=["country:RUS"]), True, True)
    assert unreal_unowned(_coded(modality="hypothetical"), True, False)
    assert not unreal_unowned(_coded(modality="hypothetical"), False, True)
    # a negated reading outside any quote: kept
    assert not unreal_unowned(_coded(modality="negated", source=["country:RUS"]), True, True)
    assert unreal_unowned(_coded(modality="negated", reported_by="q1"), False, True)
    assert not unreal_unowned(
        _coded(modality="negated", reported_by="q1", type="REJECT"), True, True
    )
    # an event told again at a later word: kept
    told_twice = _coded(modality="hypothetical", mentions=[(0, 4), (20, 24)])
    assert not unreal_unowned(told_twice, True, True)
