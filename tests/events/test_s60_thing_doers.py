"""Session 60 (FG): ``events.sense.thing_doer_no_force`` (events/thing_doers.py, shipped
off) - a force verb whose doer is a thing (a price, the weather, a weakness, a fall), not
a party, is no event. The sentences were written for this test; each runs the whole
pipeline with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from rule_settings import S68_PRIVATE
from stancemap.config import Settings

RULE = "events.sense.thing_doer_no_force"
FORCE = ("ASSAULT", "COERCE", "THREATEN")


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE, keep_off=S68_PRIVATE)

    def run(text: str, on: bool) -> list[tuple[str, str | None]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.type, e.cameo) for e in analysis.events]

    return run


def test_the_rule_is_on():
    # shipped off by FG, switched on by the lead in session 60 after the blind A/B
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "Higher fuel prices hit the airline's profits last year.",
        "Poor weather has hit sales at the brewer.",
        "A weak dollar hits the carmaker's profits.",
        "The euro's strength has hit German exporters.",
        "The bank's earnings have been hit by a fall in lending.",
        "Rising costs and poor weather hit the growers hard.",
        # a dictionary's bare force code on a verb that is no force word, done by words
        "The recent speculation surrounding the club has unsettled its shareholders.",
        "The controversy surrounding the minister deepened on Monday.",
    ],
)
def test_force_done_by_a_thing_is_no_event(read, text):
    off = read(text, on=False)
    assert any(t in FORCE for t, _ in off)
    assert not any(t in FORCE for t, _ in read(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker was hit by troubles at its US parts business.",
    ],
)
def test_a_thing_hitting_a_firm_is_no_criticism(read, text):
    # off, the criticism rules read the force word near a company as ACCUSE
    assert [t for t, _ in read(text, on=False)] == ["ACCUSE"]
    assert read(text, on=True) == []


@pytest.mark.parametrize(
    "text",
    [
        # literal force: a party does it, or arms are around
        "Troops attacked the rebels' base.",
        "Gunmen hurt him with a knife.",
        "Rebels shelled the town on Sunday.",
        "Police beat the protesters with batons.",
        # the force itself as the doer (an act, not a thing)
        "The attack killed twelve soldiers.",
        "Troops surrounding the city fired on the crowd.",
        "Police surrounded the building.",
        # party politics: still criticism
        "The Tories attacked Labour's plans for tuition fees.",
        "The minister blasted the unions over the strike.",
        "The ad attacked the senator's record.",
    ],
)
def test_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
