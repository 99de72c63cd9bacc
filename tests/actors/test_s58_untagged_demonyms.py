"""A demonym NER left untagged (session 58, engineer AR, issue 12: the source and target
country on the PLOVER tune half). Sentences written for these tests.

``actors.names.untagged_demonym`` (shipped off): "Malian outposts were shelled" - the
small model tags no entity on "Malian" at the sentence's start, so the shelled outposts
had no target; a capitalised adjective of no entity modifying a noun after it that is the
demonym of one country is read as that demonym (NORP), as "Two Malian outposts" already is.
"""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import on_off_fixtures, party_countries

RULE = "actors.names.untagged_demonym"

SHELLED = "Malian outposts were shelled overnight."
BLOCKADED = "Somali ports were blockaded by pirates on Sunday."
# left alone: a demonym NER tags already, a demonym of several countries, a capitalised
# adjective that is no demonym, a noun that is no demonym, a demonym hyphened to another
TAGGED = "Two Malian outposts were shelled overnight."
SEVERAL = "Korean ports were blockaded on Sunday."
NO_DEMONYM = "Western outposts were shelled overnight."
NOUN = "Rebel outposts were shelled overnight."
HYPHENED = "The senator met the wife of a Peruvian-American pastor held in Lima."

on, off = on_off_fixtures(RULE)


def test_an_untagged_demonym_names_the_target(on: Any, off: Any) -> None:
    assert party_countries(off, SHELLED, "shelled") == (set(), set())
    assert party_countries(on, SHELLED, "shelled") == (set(), {"MLI"})


def test_the_untagged_demonym_is_read_as_a_tagged_one(on: Any, off: Any) -> None:
    assert party_countries(off, BLOCKADED, "blockaded")[1] == set()
    assert party_countries(on, BLOCKADED, "blockaded")[1] == {"SOM"}
    # the same as NER's own NORP: "Two Malian outposts" is read alike on and off
    assert party_countries(on, SHELLED, "shelled") == party_countries(off, TAGGED, "shelled")


@pytest.mark.parametrize("text", [TAGGED, SEVERAL, NO_DEMONYM, NOUN, HYPHENED])
def test_other_modifiers_left_alone(on: Any, off: Any, text: str) -> None:
    on_result, off_result = (
        on.analyze(text, date="2024-05-01"),
        off.analyze(text, date="2024-05-01"),
    )
    assert [a.model_dump() for a in on_result.actors] == [a.model_dump() for a in off_result.actors]
    assert [e.model_dump() for e in on_result.events] == [e.model_dump() for e in off_result.events]
