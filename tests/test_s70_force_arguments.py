"""Session 70 (ES, issue 12): force, seizure and threats read from their arguments
(events/force_arguments.py), all shipped off: ``events.sense.seized_abstraction`` (a
seizure of an act or an idea takes nothing), ``events.sense.thing_threatens`` (a thing that
threatens to is no one's threat) and ``events.sense.crowd_force_literal`` (a crowd's attack
on ordinary people is force, not criticism). The sentences were written for this test."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.force_arguments import (
    CROWD_FORCE,
    FIGHT_FOR_CAUSE,
    SEIZED_ABSTRACTION,
    THING_THREATENS,
)
from stancemap.events.role_rows import CLAUSE_RULES
from stancemap.pipeline import Pipeline

RULES = (SEIZED_ABSTRACTION, THING_THREATENS, CROWD_FORCE, FIGHT_FOR_CAUSE)


@pytest.fixture(scope="module")
def pipelines(analyzer):
    out = {rule: Pipeline(with_rules(enable=[rule]), nlp=analyzer.nlp) for rule in RULES}
    out["off"] = Pipeline(with_rules(), nlp=analyzer.nlp)
    return out


@pytest.fixture(scope="module")
def read(pipelines):
    def run(text: str, rule: str) -> list[tuple[str, str | None, str]]:
        analysis = pipelines[rule].analyze(text, date="2017-03-01")
        return [(e.type, e.cameo, e.trigger.text) for e in analysis.events]

    return run


@pytest.mark.parametrize("rule", RULES)
def test_the_rules_are_off_by_default(rule):
    assert rule in Settings().rules.disable


def test_thing_threatens_reads_role_rows():
    assert THING_THREATENS in CLAUSE_RULES


@pytest.mark.parametrize(
    "text",
    [
        "China is taking concrete steps to promote global trade.",
        "Beijing took the step of closing its market.",
    ],
)
def test_a_seized_act_is_no_event(read, text):
    assert any(t == "COERCE" for t, _, _ in read(text, "off"))
    assert not any(t == "COERCE" for t, _, _ in read(text, SEIZED_ABSTRACTION))


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops seized control of Crimea.",
        "The army seized power in a coup.",
        "Hamas seized power in Gaza in 2007.",
    ],
)
def test_a_seized_power_or_place_stays(read, text):
    assert read(text, SEIZED_ABSTRACTION) == read(text, "off")
    assert any(t == "COERCE" for t, _, _ in read(text, SEIZED_ABSTRACTION))


def test_a_row_that_threatens_is_no_threat(read):
    text = (
        "A diplomatic row between the Netherlands and Turkey threatens to overshadow "
        "the rest of the campaign."
    )
    assert any(t == "THREATEN" for t, _, _ in read(text, "off"))
    assert not any(t == "THREATEN" for t, _, _ in read(text, THING_THREATENS))


@pytest.mark.parametrize(
    "text",
    [
        "North Korea threatened to attack South Korea.",
        "Hackers threatened to release the data.",
    ],
)
def test_a_party_that_threatens_stays(read, text):
    assert read(text, THING_THREATENS) == read(text, "off")
    assert any(t == "THREATEN" for t, _, _ in read(text, THING_THREATENS))


@pytest.mark.parametrize(
    "text",
    [
        "Crowds attack Africans in India after the death of a teenager.",
        "Nigerians have suffered similar attacks in the past.",
    ],
)
def test_a_crowds_attack_is_force(read, text):
    assert ("ACCUSE", "111") in {(t, c) for t, c, _ in read(text, "off")}
    assert any(t == "ASSAULT" for t, _, _ in read(text, CROWD_FORCE))
    assert not any(t == "ACCUSE" for t, _, _ in read(text, CROWD_FORCE))


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the president over the budget.",
        "Democrats attacked the plan on Monday.",
    ],
)
def test_criticism_between_politicians_stays(read, text):
    assert read(text, CROWD_FORCE) == read(text, "off")


@pytest.mark.parametrize(
    "text",
    [
        "Diego Lorente, a lawyer who has been fighting for the rights of migrants for "
        "several years, told Al Jazeera there is a double standard.",
        "Trump will fight for a better deal for America.",
    ],
)
def test_a_fight_for_a_cause_is_no_event(read, text):
    assert any(w in trigger for _, _, trigger in read(text, "off") for w in ("fight",))
    assert not any("fight" in trigger for _, _, trigger in read(text, FIGHT_FOR_CAUSE))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought for control of the city.",
        "The union fought for the workers.",
        "The army fought for three days.",
    ],
)
def test_a_fight_for_someone_or_by_arms_stays(read, text):
    assert read(text, FIGHT_FOR_CAUSE) == read(text, "off")
    assert any(t == "ASSAULT" for t, _, _ in read(text, FIGHT_FOR_CAUSE))


# events.trigger.no_event_contrast (events/non_events.py): "as opposed to" opposes nothing
CONTRAST = "events.trigger.no_event_contrast"


@pytest.fixture(scope="module")
def contrast(analyzer):
    on = Pipeline(with_rules(enable=[CONTRAST]), nlp=analyzer.nlp)
    off = Pipeline(with_rules(), nlp=analyzer.nlp)

    def run(text: str, rule_on: bool) -> list[str]:
        analysis = (on if rule_on else off).analyze(text, date="2017-03-01")
        return [e.type for e in analysis.events]

    return run


def test_contrast_is_off_by_default():
    assert CONTRAST in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised physical shopping, as opposed to online shopping, as a pastime.",
        "Kelly said agents raised concerns about a solid wall as opposed to a fence.",
    ],
)
def test_as_opposed_to_is_no_rejection(contrast, text):
    assert "REJECT" in contrast(text, False)
    assert "REJECT" not in contrast(text, True)


@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands opposed the visit because it was too close to the election.",
        "The party is opposed to the plan.",
    ],
)
def test_opposition_stays(contrast, text):
    assert contrast(text, True) == contrast(text, False)
    assert "REJECT" in contrast(text, True)
