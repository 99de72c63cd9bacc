"""Session 25 (engineer B): five actor bugs that corrupted relations and events, each
fixed by a rule read from the parse or the KB (no names listed). Sentences written for
these tests; each rule is checked on and, switched off, shown to fail."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.actors.affiliation import PAST_CAMPAIGN, affiliations
from stancemap.actors.candidates import NAME_NOUN_FIRST, RULER_NAME_TAIL
from stancemap.actors.descriptors import STAFF_SECTOR
from stancemap.actors.names import TITLE_OF_ANYWHERE
from stancemap.actors.newactors import TITLE_NEVER_HELD
from stancemap.rules import RuleSwitches

from .test_real_news_actors import _at

DATE = "2016-10-10"

# ------------------------------------------------ 1. a staffer's sector is the principal's

CHIEF = "Clinton's chief of staff John Podesta said the emails were stolen."
CHIEF_TO = (
    "John D. Podesta, a chief of staff to President Bill Clinton whom Mr. Obama recruited, "
    "said the plan was sound."
)
ARMY = "The Israeli chief of staff, Gadi Eisenkot, said the army was ready."


def test_a_civilian_principal_gives_the_sector(layer_of: Any) -> None:
    layer, _ = layer_of(CHIEF, DATE)
    found = _at(layer, CHIEF, "John Podesta")
    assert found is not None and found.sector != "MIL", found


def test_the_title_word_gives_mil_with_the_rule_off(layer_off: Any) -> None:
    found = _at(layer_off(CHIEF, [STAFF_SECTOR], DATE), CHIEF, "John Podesta")
    assert found is not None and found.sector == "MIL", found


def test_a_served_person_keeps_the_kb_person(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(CHIEF_TO, DATE)
    found = _at(layer, CHIEF_TO, "John D. Podesta")
    assert found is not None and not found.id.startswith("new:"), found
    assert found.sector != "MIL", found
    off = _at(layer_off(CHIEF_TO, [STAFF_SECTOR], DATE), CHIEF_TO, "John D. Podesta")
    assert off is not None and off.id.startswith("new:"), off


def test_a_former_staffer_stays_an_elite(layer_of: Any) -> None:
    text = "Tommy Vietor, a former spokesman for Mr. Obama, said the memo was old."
    layer, _ = layer_of(text, DATE)
    found = _at(layer, text, "Tommy Vietor")
    assert found is not None and found.sector == "ELI", found


def test_a_country_keeps_the_military_chief(layer_of: Any) -> None:
    layer, _ = layer_of(ARMY, DATE)
    found = _at(layer, ARMY, "Gadi Eisenkot")
    assert found is not None and found.sector == "MIL", found


# ------------------------------------------------ 2. a word of an office title is no actor

STATE = [
    "Hillary Clinton, the Secretary of State, met Lavrov in Geneva.",
    "As Secretary of State, Hillary Clinton used a private server.",
    "Obama's Secretary of State, John Kerry, met Lavrov in Geneva.",
    "The head of State, President Putin, met Kerry.",
]


@pytest.mark.parametrize("text", STATE)
def test_an_office_title_makes_no_actor_anywhere(layer_of: Any, layer_off: Any, text: str) -> None:
    layer, document = layer_of(text, DATE)
    assert "State" not in {document.text[m.start : m.end] for m in layer.mentions}
    off = layer_off(text, [TITLE_OF_ANYWHERE], DATE)
    assert "State" in {text[m.start : m.end] for m in off.mentions}


def test_a_body_many_belong_to_stays_an_actor(layer_of: Any) -> None:
    text = "The Israeli leader frequently meets with members of Congress in Washington."
    layer, _ = layer_of(text, DATE)
    assert "Congress" in {text[m.start : m.end] for m in layer.mentions}


def test_the_department_written_out_stays_a_body(layer_of: Any) -> None:
    layer, _ = layer_of("The Department of State said Clinton had used a private server.", DATE)
    assert any(layer.actors[m.actor_id].type == "organization" for m in layer.mentions)


# ------------------------------------------------ 3. one person, one mention; titles agree

XI = "Chinese President Xi Jinping met Obama on Tuesday."


def test_a_ruler_name_takes_the_rest_of_the_name(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(XI, DATE)
    xi = [XI[m.start : m.end] for m in layer.mentions if m.actor_id == "person:xi-jinping"]
    assert xi == ["President Xi Jinping"], xi
    off = layer_off(XI, [RULER_NAME_TAIL], DATE)
    xi_off = [XI[m.start : m.end] for m in off.mentions if m.actor_id == "person:xi-jinping"]
    assert len(xi_off) == 2, xi_off


def test_a_following_word_of_no_name_is_not_taken(layer_of: Any) -> None:
    text = "President Obama Administration officials met on Tuesday."
    layer, _ = layer_of(text, DATE)
    assert all(not text[m.start : m.end].endswith("Administration") for m in layer.mentions)


NOVAK = "Senator Novak criticized the bill on Friday."


def test_a_title_of_a_sector_never_held_is_someone_else(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(NOVAK, DATE)
    found = _at(layer, NOVAK, "Novak")
    assert found is not None and found.id.startswith("new:person:"), found
    assert found.sector == "LEG" and found.country is None, found
    rules = [TITLE_NEVER_HELD]
    off = _at(layer_off(NOVAK, rules, DATE), NOVAK, "Novak")
    assert off is not None and off.country == "HUN", off


def test_a_surname_named_in_full_is_left_to_the_document(layer_of: Any) -> None:
    text = "Voters backed Senator Novak on Monday. Later, Anna Novak thanked them."
    layer, _ = layer_of(text, DATE)
    first, full = _at(layer, text, "Novak"), _at(layer, text, "Anna Novak")
    assert first is not None and full is not None and first.id == full.id, (first, full)


@pytest.mark.parametrize(
    ("text", "name", "wanted"),
    [
        ("Senator Sanders criticized the bill.", "Sanders", "person:bernie-sanders"),
        ("President Novak criticized the bill.", "Novak", "leader:katalin-novak-hun"),
    ],
)
def test_a_title_the_person_held_keeps_them(
    layer_of: Any, text: str, name: str, wanted: str
) -> None:
    layer, _ = layer_of(text, DATE)
    found = _at(layer, text, name)
    assert found is not None and found.id == wanted, found


# ------------------------------------------------ 4. a first word tagged as a common noun

FIRST = "Donald Trump spoke in Ohio. Trump supporters cheered him."


def test_a_first_word_named_elsewhere_is_the_name(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(FIRST, DATE)
    start = FIRST.index("Trump supporters")
    assert layer.mentions_in(start, start + len("Trump supporters")), layer.mentions
    off = layer_off(FIRST, [NAME_NOUN_FIRST], DATE)
    assert not off.mentions_in(start, start + len("Trump supporters")), off.mentions


def test_a_first_word_named_nowhere_else_stays_a_noun(layer_of: Any) -> None:
    text = "Trade talks resumed in Geneva. The World Trade Organization said so."
    layer, _ = layer_of(text, DATE)
    assert not layer.mentions_in(0, len("Trade talks")), layer.mentions


# ------------------------------------------------ 5. a past campaign ties no one

PAST = [
    "Clinton's 2008 campaign manager Patti Solis Doyle criticized Obama.",
    "Clinton's campaign manager in her 2008 campaign, Patti Solis Doyle, criticized Obama.",
]


@pytest.mark.parametrize("text", PAST)
def test_a_past_campaign_ties_no_one(layer_of: Any, text: str) -> None:
    layer, _ = layer_of(text, DATE)
    assert affiliations(layer, date=DATE, switches=RuleSwitches.shipped()) == {}
    off = affiliations(layer, date=DATE, switches=RuleSwitches.shipped(off=[PAST_CAMPAIGN]))
    assert any(t.actor == "person:hillary-clinton" for ties in off.values() for t in ties), off


def test_this_years_campaign_still_ties(layer_of: Any) -> None:
    text = "Clinton's 2016 campaign manager Robby Mook criticized Trump."
    layer, _ = layer_of(text, DATE)
    ties = affiliations(layer, date=DATE, switches=RuleSwitches.shipped())
    assert any(t.actor == "person:hillary-clinton" for found in ties.values() for t in found)
