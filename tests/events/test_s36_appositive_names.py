"""Session 36 (issue 12): ``events.args.appositive_names_description`` - a described head
("a group backing X") renamed by an apposition that closes its phrase ("the Club for
Growth"). Sentences written for these tests; actors fixed by hand (test_coder's
build_layer), so the events stage alone is tested; each test switches the rule off too."""

from __future__ import annotations

import pytest
from test_coder import names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.party_phrases import APPOSITIVE_NAMES_DESCRIPTION


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    def run(text, actors, disable=(), people=(), bodies=()):
        return code_people(text, actors, people=people, bodies=bodies, disable=disable)

    return run


def by_word(events, word):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_a_body_apposition_hung_on_the_modifier_renames_the_description(code):
    # the parser hangs "the Club for Growth" on "Rubio", the last noun of "backing Rubio"
    text = "A group backing Rubio, the Club for Growth, criticized Trump on Monday."
    actors = {"Rubio": "USA", "Club for Growth": None, "Trump": "USA"}
    kw = {"people": ("Rubio", "Trump"), "bodies": ("Club for Growth",)}
    on = by_word(code(text, actors, **kw), "criticized")
    assert names(on.source) == {"club for growth"}
    assert names(on.target) == {"trump"}
    off = by_word(code(text, actors, (APPOSITIVE_NAMES_DESCRIPTION,), **kw), "criticized")
    assert names(off.source) != {"club for growth"}


def test_a_person_apposition_hung_lower_renames_its_own_noun(code):
    # "the senator from Florida, Marco Rubio": Rubio is the senator, not the group
    text = "A group backing the senator from Florida, Marco Rubio, criticized Trump."
    actors = {"Marco Rubio": "USA", "Trump": "USA"}
    event = by_word(code(text, actors, people=("Marco Rubio", "Trump")), "criticized")
    assert "marco rubio" not in names(event.source)


def test_a_named_head_keeps_its_name(code):
    # a head that is a name, not a description: its apposition describes it
    text = "Hamas, the Club for Growth of Gaza, criticized Israel."
    actors = {"Hamas": None, "Club for Growth": None, "Israel": "ISR"}
    event = by_word(code(text, actors, bodies=("Hamas", "Club for Growth")), "criticized")
    assert names(event.source) == {"hamas"}
