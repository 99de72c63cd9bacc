"""Session 56 (TR): the 057 convention of docs/judging.md - a signed formal agreement is
SUPPORT, as CAMEO2PLOVER-2021 and the PLOVER gold code it; session 55's rule typing it
AGREE (``events.trigger.signed_agreement_agree``) is removed. Sentences written for
this test; the whole pipeline, shipped rules."""

from __future__ import annotations

import pytest

from stancemap.config import Settings
from stancemap.rules import load_all


@pytest.fixture(scope="module")
def types(analyzer):
    def run(text: str, trigger: str) -> list[str]:
        analysis = analyzer.analyze(text, date="2016-03-17")
        return [e.type for e in analysis.events if trigger in e.trigger.text]

    return run


def test_the_agree_rule_is_gone():
    names = {r.name for r in load_all().all()}
    assert "events.trigger.signed_agreement_agree" not in names
    assert "events.trigger.signed_agreement_agree" not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Kenya and Uganda signed a border treaty in Kampala on Monday.", "signed", "SUPPORT"),
        # agreeing to act stays AGREE (docs/judging.md)
        ("The two countries agreed to resume talks next month.", "agreed", "AGREE"),
    ],
)
def test_a_signed_agreement_is_support(types, text, trigger, expected):
    assert types(text, trigger) == [expected]
