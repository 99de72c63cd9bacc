"""Session 58 (TH): ``events.frame.readiness_threat`` (events/readiness_threats.py, shipped
off) - a hostile act a party says it is ready to do is a THREATEN of it, told now. The
sentences were written for this test; each runs the whole pipeline with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings

RULE = "events.frame.readiness_threat"


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, on: bool) -> list[tuple[str, str | None, list[str], list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-03-17")
        return [(e.type, e.cameo, e.source, e.target) for e in analysis.events]

    return run


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Iraqi government said it is prepared to impose martial law.",
            "agent:irq:gov",
            None,
        ),
        (
            "Russia said it was ready to cut off gas supplies to Ukraine.",
            "country:RUS",
            "country:UKR",
        ),
        ("Pakistan said it was prepared to use force against India.", "country:PAK", "country:IND"),
    ],
)
def test_a_hostile_act_announced_as_ready_is_a_threat(read, text, source, target):
    off = read(text, on=False)
    on = read(text, on=True)
    assert off and all(t != "THREATEN" for t, *_ in off)
    assert [t for t, *_ in on] == ["THREATEN"]
    _, cameo, sources, targets = on[0]
    assert cameo is not None and cameo.startswith("13")
    assert source in sources
    if target is not None:
        assert target in targets


@pytest.mark.parametrize(
    "text",
    [
        # a cooperative act announced as ready stays the act
        "Germany said it was willing to send aid to Greece.",
        # a negated readiness is no threat
        "France said it was not ready to impose sanctions on Russia.",
        # a verb of intent the dictionary names was a threat already
        "China vowed to impose tariffs on Japan.",
        # a hostile act with no word of readiness above it
        "Israel said it intends to bomb Hamas positions in Gaza.",
    ],
)
def test_what_the_rule_leaves_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
