"""Session 54 (TR): "ordered three diplomats to leave" is an expulsion - a verb of directing
someone to V read by the verb WordNet glosses "force to V" (events/directed_causatives.py,
``events.trigger.directed_causative``, shipped off). The sentences were written for this
test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import event_rows, on_off_pipelines

from stancemap.config import Settings
from stancemap.events.directed_causatives import rows, table
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.directed_causative"


@pytest.fixture(scope="module")
def directed(analyzer):
    return on_off_pipelines(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "The Interior Ministry told two American journalists to leave the country on Friday.",
            "told",
            ["Interior Ministry"],
            ["American journalists"],
        ),
        (
            "Norway's foreign ministry has ordered four Danish diplomats to leave Oslo within a week.",
            "ordered",
            ["Norway's foreign ministry"],
            ["Danish diplomats"],
        ),
    ],
)
def test_directing_someone_to_leave_is_an_expulsion(directed, text, trigger, source, target):
    before = [r for r in event_rows(directed["off"], text) if r[0] == trigger]
    assert before == []
    after = [r for r in event_rows(directed["on"], text) if r[0] == trigger]
    assert after == [(trigger, "COERCE", source, target)]


@pytest.mark.parametrize(
    "text",
    [
        # no one directed: players are no party and no noun of people the agents know
        "The coach told the players to leave the pitch.",
        # a negated act is not forced
        "The ministry told the inspectors not to leave the site.",
        # a verb of its own event keeps its reading ("withdraw": RETREAT)
        "The president ordered the army to withdraw from the city.",
        # a passive: the one directed is the subject, the director unsaid
        "Two American journalists were told to leave the country on Friday.",
    ],
)
def test_what_it_leaves_alone(directed, text):
    assert event_rows(directed["on"], text) == event_rows(directed["off"], text)


def test_the_table_loads():
    directives, embedded = table()
    assert {"order", "tell", "force", "command"} <= directives
    assert embedded["leave"] == "expel"
    assert "withdraw" not in embedded  # a verb of our own triggers keeps its reading
    assert "start" not in embedded  # leave.v.01 is no first sense of "start"


@pytest.mark.skipif(not (WORDNET / "data.verb").is_file(), reason="WordNet 3.0 files absent")
def test_the_importer_reproduces_the_table():
    from stancemap.datafiles import data_path

    lines = data_path("events/directed_causatives.tsv").read_text("utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith("#")][1:]
    assert body == ["\t".join(row) for row in rows(WORDNET)]
