"""Session 24 (engineer E): ultimatums, suspended members, forces ordered somewhere,
summoned envoys and amounts of aid (``events.trigger.ultimatum``,
``events.trigger.expelled_member``, ``events.trigger.ordered_forces``,
``events.trigger.summoned_envoy``: events/ultimatums.py; ``events.trigger.amount_in_objects``:
events/matching.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.events.ultimatums import (
    _ordered_words,
    _summon_words,
    _ultimatum_words,
    expelling_verbs,
)

ULTIMATUM = "events.trigger.ultimatum"
EXPELLED = "events.trigger.expelled_member"
AMOUNT = "events.trigger.amount_in_objects"
ORDERED = "events.trigger.ordered_forces"
SUMMONED = "events.trigger.summoned_envoy"

# pipeline_off: the shared fixture of tests/conftest.py


def coded(pipeline_off, text, kind, off=()):
    analysis = pipeline_off(text, off)
    countries = {a.id: a.country for a in analysis.actors}
    return [
        (sorted(str(countries[x]) for x in e.source), sorted(str(countries[x]) for x in e.target))
        for e in analysis.events
        if e.type == kind
    ]


ULTIMATUMS = [
    ("The African Union gave Sudan's generals ten days to hand power to civilians.", "SDN"),
    ("Washington gave Iran one month to return to the talks.", "IRN"),
    ("Turkey granted the Kurdish fighters 72 hours to leave the border zone.", None),
]


@pytest.mark.parametrize(("text", "target"), ULTIMATUMS)
def test_a_period_given_to_do_something_is_an_ultimatum(pipeline_off, text, target):
    found = coded(pipeline_off, text, "THREATEN")
    assert found, text
    if target:
        assert any(target in tgt for _src, tgt in found)


@pytest.mark.parametrize(("text", "target"), ULTIMATUMS[:2])
def test_without_the_rule_no_ultimatum(pipeline_off, text, target):
    assert not coded(pipeline_off, text, "THREATEN", (ULTIMATUM,))


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave the committee two days of testimony.",  # no act demanded
        "He gave his daughter a week to think about it.",  # no party
        "France gave Mali three helicopters to fight the insurgents.",  # no period
    ],
)
def test_no_ultimatum_without_period_act_and_party(pipeline_off, text):
    assert not coded(pipeline_off, text, "THREATEN")


SUSPENDED = [
    ("The African Union suspended Mali from all its activities after the coup.", ["MLI"]),
    ("The Commonwealth expelled Fiji on Monday.", ["FJI"]),
    ("Mali was suspended by the African Union.", ["MLI"]),
]


@pytest.mark.parametrize(("text", "target"), SUSPENDED)
def test_a_party_suspended_or_expelled_is_sanctioned(pipeline_off, text, target):
    assert any(tgt == target for _src, tgt in coded(pipeline_off, text, "SANCTION")), text


@pytest.mark.parametrize(("text", "target"), SUSPENDED)
def test_without_the_rule_no_sanction(pipeline_off, text, target):
    found = coded(pipeline_off, text, "SANCTION", (EXPELLED,))
    assert not any(tgt == target for _src, tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        "The referee suspended the match after the storm.",  # a thing, not a party
        "The school expelled two pupils.",  # no party named
    ],
)
def test_things_and_unnamed_people_suspended_are_no_sanction(pipeline_off, text):
    assert not coded(pipeline_off, text, "SANCTION")


AMOUNTS = [
    ("Germany suspended 20 million euros in aid to Burundi.", "SANCTION", "BDI"),
    ("Japan froze $40 million in aid to Myanmar.", "SANCTION", "MMR"),
]


@pytest.mark.parametrize(("text", "kind", "target"), AMOUNTS)
def test_an_amount_in_aid_is_read_as_aid(pipeline_off, text, kind, target):
    assert any([target] == tgt for _src, tgt in coded(pipeline_off, text, kind)), text


def test_without_the_rule_the_amount_hides_the_aid(pipeline_off):
    text, kind, target = AMOUNTS[0]
    assert not any([target] == tgt for _src, tgt in coded(pipeline_off, text, kind, (AMOUNT,)))


def test_word_tables():
    words = _ultimatum_words()
    assert {"give", "grant"} <= words["verb"]
    assert {"hour", "day", "week", "deadline"} <= words["period"]
    assert expelling_verbs() == {"suspend": "160", "debar": "160", "expel": "166", "eject": "166"}


ORDERED_FORCES = [
    ("Pakistan's prime minister ordered two army brigades to the Afghan border.", "PAK"),
    ("The Malian junta ordered its troops into the northern town of Kidal.", "MLI"),
]


@pytest.mark.parametrize(("text", "source"), ORDERED_FORCES)
def test_forces_ordered_somewhere_are_mobilised(pipeline_off, text, source):
    assert any(src == [source] for src, _tgt in coded(pipeline_off, text, "MOBILIZE")), text


@pytest.mark.parametrize(("text", "source"), ORDERED_FORCES)
def test_without_the_rule_no_mobilisation(pipeline_off, text, source):
    found = coded(pipeline_off, text, "MOBILIZE", (ORDERED,))
    assert not any(src == [source] for src, _tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's prime minister ordered the army to hold its fire.",  # an act, no place
        "Pakistan's prime minister ordered an inquiry into the border clash.",  # no forces
    ],
)
def test_orders_without_forces_sent_somewhere_are_no_mobilisation(pipeline_off, text):
    assert not coded(pipeline_off, text, "MOBILIZE")


SUMMONS = [
    ("Algeria summoned the French ambassador on Tuesday over the remarks.", "DZA", "FRA"),
    ("The Turkish envoy was summoned by Greece's foreign ministry.", "GRC", "TUR"),
]


@pytest.mark.parametrize(("text", "source", "target"), SUMMONS)
def test_a_summoned_envoy_is_an_official_complaint(pipeline_off, text, source, target):
    assert ([source], [target]) in coded(pipeline_off, text, "ACCUSE"), text


@pytest.mark.parametrize(("text", "source", "target"), SUMMONS)
def test_without_the_rule_the_summons_is_no_complaint(pipeline_off, text, source, target):
    assert ([source], [target]) not in coded(pipeline_off, text, "ACCUSE", (SUMMONED,))


@pytest.mark.parametrize(
    "text",
    [
        "Canada summoned its ambassador to Riyadh for consultations.",  # its own envoy
        "The judge summoned the mayor to testify.",  # no diplomat
    ],
)
def test_own_envoys_and_other_people_summoned_are_no_complaint(pipeline_off, text):
    assert not coded(pipeline_off, text, "ACCUSE")


def test_ordering_and_summoning_tables():
    ordered = _ordered_words()
    assert {"order", "command"} <= ordered["verb"]
    assert {"army", "troop", "battalion"} <= ordered["force"]
    assert {"to", "onto", "into"} <= ordered["to"]
    summon = _summon_words()
    assert "summon" in summon["verb"]
    assert {"ambassador", "envoy", "diplomat"} <= summon["envoy"]
    assert "minister" not in summon["envoy"]
