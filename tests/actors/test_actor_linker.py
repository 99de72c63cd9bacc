"""Context-free linking: names, spellings, roles on a date, generic agents."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "spelling",
    [
        "Tokayev",
        "Tokaev",
        "Tokajew",
        "Tokyev",
        "Kassym-Jomart Tokayev",
        "President Kassym-Jomart Tokayev",
        "Qasym-Jomart Toqaev",
    ],
)
def test_tokayev_spellings(linker, spelling: str) -> None:
    found = linker.link(spelling, "2022-06-17")
    assert found is not None and found.id == "person:kassym-jomart-tokayev"
    assert found.role == "President of Kazakhstan"
    assert (found.country, found.sector) == ("KAZ", "GOV")


def test_accents_case_and_articles_fold(linker) -> None:
    assert linker.link("Viktor Orban").wiki == "Viktor Orbán"
    assert linker.link("The North Atlantic Treaty Organization").id == "igo:nato"
    assert linker.link("the U.N.").id == "igo:un"
    assert linker.link("TEHRAN").country == "IRN"


def test_short_names_are_case_sensitive(linker) -> None:
    assert linker.link("US").id == "country:USA"
    found = linker.link("us")
    assert found is None or found.id != "country:USA"


def test_fuzzy_name_needs_the_same_frame(linker) -> None:
    assert linker.link("George Dubya Bush").id == "person:george-w-bush"
    assert linker.link("Angela Merkle").id == "person:angela-merkel"
    assert linker.link("Angelo Merrick") is None


@pytest.mark.parametrize(
    ("mention", "date", "who"),
    [
        ("the Kazakh president", "2022-06-17", "person:kassym-jomart-tokayev"),
        ("the Kazakh president", "2015-01-01", "person:nursultan-nazarbayev"),
        ("the Kremlin chief", "2022-06-17", "person:vladimir-putin"),
        ("the Russian prime minister", "2010-01-01", "person:vladimir-putin"),
        ("Russia's foreign minister", "2022-06-17", "person:sergey-lavrov"),
        ("the German chancellor", "2019-05-01", "person:angela-merkel"),
        ("the German chancellor", "2023-05-01", "person:olaf-scholz"),
        ("the Iranian president", "2022-06-17", "person:ebrahim-raisi"),  # not the Supreme Leader
        ("the Ukrainian leader", "2022-06-17", "person:volodymyr-zelensky"),
        ("the British leader", "2021-01-01", "person:boris-johnson"),  # HOG leads the UK
    ],
)
def test_nominal_roles_resolve_on_the_date(linker, mention: str, date: str, who: str) -> None:
    found = linker.link(mention, date)
    assert found is not None and found.id == who
    assert found.how == "role"


def test_a_role_nobody_in_the_kb_holds_is_a_role_actor(linker) -> None:
    found = linker.link("the Fijian foreign minister", "2022-06-17")
    assert (found.type, found.country, found.sector) == ("person", "FJI", "GOV")
    assert found.kb is None


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [
        ("Ukrainian farmers", "UKR", "AGR"),
        ("Russian troops", "RUS", "MIL"),
        ("soldiers", None, "MIL"),
        ("Kyiv police", "UKR", "COP"),
        ("two Chinese warplanes", "CHN", "MIL"),
        ("antiwar protesters", None, "OPP"),
        ("a former White House official", "USA", "ELI"),
        ("Shanghai authorities", "CHN", "GOV"),
        ("Nigeria's airlines", "NGA", "BUS"),
        ("a Ugandan attorney", "UGA", "JUD"),
        ("Pakistani Army", "PAK", "MIL"),
        ("Director of Central Intelligence", None, "SPY"),
    ],
)
def test_generic_agents_get_country_and_sector(linker, mention, country, sector) -> None:
    found = linker.link(mention)
    assert found is not None
    assert (found.country, found.sector) == (country, sector)


def test_agent_ids_are_stable_per_country_and_sector(linker) -> None:
    assert linker.link("Russian troops").id == linker.link("Russian soldiers").id
    assert linker.link("Russian troops").id != linker.link("Ukrainian troops").id


def test_seats_of_government_are_the_country_as_government(linker) -> None:
    moscow = linker.link("Moscow")
    assert (moscow.id, moscow.sector) == ("country:RUS", "GOV")
    assert linker.link("the Kremlin").id == "country:RUS"
    assert linker.link("Prishtina").wiki == "Pristina"


def test_a_title_in_the_text_picks_the_role(linker) -> None:
    rubio = linker.link("US Senator Marco Rubio")
    assert rubio.sector == "LEG" and "Senator" in rubio.role
    assert linker.link("Marco Rubio", "2025-06-01").sector == "GOV"
    assert linker.link("former President Barack Obama", "2022-01-01").sector == "ELI"


def test_organisations_named_inside_a_phrase(linker) -> None:
    found = linker.link("the rebel FDLR force")
    assert found.id == "org:fdlr" and found.sector == "REB"


def test_dated_organisation_roles(linker) -> None:
    assert linker.link("Taliban", "2019-01-01").sector == "REB"
    assert linker.link("Taliban", "2022-01-01").sector == "GOV"


def test_nothing_for_empty_or_unknown(linker) -> None:
    assert linker.link("") is None
    assert linker.link("Zzyzx Qwerty") is None


def test_new_ids_have_one_prefix_and_one_test() -> None:
    """An actor not in the KB gets ``records.NEW_PREFIX`` + its type (``linker.new_id``);
    ``records.is_new_id`` is the one test of it (of a type, when given)."""
    from stancemap.actors.linker import agent_id, new_id
    from stancemap.records import NEW_PREFIX, is_agent_id, is_new_id

    person = new_id("Olena Kovalenko", "person")
    assert person.startswith(f"{NEW_PREFIX}person:") and person == new_id(
        "olena kovalenko", "person"
    )
    assert is_new_id(person) and is_new_id(person, "person")
    assert not is_new_id(person, "organization") and not is_agent_id(person)
    assert not is_new_id("person:vladimir-putin") and not is_new_id(agent_id("RUS", "MIL"))
