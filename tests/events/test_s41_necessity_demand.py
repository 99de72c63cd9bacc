"""A reported clause with a semi-modal of necessity is the speaker's demand on its subject
("X said Y needs to do Z"; events.frame.necessity_demand, session 41 QE; sentences written
for these tests; actors fixed by hand with test_coder.build_layer, so the events stage
alone is tested). The rule is switched on and off explicitly in each test."""

from __future__ import annotations

import pytest
from hand_coder import hand_coder
from test_coder import names

RULE = "events.frame.necessity_demand"


@pytest.fixture(scope="module")
def code(analyzer):
    return hand_coder(analyzer)


def requests(events):
    return [(names(e.source), names(e.target)) for e in events if e.type == "REQUEST"]


def test_needs_to_in_a_reported_clause_is_a_demand_on_its_subject(code):
    text = "Merkel said on Monday that Putin needs to withdraw his troops from Ukraine."
    actors = {"Merkel": "DEU", "Putin": "RUS", "Ukraine": "UKR"}
    on = requests(code(text, actors, enable=(RULE,)))
    assert ({"merkel"}, {"putin"}) in on
    off = requests(code(text, actors, disable=(RULE,)))
    assert ({"merkel"}, {"putin"}) not in off


def test_has_got_to_with_its_perfect_have_is_a_demand(code):
    text = "Macron said Erdogan has got to release the journalists."
    actors = {"Macron": "FRA", "Erdogan": "TUR"}
    assert ({"macron"}, {"erdogan"}) in requests(code(text, actors, enable=(RULE,)))
    assert ({"macron"}, {"erdogan"}) not in requests(code(text, actors, disable=(RULE,)))


def test_you_need_to_told_to_someone_is_a_demand_on_the_one_told(code):
    text = '"You need to stop the shelling," Guterres told Netanyahu on Friday.'
    actors = {"Guterres": None, "Netanyahu": "ISR"}
    on = requests(code(text, actors, enable=(RULE,)))
    assert ({"guterres"}, {"netanyahu"}) in on


def test_a_negated_semi_modal_demands_nothing(code):
    text = "Merkel said that Putin does not need to withdraw his troops from Ukraine."
    actors = {"Merkel": "DEU", "Putin": "RUS", "Ukraine": "UKR"}
    assert ({"merkel"}, {"putin"}) not in requests(code(text, actors, enable=(RULE,)))


def test_got_to_without_a_perfect_is_no_necessity(code):
    text = "Merkel said that Putin got to meet the pope in Rome."
    actors = {"Merkel": "DEU", "Putin": "RUS"}
    assert ({"merkel"}, {"putin"}) not in requests(code(text, actors, enable=(RULE,)))


def test_a_semi_modal_under_a_modal_or_apart_from_its_to_is_no_demand(code):
    actors = {"Merkel": "DEU", "Putin": "RUS", "Ukraine": "UKR"}
    guess = "Merkel said that Putin may need to withdraw his troops from Ukraine."
    assert ({"merkel"}, {"putin"}) not in requests(code(guess, actors, enable=(RULE,)))
    apart = "Merkel said that Putin has a long way to go in Ukraine."
    assert ({"merkel"}, {"putin"}) not in requests(code(apart, actors, enable=(RULE,)))
