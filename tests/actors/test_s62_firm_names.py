"""A name tagged as a person that the text reads as a firm is an organisation (session 62,
engineer AC, issues 12 and 14: companies of BBC business news read as people). Sentences
written for these tests.

``actors.names.firm_reading`` (on since session 62, after the blind A/B): a new person's name with a WordNet firm noun
right before it ("budget airline Skyvora") or in apposition to it ("Korvath, the mining
firm") is a new organisation; a name the text writes after a courtesy title, or whose first
word is a given name, stays a person.
"""

from __future__ import annotations

from typing import Any

from .rule_twins import twin_fixtures

RULE = "actors.names.firm_reading"

AIRLINE = (
    "Budget airline Skyvora has ordered 40 new planes. Skyvora said the deal would create jobs."
)
APPOSITION = "Korvath, the mining firm, said output had dropped. Korvath shares fell on Monday."
# left alone: a courtesy title elsewhere, a given name first, no firm noun at all
TITLED = "Mining firm Korvath said output had dropped. Mr Korvath said he would resign."
GIVEN_NAME = "Carmaker Dalton Greaves said profits fell in the first quarter."
NO_EVIDENCE = "Korvath said output had dropped. Korvath said he would resign."

# firm_apposition (session 64, on since session 65) reads "budget airline X" too: off in both
on, off = twin_fixtures(RULE, also_off=("actors.names.firm_apposition",))


def _kinds(pipeline: Any, text: str) -> dict[str, tuple[str, str]]:
    """Each written mention -> (its actor's id, type)."""
    result = pipeline.analyze(text, date="2005-02-01")
    return {m.text: (a.id, a.type) for a in result.actors for m in a.mentions}


def test_a_name_after_a_firm_noun_is_a_firm(on: Any, off: Any) -> None:
    assert _kinds(off, AIRLINE)["Skyvora"][1] == "person"
    actor_id, kind = _kinds(on, AIRLINE)["Skyvora"]
    assert kind == "organization" and actor_id.startswith("new:organization:")


def test_a_firm_noun_in_apposition_makes_a_firm(on: Any, off: Any) -> None:
    assert _kinds(off, APPOSITION)["Korvath"][1] == "person"
    assert _kinds(on, APPOSITION)["Korvath"][1] == "organization"


def test_every_mention_of_the_firm_is_one_organisation(on: Any) -> None:
    result = on.analyze(AIRLINE, date="2005-02-01")
    firms = [a for a in result.actors if a.name == "Skyvora"]
    assert len(firms) == 1 and firms[0].type == "organization"
    assert len([m for m in firms[0].mentions if m.text == "Skyvora"]) == 2


def test_a_name_after_a_courtesy_title_stays_a_person(on: Any, off: Any) -> None:
    assert _kinds(on, TITLED)["Korvath"][1] == "person"
    assert _kinds(on, TITLED) == _kinds(off, TITLED)


def test_a_given_name_first_stays_a_person(on: Any, off: Any) -> None:
    assert _kinds(on, GIVEN_NAME)["Dalton Greaves"][1] == "person"
    assert _kinds(on, GIVEN_NAME) == _kinds(off, GIVEN_NAME)


def test_no_evidence_no_change(on: Any, off: Any) -> None:
    assert _kinds(on, NO_EVIDENCE) == _kinds(off, NO_EVIDENCE)
