"""Unreal readings nobody owns, and requests asking for nothing, are no event (session 66,
engineer EP, issue 12: readings that are no event at all). Sentences written for these
tests.

``events.mode.sourceless_hypothetical``, ``events.mode.quoted_negation`` and
``events.sense.stated_request`` (all shipped off).
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.parts import Coded
from stancemap.events.stated_requests import STATED_REQUEST
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


# events.sense.stated_request (events/stated_requests.py)


@pytest.fixture(scope="module")
def request_on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[STATED_REQUEST]))


def test_stated_request_off_by_default() -> None:
    assert STATED_REQUEST in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian prime minister suggested that the Russian president was vulnerable on trade.",
        "The Canadian prime minister suggested that Russia could default on its debt.",
    ],
)
def test_stated_request_dropped(off: Any, request_on: Any, text: str) -> None:
    assert ("REQUEST", None, "suggested") in _readings(off, text)
    assert not [r for r in _readings(request_on, text) if r[0] == "REQUEST"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The Canadian prime minister suggested that the Russian president should resign.",
            "suggested",
        ),
        ("The Canadian prime minister urged the Russian president to resign.", "urged"),
        # a bare 'be' is a subjunctive: the act is asked for
        (
            "The Canadian prime minister demanded that the Russian troops be withdrawn from "
            "Georgia.",
            "demanded",
        ),
        (
            "The Canadian prime minister insisted that the Russian president must withdraw his "
            "troops.",
            "insisted",
        ),
    ],
)
def test_asked_act_kept(off: Any, request_on: Any, text: str, trigger: str) -> None:
    before = [r for r in _readings(off, text) if r[2] == trigger]
    assert any(r[0] == "REQUEST" for r in before)
    assert [r for r in _readings(request_on, text) if r[2] == trigger] == before


def test_leaked_hypothetical_kept(off: Any, on: Any) -> None:
    # a finite verb with no auxiliary or mark of its own asserts itself: the mode is the
    # clause beside it's (the parser's conjunct inherits it and loses the subject)
    text = (
        "The Russian president forecast that the economy would soon rebound and praised "
        "efforts by the Canadian prime minister to find a solution in Syria."
    )
    before = [r for r in _readings(off, text) if r[2] == "praised"]
    assert before == [("SUPPORT", "hypothetical", "praised")]
    assert [r for r in _readings(on, text) if r[2] == "praised"] == before
