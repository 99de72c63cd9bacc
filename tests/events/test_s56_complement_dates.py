"""Session 56 (DT): a date on the complement of a demand, intent, threat or refusal dates
the act asked for, promised or refused - not the asking (events/complement_dates.py,
``events.mode.complement_date_not_act``, shipped off). Stories dated in January; a month
after it with no year resolves back to the year before and, on the asking, made it
historical. The sentences were written for this test; each runs the whole pipeline with
the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings

RULE = "events.mode.complement_date_not_act"
STORY = "2024-01-14"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return on_off_pipelines(analyzer, RULE)


def readings(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = pipeline.analyze(text, date=STORY)
    return [(e.type, e.mode, e.date) for e in analysis.events]


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The mayor urged the governor to reopen the bridge by April 30, aides said.", "REQUEST"),
        (
            "Ruritania demanded that Borduria withdraw its troops by March 15, officials said.",
            "REQUEST",
        ),
        ("The governor promised to hold talks with the mayor by March 31, aides said.", "AGREE"),
    ],
)
def test_a_date_of_the_act_asked_for_does_not_date_the_asking(pipelines, text, etype):
    before = [r for r in readings(pipelines["off"], text) if r[0] == etype]
    assert before and all(mode == "historical" for _, mode, _ in before)
    after = [r for r in readings(pipelines["on"], text) if r[0] == etype]
    assert after and all(mode != "historical" for _, mode, _ in after)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "when"),
    [
        # the act's own date: dated (and historical) on and off
        ("The governor met the mayor on March 15, aides said.", "CONSULT", "2023-03-15"),
        ("The mayor asked the governor on March 15 to reopen the bridge.", "REQUEST", "2023-03-15"),
        (
            "Ruritania threatened in March to attack Borduria, officials said.",
            "THREATEN",
            "2023-03-01",
        ),
        # a year of its own: the act asked for comes no earlier than the asking
        (
            "The mayor asked the governor to resign by 2019, aides said.",
            "REQUEST",
            "2019-01-01",
        ),
        # a date on the complement but in no deadline phrase keeps its old reading
        (
            "The governor promised to hold talks with the mayor in March, aides said.",
            "AGREE",
            "2023-03-01",
        ),
        # a light frame's complement is the act itself: "failed to reach a deal on ..."
        ("The governor failed to reach a deal with the mayor on March 15.", "AGREE", "2023-03-15"),
    ],
)
def test_a_date_on_the_act_itself_still_dates_it(pipelines, text, etype, when):
    for switch in ("off", "on"):
        dated = [r for r in readings(pipelines[switch], text) if r[0] == etype]
        assert dated and all(date == when for _, _, date in dated), (switch, dated)


DEADLINE = "events.mode.deadline_ahead"


@pytest.fixture(scope="module")
def deadline(analyzer):
    return on_off_pipelines(analyzer, DEADLINE)


def test_the_deadline_rule_ships_off():
    assert DEADLINE in Settings().rules.disable


@pytest.mark.slow
def test_a_deadline_of_an_act_not_done_looks_ahead(deadline):
    text = "Ruritania is to withdraw its gunboats from the lake by March 15, officials said."
    before = [r for r in readings(deadline["off"], text) if r[0] == "RETREAT"]
    assert before and all(r[1:] == ("historical", "2023-03-15") for r in before)
    after = [r for r in readings(deadline["on"], text) if r[0] == "RETREAT"]
    assert after and all(r[1] != "historical" and r[2] == "2024-03-15" for r in after)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania had withdrawn its gunboats from the lake by March 15, officials said.",
        "Ruritania did not withdraw its gunboats from the lake by March 15, officials said.",
        "Ruritania failed to withdraw its gunboats from the lake by March 15, officials said.",
    ],
)
def test_a_deadline_of_an_act_told_as_past_still_looks_back(deadline, text):
    for switch in ("off", "on"):
        dated = [r for r in readings(deadline[switch], text) if r[0] == "RETREAT"]
        assert dated and all(r[2] == "2023-03-15" for r in dated), (switch, dated)
