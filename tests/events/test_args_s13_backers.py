"""Session 13 (issue 12, events/backers.py): a name hyphened to a participle of support
("Iranian-backed") backs the phrase's actor and is not the event's source or target.
Sentences written for these tests; actors fixed by hand (test_coder's build_layer), so the
events stage alone is tested; each test also runs with the rule off."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.backers import BACKER_NOT_PARTY


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    """code(text, {name: country}, disable=(), people=(), groups=()): the events stage alone."""

    def run(text, actors, disable=(), people=(), groups=()):
        return code_people(text, actors, people=people, disable=disable, groups=groups)

    return run


def test_the_backer_of_the_doers_is_not_the_source(code):
    text = "Iranian-backed militias stormed a US base near the border."
    actors = {"Iranian": "IRN", "US": "USA"}
    stormed = by_word(code(text, actors), "stormed")
    assert stormed.source == []  # the militias: nobody the sentence places
    off = by_word(code(text, actors, (BACKER_NOT_PARTY,)), "stormed")
    assert names(off.source) == {"iranian"}  # the misread: Iran storming the base


def test_the_backer_of_those_attacked_is_not_the_target(code):
    text = "Turkish drones struck Iranian-backed fighters on Tuesday."
    actors = {"Turkish": "TUR", "Iranian": "IRN"}
    struck = by_word(code(text, actors), "struck")
    assert names(struck.source) == {"turkish"}
    assert struck.target == []
    off = by_word(code(text, actors, (BACKER_NOT_PARTY,)), "struck")
    assert names(off.target) == {"iranian"}


def test_a_party_named_after_the_participle_stays(code):
    text = "Moscow-backed Abkhaz separatists shelled the Georgian village."
    actors = {"Moscow": "RUS", "Abkhaz": "GEO", "Georgian": "GEO"}
    shelled = by_word(code(text, actors), "shelled")
    assert names(shelled.source) == {"abkhaz"}  # the rule drops nothing the phrase names


def test_a_leader_hyphened_to_led_is_no_backer(code):
    # "Saudi-led": leading is not support; the leader stays the doer
    text = "Saudi-led troops attacked the port of Hodeidah."
    shelled = by_word(code(text, {"Saudi": "SAU"}), "attacked")
    assert names(shelled.source) == {"saudi"}
