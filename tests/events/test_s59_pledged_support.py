"""Session 59 (EV): ``events.frame.pledged_support`` (events/pledged_support.py, shipped off) -
a verb of intent whose own object is a noun the lexicon reads as SUPPORT is the support (05x),
not an intent to cooperate (032, AGREE). The sentences were written for this test; each runs
the whole pipeline with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings

RULE = "events.frame.pledged_support"


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, on: bool) -> list[tuple[str, str | None, list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-03-17")
        return [(e.type, e.cameo, e.target) for e in analysis.events]

    return run


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Two senators pledged their support to Rubio on Friday.", "person:marco-rubio"),
        ("The governor offered praise for the teachers union.", None),
        ("The mayor pledged his endorsement to the senator.", None),
    ],
)
def test_a_pledge_of_support_is_support(read, text, target):
    off = read(text, on=False)
    on = read(text, on=True)
    assert [t for t, *_ in off] == ["AGREE"]
    assert [t for t, *_ in on] == ["SUPPORT"]
    _, cameo, targets = on[0]
    assert cameo is not None and cameo.startswith("05")
    if target is not None:
        assert target in targets


@pytest.mark.parametrize(
    "text",
    [
        # support promised as a clause: an intent to do it
        "The governor pledged to support the nominee.",
        # material help, talks and forces promised stay intents (AGREE 03x)
        "Japan pledged aid to the Philippines.",
        "Algeria offered mediation between the government and the rebels.",
        "Kenya promised Somalia more troops.",
        # the founding example's shape: a refusal stays a refusal
        "Tokayev refused to recognise the breakaway republics.",
    ],
)
def test_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
