"""Session 33 (engineer PT): targets the verb's own arguments do not name.

* ``events.args.cause_phrase_target``: "in defiance of X", "in protest against X";
* ``events.args.threat_condition_target``: "threatened to ... unless X ...";
* ``events.args.small_city_entity``: "fired at targets in <a small city>";
* ``events.args.reduced_clause_object``: "granted asylum to officers holed up in X".

Each rule is tested on and off on sentences written for these tests."""

from __future__ import annotations

import pytest
from s33_pt_pipelines import targets

CAUSE = "events.args.cause_phrase_target"
CONDITION = "events.args.threat_condition_target"
SMALL = "events.args.small_city_entity"
REDUCED = "events.args.reduced_clause_object"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the verb's only argument is a place: the cause phrase outranks it
        ("Thousands of people blocked streets in Taipei in defiance of Chinese authorities.",
         "blocked", "CHN"),
        ("Dockworkers stopped work in Athens in protest against the Greek government.",
         "stopped", "GRC"),
        ("Thousands rallied in Manila in defiance of the Philippine police.", "rallied", "PHL"),
    ],
)  # fmt: skip
def test_a_cause_phrase_names_the_target(text, word, country):
    assert [country] in targets(text, word)
    assert [country] not in targets(text, word, (CAUSE,))


def test_a_cause_phrase_without_an_actor_adds_nothing():
    # "the arrest of activists": the activists are not whom the strike is against
    text = "Opposition parties in Nepal organized a strike in protest of the arrest of activists."
    assert targets(text, "strike") == targets(text, "strike", (CAUSE,))


def test_a_named_target_stays():
    text = "Farmers blocked roads outside the French embassy in defiance of the German police."
    assert targets(text, "blocked") == targets(text, "blocked", (CAUSE,))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The fishermen's union threatened to strike unless Norway lifted the quota.", "NOR"),
        ("Cuban exiles threatened to hold a hunger strike if Spain deported them.", "ESP"),
    ],
)
def test_a_threat_aims_at_its_condition(text, country):
    assert [country] in targets(text, "threatened")
    assert [country] not in targets(text, "threatened", (CONDITION,))


def test_a_condition_naming_the_source_adds_nothing():
    text = "Norway threatened to leave the talks unless it was given more time."
    assert ["NOR"] not in targets(text, "threatened")


def test_a_reduced_clause_keeps_the_recipient():
    text = (
        "Peru has granted diplomatic asylum to five Panamanian army officers holed up in "
        "a diplomatic residence since last month's U.S. invasion."
    )
    assert ["PAN"] in targets(text, "granted")
    assert ["PAN"] not in targets(text, "granted", (REDUCED,))


def test_a_small_city_acted_on_is_its_country():
    text = "Israeli tanks fired four shells at targets in Jericho, witnesses said."
    assert ["PSE"] in targets(text, "fired")
    assert ["PSE"] not in targets(text, "fired", (SMALL,))


def test_a_big_city_needs_no_small_city_rule():
    text = "Israeli tanks fired four shells at targets in Hebron, witnesses said."
    assert ["PSE"] in targets(text, "fired", (SMALL,))
