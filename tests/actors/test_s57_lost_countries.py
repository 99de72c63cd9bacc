"""Countries the parse lost or misplaced (session 57, engineer AR, issue 12: the target and
source country on the PLOVER tune half). Sentences written for these tests.

``actors.names.demonym_tagged_place`` (shipped off): "Kyrgyz checkpoints" - one word NER
tagged GPE that is the demonym of one country is read as the demonym (NORP) it is, not as
an unknown place with no actor, so the attacked checkpoints have Kyrgyzstan as target.

``actors.agent.compound_agent_head_country`` (shipped off): "Indian coast guard personnel"
- "Indian" hangs on "personnel", a noun naming no actor of its own, and the agent "coast
guard" compounded into it takes it into its phrase: India's coast guard, not the sentence's
other country.

``actors.agent.possessor_joined_subject`` / ``possessor_paragraph`` (shipped off): "their"
after "India and Pakistan" owns nothing (not India's armies), and "its" opening a paragraph
takes no owner from the paragraph before.
"""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import on_off_fixtures, party_countries

DEMONYM = "actors.names.demonym_tagged_place"
COMPOUND = "actors.agent.compound_agent_head_country"

ATTACKED = "Tajik troops attacked Kyrgyz checkpoints on Sunday."
UNDER_FIRE = "Kyrgyz checkpoints came under fire from Tajik troops."
# left alone: the country's own name, and a demonym NER reads as NORP already
NAMED = "Tajik troops attacked checkpoints in Kyrgyzstan."
NORP = "Uzbek troops fired on Kyrgyz herders on Tuesday."

DETAINED = (
    "Indian coast guard personnel detained twelve Sri Lankan fishermen near the maritime "
    "boundary, officials in Colombo said."
)
# left alone: a head that is an agent noun reads the phrase whole; no country before it
OFFICERS = "Indian coast guard officers detained twelve Sri Lankan fishermen on Monday."
NO_COUNTRY = "New coast guard personnel detained twelve fishermen on Monday."

on, off = on_off_fixtures(DEMONYM)
compound_on, compound_off = on_off_fixtures(COMPOUND)


@pytest.mark.parametrize(("text", "trigger"), [(ATTACKED, "attacked"), (UNDER_FIRE, "came")])
def test_a_demonym_tagged_a_place_names_the_target(
    on: Any, off: Any, text: str, trigger: str
) -> None:
    assert party_countries(off, text, trigger) == ({"TJK"}, set())
    assert party_countries(on, text, trigger) == ({"TJK"}, {"KGZ"})


@pytest.mark.parametrize(("text", "trigger"), [(NAMED, "attacked"), (NORP, "fired")])
def test_names_and_norp_demonyms_left_alone(on: Any, off: Any, text: str, trigger: str) -> None:
    assert party_countries(on, text, trigger) == party_countries(off, text, trigger)
    assert party_countries(on, text, trigger)[1] == {"KGZ"}


def test_the_head_demonym_gives_the_agent_its_country(compound_on: Any, compound_off: Any) -> None:
    assert party_countries(compound_off, DETAINED, "detained") == ({"LKA"}, {"LKA"})
    assert party_countries(compound_on, DETAINED, "detained") == ({"IND"}, {"LKA"})
    names = {a.name for a in compound_on.analyze(DETAINED, date="2024-05-01").actors}
    assert "Indian coast guard" in names


@pytest.mark.parametrize("text", [OFFICERS, NO_COUNTRY])
def test_agent_heads_and_countryless_modifiers_left_alone(
    compound_on: Any, compound_off: Any, text: str
) -> None:
    def actors(pipeline: Any) -> list[tuple[str, str | None]]:
        return [(a.name, a.country) for a in pipeline.analyze(text, date="2024-05-01").actors]

    assert actors(compound_on) == actors(compound_off)


# ``actors.agent.possessor_joined_subject`` and ``actors.agent.possessor_paragraph``
# (shipped off, actors/owner_limits.py): where "its"/"their" may not find its owner.
JOINED = "India and Pakistan said their armies exchanged fire across the border."
SINGLE = "Indian officials said their troops crossed the border on Monday."
NEXT_PARAGRAPH = (
    "Kenya held talks with the rebels on Monday.\n\nIts troops later crossed the border."
)
SAME_PARAGRAPH = "Kenya held talks with the rebels on Monday. Its troops later crossed the border."

joined_on, joined_off = on_off_fixtures("actors.agent.possessor_joined_subject")
paragraph_on, paragraph_off = on_off_fixtures("actors.agent.possessor_paragraph")


def _owned(pipeline: Any, text: str, noun: str) -> list[str | None]:
    """The countries of the actors with a mention ending in ``noun``."""
    result = pipeline.analyze(text, date="2024-05-01")
    return [
        a.country
        for a in result.actors
        if any(text[m.start : m.end].endswith(noun) for m in a.mentions)
    ]


def test_their_after_two_joined_countries_is_neither(joined_on: Any, joined_off: Any) -> None:
    assert _owned(joined_off, JOINED, "armies") == ["IND"]
    assert _owned(joined_on, JOINED, "armies") == []
    assert party_countries(joined_off, JOINED, "exchanged")[0] == {"IND"}
    assert party_countries(joined_on, JOINED, "exchanged")[0] == set()


def test_their_after_one_subject_left_alone(joined_on: Any, joined_off: Any) -> None:
    assert _owned(joined_on, SINGLE, "troops") == _owned(joined_off, SINGLE, "troops") == ["IND"]


def test_its_owner_not_from_the_paragraph_before(paragraph_on: Any, paragraph_off: Any) -> None:
    assert _owned(paragraph_off, NEXT_PARAGRAPH, "troops") == ["KEN"]
    assert _owned(paragraph_on, NEXT_PARAGRAPH, "troops") == []


def test_its_owner_in_the_same_paragraph_left_alone(paragraph_on: Any, paragraph_off: Any) -> None:
    assert _owned(paragraph_on, SAME_PARAGRAPH, "troops") == ["KEN"]
    assert _owned(paragraph_off, SAME_PARAGRAPH, "troops") == ["KEN"]
