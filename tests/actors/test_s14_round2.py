"""Actor misreads of real news, session 14 round 2 (issues 12/14, engineer C). Sentences
written for these tests; each rule has a test with the rule off that fails the other way."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

# ---------------------------------------------------------------- a first name alone

LONE_GIVEN = "actors.link.fuzzy_lone_given_name"
GIVEN = "Voters who backed Bernie stayed home on election day."


def test_a_first_name_alone_is_no_near_spelling_of_a_surname(layer_of: Any) -> None:
    layer, _ = layer_of(GIVEN, "2016-10-01")
    found = _at(layer, GIVEN, "Bernie")
    assert found is None or "bernier" not in found.id, found


def test_a_first_name_alone_is_near_spelt_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(GIVEN, [LONE_GIVEN], "2016-10-01")
    found = _at(layer, GIVEN, "Bernie")
    assert found is not None and "bernier" in found.id, found


def test_a_misspelt_surname_still_links(layer_of: Any) -> None:
    text = "Tokajew met the visiting delegation in Astana."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "Tokajew")
    assert found is not None and found.id == "person:kassym-jomart-tokayev", found


# ---------------------------------------------------------------- an ideology in lower case

SMALL = "actors.agent.name_written_small"
IDEOLOGY = "A conservative activist handed out leaflets outside the town hall."


def test_a_lowercase_ideology_is_no_party(layer_of: Any) -> None:
    layer, _ = layer_of(IDEOLOGY, "2016-10-01")
    found = _at(layer, IDEOLOGY, "conservative activist")
    assert found is None or found.sector != "PTY", found


def test_a_lowercase_ideology_is_the_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(IDEOLOGY, [SMALL], "2016-10-01")
    found = _at(layer, IDEOLOGY, "conservative activist")
    assert found is not None and found.sector == "PTY", found


def test_a_named_body_inside_a_phrase_still_links(layer_of: Any) -> None:
    text = "The rebel FDLR force attacked a village near Goma."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "rebel FDLR force")
    assert found is not None and found.id == "org:fdlr", found


# ---------------------------------------------------------------- an embassy in what is said

POSTED = "actors.agent.posted_not_teller"
EMBASSY = "The minister deplored the attack on the embassy, a Ghanaian official said."


def test_an_embassy_in_what_is_said_is_not_the_tellers(layer_of: Any) -> None:
    layer, _ = layer_of(EMBASSY, "2024-03-01")
    found = _at(layer, EMBASSY, "embassy")
    assert found is None or found.country != "GHA", found
    teller = _at(layer, EMBASSY, "Ghanaian official")
    assert teller is not None and teller.country == "GHA", teller


def test_an_embassy_in_what_is_said_is_the_tellers_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(EMBASSY, [POSTED])
    found = _at(layer, EMBASSY, "embassy")
    assert found is not None and found.country == "GHA", found


def test_a_named_embassy_keeps_its_country(layer_of: Any) -> None:
    text = "The minister deplored the attack on the Kenyan embassy, a Ghanaian official said."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "Kenyan embassy")
    assert found is not None and found.country == "KEN", found


def test_gunmen_in_what_is_said_keep_the_tellers_country(layer_of: Any) -> None:
    text = "Gunmen ambushed a convoy near the border, Ghanaian officials said."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "Gunmen")
    assert found is not None and found.country == "GHA", found


# ---------------------------------------------------------------- a party's leaders

PLURAL_MEMBERS = "actors.agent.plural_members"
LEADERS = "Republican leaders met the mayor and county officials on Monday."


def test_a_partys_leaders_are_the_party(layer_of: Any) -> None:
    layer, _ = layer_of(LEADERS, "2016-10-01")
    found = _at(layer, LEADERS, "Republican leaders")
    assert found is not None and found.id == "org:republican-party-us", found


def test_a_partys_leaders_are_not_the_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(LEADERS, [PLURAL_MEMBERS], "2016-10-01")
    found = _at(layer, LEADERS, "Republican leaders")
    assert found is None or found.sector != "PTY", found


def test_a_countrys_ministers_stay_its_government(layer_of: Any) -> None:
    text = "Russian ministers met their Turkish counterparts in Sochi."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "Russian ministers")
    assert found is not None and (found.country, found.sector) == ("RUS", "GOV"), found


# ---------------------------------------------------------------- a region's officials

REGION_GROUP = "actors.agent.region_group"
REGIONAL = "Ohio officials and the Obama administration disagreed about the rolls."


def test_a_regions_officials_are_not_the_national_government(layer_of: Any) -> None:
    layer, _ = layer_of(REGIONAL, "2016-10-01")
    region = _at(layer, REGIONAL, "Ohio officials")
    assert region is not None and (region.country, region.sector) == ("USA", "GOV"), region
    assert region.id == "agent:usa:gov:ohio", region


def test_a_regions_officials_are_the_national_government_with_the_rule_off(
    layer_off: Any,
) -> None:
    layer = layer_off(REGIONAL, [REGION_GROUP], "2016-10-01")
    region = _at(layer, REGIONAL, "Ohio officials")
    assert region is not None and region.id == "agent:usa:gov", region


def test_a_countrys_officials_keep_the_countrys_id(layer_of: Any) -> None:
    text = "Georgian officials met Russian officials in Geneva."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "Georgian officials")
    assert found is not None and found.id == "agent:geo:gov", found
