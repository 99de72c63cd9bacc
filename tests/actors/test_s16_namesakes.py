"""Namesakes (session 16 round 2, engineer C): a lone surname several well-known KB people
carry is the one whose recorded roles lie nearest the document's date; a given name
coordinated before a full name shares its surname. Sentences written for these tests; each
rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

ALONE = "Clinton won the primary in Delaware on Tuesday, her aides said."


def test_a_lone_surname_is_the_namesake_nearest_the_date(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(ALONE, "2016-04-27")
    found = _at(layer, ALONE, "Clinton")
    assert found is not None and found.id == "person:hillary-clinton", found
    off = layer_off(ALONE, ["actors.link.nearest_role"], "2016-04-27")
    found = _at(off, ALONE, "Clinton")
    assert found is not None and found.id == "person:bill-clinton", found


def test_an_office_holder_on_the_date_still_wins(layer_of: Any) -> None:
    text = "Clinton signed the budget bill in Washington on Friday."
    layer, _ = layer_of(text, "1997-08-05")
    found = _at(layer, text, "Clinton")
    assert found is not None and found.id == "person:bill-clinton", found


COUPLE = "Bill and Hillary Clinton attended a fundraising dinner in Denver on Saturday."


def test_a_given_name_before_a_full_name_shares_its_surname(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(COUPLE, "2016-04-27")
    bill = _at(layer, COUPLE, "Bill")
    hillary = _at(layer, COUPLE, "Hillary Clinton")
    assert bill is not None and bill.id == "person:bill-clinton", bill
    assert hillary is not None and hillary.id == "person:hillary-clinton", hillary
    off = layer_off(COUPLE, ["actors.names.shared_surname_conjunct"], "2016-04-27")
    bill = _at(off, COUPLE, "Bill")
    assert bill is None or bill.id != "person:bill-clinton", bill


def test_an_unknown_couple_is_two_people(layer_of: Any) -> None:
    text = "Paul and Mary Okafor sued the county over the flooded road."
    layer, _ = layer_of(text, "2016-04-27")
    paul = _at(layer, text, "Paul")
    mary = _at(layer, text, "Mary Okafor")
    assert paul is not None and mary is not None and paul.id != mary.id
    assert paul.name == "Paul Okafor", paul


def test_a_surname_before_a_full_name_keeps_its_own_person(layer_of: Any) -> None:
    text = "Sanders and Hillary Clinton debated trade in Flint on Sunday."
    layer, _ = layer_of(text, "2016-04-27")
    found = _at(layer, text, "Sanders")
    assert found is not None and found.id == "person:bernie-sanders", found


def test_an_initialism_keeps_its_own_name(layer_of: Any) -> None:
    text = "The retired teacher voted for JFK and Bill Clinton in her youth."
    layer, _ = layer_of(text, "2016-04-27")
    found = _at(layer, text, "JFK")
    assert found is None or "Clinton" not in found.name, found


def test_a_titled_surname_keeps_its_own_person(layer_of: Any) -> None:
    text = "The memo went to Ms. Okafor and Daniel Reyes, two advisers of the governor."
    layer, _ = layer_of(text, "2016-04-27")
    found = _at(layer, text, "Okafor")
    assert found is None or "Reyes" not in found.name, found


FAMILY = "Hillary Clinton spoke in Iowa on Monday. The Clintons later flew to Denver."


def test_a_plural_surname_is_the_family(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(FAMILY, "2016-04-27")
    found = _at(layer, FAMILY, "Clintons")
    assert found is not None and found.type == "group" and found.country == "USA", found
    assert found.id != "person:hillary-clinton"
    off = layer_off(FAMILY, ["actors.names.family_plural"], "2016-04-27")
    found = _at(off, FAMILY, "Clintons")
    assert found is None or found.type != "group", found
