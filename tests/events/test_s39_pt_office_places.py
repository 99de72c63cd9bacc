"""Session 39 (issue 12): ``events.args.office_of_place`` - the holder of a place's office
("the governor of Kandahar province", "the mayor of Kharkiv") is a party of the country the
place is in, where the role had no party, or only countryless ones named inside the
office's phrase. Sentences written for these tests; the whole pipeline runs (the actors
stage decides what is already an actor), with the rule on (it ships on) and off."""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.events.office_places import OFFICE_OF_PLACE


@pytest.fixture(scope="module")
def run(analyzer):
    pipelines = {
        on: analyzer.derive(rule_settings.with_rules(disable=[] if on else [OFFICE_OF_PLACE]))
        for on in (True, False)
    }

    def analyse(text: str, on: bool = True):
        return pipelines[on].analyze(text, date="2001-03-01")

    return analyse


def _event(analysis, word):
    found = [e for e in analysis.events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0]


def _side(analysis, ids):
    by_id = {a.id: a for a in analysis.actors}
    return [by_id[i] for i in ids if i in by_id]


def _countries(analysis, ids):
    return {a.country for a in _side(analysis, ids)}


def test_an_unnamed_governor_of_a_province_is_the_target_by_its_country(run):
    text = "Gunmen shot the governor of Kandahar province on Monday."
    on = run(text)
    event = _event(on, "shot")
    target = _side(on, event.target)
    assert [(a.country, a.sector, a.type) for a in target] == [("AFG", "GOV", "person")]
    assert target[0].name == "governor of Kandahar province"
    assert _event(run(text, on=False), "shot").target == []


def test_the_mayor_of_a_city_is_the_source_by_the_citys_country(run):
    text = "The mayor of Kharkiv accused Russia of shelling the city."
    on = _event(run(text), "accused")
    analysis = run(text)
    assert _countries(analysis, on.source) == {"UKR"}
    assert _countries(analysis, on.target) == {"RUS"}
    off_analysis = run(text, on=False)
    off = _event(off_analysis, "accused")
    assert "UKR" not in _countries(off_analysis, off.source)


def test_a_named_holder_in_apposition_keeps_the_name_and_gets_the_country(run):
    text = (
        "An attempt to assassinate deputy governor of the Tyumen region, Oleg Chemezov, "
        "was thwarted, police said."
    )
    analysis = run(text)
    event = _event(analysis, "assassinate")
    target = _side(analysis, event.target)
    assert [a.country for a in target] == ["RUS"]
    assert "Oleg Chemezov" in target[0].name
    assert "deputy governor of the Tyumen region" in target[0].name
    off_analysis = run(text, on=False)
    off = _event(off_analysis, "assassinate")
    assert _countries(off_analysis, off.target) <= {None}


def test_an_office_holder_with_a_country_already_stands(run):
    # the actors stage read "the Iraqi city": its actor is kept, not replaced
    text = "Militants attacked the mayor of the Iraqi city of Mosul."
    for on in (True, False):
        analysis = run(text, on)
        event = _event(analysis, "attacked")
        assert [a.name for a in _side(analysis, event.target)] == ["mayor"], on
        assert _countries(analysis, event.target) == {"IRQ"}


def test_no_office_or_no_country_gives_no_party(run):
    for text in (
        "Rebels killed the mayor of a small town.",  # a place of no one country
        "Gunmen shot a driver of the Tyumen region.",  # no office of government
    ):
        analysis = run(text)
        verb = "killed" if "killed" in text else "shot"
        event = _event(analysis, verb)
        assert not any(a.id.startswith("office:") for a in _side(analysis, event.target)), text
