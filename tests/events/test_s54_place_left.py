"""Session 54 (PA): a withdrawal is aimed at the place it leaves (events/left_places.py,
rule ``events.args.place_left_target``, shipped off). The sentences were written for this
test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.events.left_places import left_place_types

RULE = "events.args.place_left_target"


@pytest.fixture(scope="module")
def read(analyzer):
    """(text, trigger word, rule on?) -> (type, target countries) of the events there."""
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, trigger: str, on: bool) -> list[tuple[str, list[str | None]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2019-05-02")
        country = {a.id: a.country for a in analysis.actors}
        return [
            (e.type, sorted(str(country.get(t)) for t in e.target))
            for e in analysis.events
            if trigger in e.trigger.text
        ]

    return run


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


def test_the_types_file():
    assert left_place_types() == frozenset({"RETREAT", "SANCTION"})


@pytest.mark.parametrize(
    ("text", "trigger", "off", "on"),
    [
        # the withdrawn troops, the source's own, were read as the target
        (
            "Canada completed the withdrawal of its troops from Haiti on Friday.",
            "completed",
            [("RETREAT", ["CAN"])],
            [("RETREAT", ["HTI"])],
        ),
        # 'out of' is read by no target rule
        (
            "Poland pulled its ambassador out of Minsk on Wednesday.",
            "pulled",
            [("SANCTION", [])],
            [("SANCTION", ["BLR"])],
        ),
        (
            "The United Nations pulled its staff out of Mogadishu.",
            "pulled",
            [("SANCTION", [])],
            [("SANCTION", ["SOM"])],
        ),
    ],
)
def test_a_withdrawal_is_aimed_at_the_place_it_leaves(read, text, trigger, off, on):
    assert read(text, trigger, on=False) == off
    assert read(text, trigger, on=True) == on


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # nothing left is a place: the race, a mission (the own side stays)
        ("The senator withdrew from the race on Tuesday.", "withdrew"),
        ("Kenya withdrew its troops from the mission last year.", "withdrew"),
        # "the Gulf": a common word, no country's word on it (a province of Papua New
        # Guinea is so named)
        ("Australia ordered the withdrawal of its warships from the Gulf.", "withdrawal"),
        # a target of another country already read stays
        ("Britain recalled its ambassador from Moscow after the poisoning.", "recalled"),
        # not a withdrawal: a return from a place is no act on it
        ("The minister returned from the Chinese city of Wuhan on Sunday.", "returned"),
        # a person read as the target is never the source's own side
        ("President Obama withdrew the nomination of Mr. Brooks from the Senate.", "withdrew"),
        # a support withdrawn from a bill: no place
        ("Ms. Warren withdrew her support from the bill.", "withdrew"),
    ],
)
def test_what_it_leaves_alone(read, text, trigger):
    assert read(text, trigger, on=True) == read(text, trigger, on=False)
