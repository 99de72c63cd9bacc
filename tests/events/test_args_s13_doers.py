"""Session 13 (issue 12): an event noun's doer named in its relative clause
(events/relative_doer.py) and a possessed object whose nationality names another party
(events/own_means.py, own_object_names_other). Sentences written for these tests; actors
fixed by hand (test_coder's build_layer) so the events stage alone is tested; each rule
is also switched off."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.own_means import OWN_OBJECT_NAMES_OTHER
from stancemap.events.relative_doer import RELATIVE_DOER


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    """code(text, {name: country}, disable=(), people=(), groups=()): the events stage alone."""

    def run(text, actors, disable=(), people=(), groups=()):
        return code_people(text, actors, people=people, disable=disable, groups=groups)

    return run


# ----------------------------------------------------------------- relative_doer


def test_the_doer_of_the_strike_is_named_in_its_relative_clause(code):
    text = "The strike, which Azerbaijan carried out at dawn, killed four Armenian soldiers."
    actors = {"Azerbaijan": "AZE", "Armenian soldiers": "ARM"}
    killed = by_word(code(text, actors), "killed")
    assert names(killed.source) == {"azerbaijan"}
    assert names(killed.target) == {"armenian soldiers"}
    off = by_word(code(text, actors, (RELATIVE_DOER,)), "killed")
    assert off.source == []


def test_a_relative_clause_with_that_names_the_doer_too(code):
    text = "The assault that Sudan launched last week killed dozens of Chadian traders."
    actors = {"Sudan": "SDN", "Chadian traders": "TCD"}
    killed = by_word(code(text, actors), "killed")
    assert names(killed.source) == {"sudan"}
    off = by_word(code(text, actors, (RELATIVE_DOER,)), "killed")
    assert off.source == []


def test_the_clause_the_event_does_itself_names_no_doer(code):
    # "the attack that killed five": the relative pronoun is the subject
    text = "The attack that killed five Malian soldiers angered Bamako."
    actors = {"Malian soldiers": "MLI", "Bamako": "MLI"}
    for event in code(text, actors):
        assert "malian soldiers" not in names(event.source)


# ----------------------------------------------------------------- own_object_names_other


def test_his_counterpart_of_another_country_is_the_target(code):
    text = "Prime Minister Arlen Moss met his Chilean counterpart in Lima."
    actors = {"Arlen Moss": "NZL", "Chilean": "CHL"}
    met = by_word(code(text, actors, people=("Arlen Moss",)), "met")
    assert names(met.source) == {"arlen moss"}
    assert names(met.target) == {"chilean"}
    off = by_word(code(text, actors, (OWN_OBJECT_NAMES_OTHER,), people=("Arlen Moss",)), "met")
    assert "chilean" not in names(off.target)  # the misread: "his" made it his own


def test_its_own_ambassador_stays_its_own(code):
    text = "Latvia recalled its ambassador from Belarus on Friday."
    actors = {"Latvia": "LVA", "Belarus": "BLR"}
    recalled = by_word(code(text, actors), "recalled")
    assert names(recalled.target) == {"belarus"}
