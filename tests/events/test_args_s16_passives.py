"""Session 16 (issue 12): passives and appositions (events/passive_args.py). A passive's
subject is not its own agent, a passive with its own subject takes no doer from the clause
it hangs on, and a clause on an apposition is done by the name the apposition renames.
Sentences written for these tests; actors fixed by hand (test_coder's build_layer) so the
events stage alone is tested; each rule is also switched off."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.doers import SWALLOWED_SUBJECT
from stancemap.events.passive_args import (
    AGENT_NOT_PATIENT,
    APPOSITIVE_RELATIVE,
    PASSIVE_OWN_SUBJECT,
)
from stancemap.events.place_modifier import CITY_VENUE_NOT_DOER

RELATED = "events.args.related_person_head"  # session 25: a person noun that acts for no one (its apposition first)


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    def run(text, actors, disable=(), people=()):
        return code_people(text, actors, people=people, disable=disable)

    return run


# ----------------------------------------------------------------- agent_not_patient


def test_the_passive_subject_is_not_its_own_agent(code):
    text = "Kessler was rebuked by critics of Kessler's budget on Monday."
    actors = {"Kessler": "DEU"}
    rebuked = by_word(code(text, actors, people=("Kessler",)), "rebuked")
    assert rebuked.source == []
    assert names(rebuked.target) == {"kessler"}
    off = by_word(code(text, actors, (AGENT_NOT_PATIENT, RELATED), ("Kessler",)), "rebuked")
    assert names(off.source) == {"kessler"}  # the misread: Kessler rebuked himself


def test_an_agent_naming_someone_else_stays_the_source(code):
    text = "Kessler was rebuked by allies of Morel on Monday."
    actors = {"Kessler": "DEU", "Morel": "FRA"}
    rebuked = by_word(code(text, actors, people=("Kessler", "Morel")), "rebuked")
    assert names(rebuked.source) == {"morel"}
    assert names(rebuked.target) == {"kessler"}


# ----------------------------------------------------------------- passive_own_subject


def test_a_passive_with_its_own_subject_takes_no_doer_from_above(code):
    text = "Kessler wants to publish the files but cannot because he is being investigated."
    actors = {"Kessler": "DEU"}
    events = code(text, actors, people=("Kessler",))
    probed = by_word(events, "investigated")
    assert probed.source == []
    off = by_word(code(text, actors, (PASSIVE_OWN_SUBJECT,), ("Kessler",)), "investigated")
    assert names(off.source) == {"kessler"}  # the misread: he investigates himself


def test_a_coordinated_active_verb_still_shares_the_subject(code):
    text = "Egypt met Jordan on Monday and accused Israel of aggression."
    actors = {"Egypt": "EGY", "Jordan": "JOR", "Israel": "ISR"}
    accused = by_word(code(text, actors), "accused")
    assert names(accused.source) == {"egypt"}


# ----------------------------------------------------------------- appositive_relative


def test_a_clause_on_an_apposition_is_done_by_the_name(code):
    text = "Hamas, a militant group that has fought Israel for years, rejected the plan."
    actors = {"Hamas": None, "Israel": "ISR"}
    fought = by_word(code(text, actors), "fought")
    assert names(fought.source) == {"hamas"}
    assert names(fought.target) == {"israel"}
    off = by_word(code(text, actors, (APPOSITIVE_RELATIVE,)), "fought")
    assert off.source == []


def test_a_clause_on_a_plain_noun_stays_sourceless(code):
    text = "A militant group that has fought Israel for years rejected the plan."
    actors = {"Israel": "ISR"}
    fought = by_word(code(text, actors), "fought")
    assert fought.source == []
    assert names(fought.target) == {"israel"}


# ----------------------------------------------------------------- city_venue_not_doer


def _on_noun(events, word):
    return [e for e in events if word in e.trigger.text.split()]


def test_a_city_before_an_event_noun_is_no_doer(code):
    text = "Since the Brussels bombings, the minister has doubled the patrols."
    actors = {"Brussels": "BEL"}
    bombings = _on_noun(code(text, actors), "bombings")
    assert all(e.source == [] for e in bombings)  # no doer named: no source (or no event)
    off = _on_noun(code(text, actors, (CITY_VENUE_NOT_DOER,)), "bombings")
    assert [names(e.source) for e in off] == [{"brussels"}]  # the misread: Belgium bombed


def test_a_country_or_a_possessive_city_stays_the_doer(code):
    for text, name in (
        ("Since the Belgian bombings, the minister has doubled the patrols.", "Belgian"),
        ("Since Moscow's bombings, the minister has doubled the patrols.", "Moscow"),
    ):
        bombings = _on_noun(code(text, {name: "XXX"}), "bombings")
        assert [names(e.source) for e in bombings] == [{name.lower()}], text


def test_a_passive_participle_on_an_apposition_is_done_to_the_name(code):
    text = "Reporters questioned Kessler, the banker arrested and charged with fraud this month."
    actors = {"Kessler": "DEU", "Reporters": None}
    for event in code(text, actors, people=("Kessler",)):
        if event.trigger.text.split()[0] in ("arrested", "charged"):
            assert "kessler" not in names(event.source)


def test_the_tail_of_a_longer_name_is_not_renamed(code):
    # "Citizens for Peru" is one name; the actors stage may read its tail as the country
    text = "Citizens for Peru, a group that has attacked Kessler for years, is based in Lima."
    actors = {"Peru": "PER", "Kessler": "DEU"}
    events = code(text, actors, people=("Kessler",))
    assert all("peru" not in names(e.source) for e in events)


# ----------------------------------------------------------------- swallowed_subject (doers.py)


def test_a_subject_swallowed_by_a_fronted_clause_is_the_verbs(code):
    text = (
        "As Chancellor Lindqvist appears set to veto a bill that would allow victims to sue "
        "Norway, Liberal nominee Kessler apparently disagrees with her former boss."
    )
    actors = {"Lindqvist": "SWE", "Norway": "NOR", "Kessler": "DEU"}
    people = ("Lindqvist", "Kessler")
    disagrees = by_word(code(text, actors, people=people), "disagrees")
    assert names(disagrees.source) == {"kessler"}
    off = by_word(code(text, actors, (SWALLOWED_SUBJECT,), people), "disagrees")
    assert off.source == []


def test_a_verb_with_its_own_subject_keeps_it(code):
    text = "As Lindqvist spoke to Norway, Kessler criticized the plan."
    actors = {"Lindqvist": "SWE", "Norway": "NOR", "Kessler": "DEU"}
    criticized = by_word(code(text, actors, people=("Lindqvist", "Kessler")), "criticized")
    assert names(criticized.source) == {"kessler"}
