"""Actor misreads of real news, session 15 (issues 12/14, engineer C). Sentences written
for these tests; each rule has a test with the rule off that fails the other way."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

# ---------------------------------------------------------------- a surname two people share

SHARED = "actors.names.surname_ahead_shared"
CLINTONS = (
    "Clinton Weighs Her Options\n\n"
    "Mrs. Clinton spoke in Denver on Monday. Hillary Clinton later thanked her husband, "
    "former President Bill Clinton, for his help, and Mrs. Clinton left for Ohio."
)


def test_a_surname_met_before_two_full_names_goes_to_the_honorifics_person(
    layer_of: Any,
) -> None:
    layer, _ = layer_of(CLINTONS, "2016-06-27")
    for nth in (0, 1):  # the headline's "Clinton", then "Mrs. Clinton"
        found = _at(layer, CLINTONS, "Clinton", nth)
        assert found is not None and found.id == "person:hillary-clinton", (nth, found)
    bill = _at(layer, CLINTONS, "Bill Clinton")
    assert bill is not None and bill.id == "person:bill-clinton", bill


def test_a_surname_met_before_two_full_names_is_a_new_person_with_the_rule_off(
    layer_off: Any,
) -> None:
    layer = layer_off(CLINTONS, [SHARED], "2016-06-27")
    found = _at(layer, CLINTONS, "Clinton", 1)
    assert found is not None and found.id.startswith("new:person:"), found


# ---------------------------------------------------------------- a common word near a surname

COMMON = "actors.link.fuzzy_common_word"
FIRM = "Patriot said on Tuesday it would hire 200 workers at its plant."


def test_a_common_word_is_no_near_spelling_of_a_surname(layer_of: Any) -> None:
    layer, _ = layer_of(FIRM, "2016-10-01")
    found = _at(layer, FIRM, "Patriot")
    assert found is None or "patriota" not in found.id, found


def test_a_common_word_is_near_spelt_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(FIRM, [COMMON], "2016-10-01")
    found = _at(layer, FIRM, "Patriot")
    assert found is not None and "patriota" in found.id, found


# ---------------------------------------------------------------- a country opening a name

LONGER_NAME = "actors.names.country_in_longer_name"
PAPER = "The story was first reported by USA TODAY on Monday."


def test_a_country_opening_a_newspaper_name_is_no_mention_of_it(layer_of: Any) -> None:
    layer, _ = layer_of(PAPER, "2016-10-01")
    found = _at(layer, PAPER, "USA")
    assert found is not None and found.type == "organization" and found.country is None, found
    assert found.name == "USA TODAY"


def test_a_country_opening_a_newspaper_name_is_the_country_with_the_rule_off(
    layer_off: Any,
) -> None:
    layer = layer_off(PAPER, [LONGER_NAME], "2016-10-01")
    found = _at(layer, PAPER, "USA")
    assert found is not None and found.id == "country:USA", found


def test_a_countrys_own_body_keeps_the_country(layer_of: Any) -> None:
    text = "U.S. officials said the U.S. Senate would vote soon."
    layer, _ = layer_of(text, "2016-10-01")
    found = _at(layer, text, "U.S. Senate")
    assert found is not None and found.id == "org:us-senate", found


# ---------------------------------------------------------------- a region's own body

REGION = "actors.names.region_body"
ASSEMBLY = "The Virginia General Assembly passed the bill on Tuesday."


def test_a_states_general_assembly_is_no_un_body(layer_of: Any) -> None:
    layer, _ = layer_of(ASSEMBLY, "2016-10-01")
    found = _at(layer, ASSEMBLY, "General Assembly")
    assert found is not None and found.id != "igo:unga", found
    assert found.country == "USA" and found.type == "organization", found


def test_a_states_general_assembly_is_the_uns_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(ASSEMBLY, [REGION], "2016-10-01")
    found = _at(layer, ASSEMBLY, "General Assembly")
    assert found is not None and found.id == "igo:unga", found


def test_the_un_general_assembly_stays_the_uns(layer_of: Any) -> None:
    text = "The UN General Assembly voted on the resolution."
    layer, _ = layer_of(text, "2016-10-01")
    found = _at(layer, text, "General Assembly")
    assert found is not None and found.id == "igo:unga", found


# ---------------------------------------------------------------- a royal without office

ROYAL = "actors.agent.royal_no_office"
PRINCE = "A Saudi prince bought the football club last year."


def test_a_prince_is_an_elite_not_the_government(layer_of: Any) -> None:
    layer, _ = layer_of(PRINCE, "2016-10-01")
    found = _at(layer, PRINCE, "Saudi prince")
    assert found is not None and found.country == "SAU" and found.sector == "ELI", found


def test_a_prince_is_the_government_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(PRINCE, [ROYAL], "2016-10-01")
    found = _at(layer, PRINCE, "Saudi prince")
    assert found is not None and found.sector == "GOV", found


def test_a_king_still_rules(layer_of: Any) -> None:
    text = "The Jordanian king met the visiting delegation in Amman."
    layer, _ = layer_of(text, "2016-10-01")
    found = _at(layer, text, "Jordanian king")
    assert found is not None and found.sector == "GOV", found


# ---------------------------------------------------------------- a party by its adjective

ADJECTIVE = "actors.agent.party_adjective"
SENATORS = "Democratic senators blocked the measure on Thursday."


def test_a_partys_adjective_before_a_plural_role_is_the_party(layer_of: Any) -> None:
    layer, _ = layer_of(SENATORS, "2016-10-01")
    found = _at(layer, SENATORS, "Democratic senators")
    assert found is not None and found.id == "org:democratic-party-us", found


def test_a_partys_adjective_finds_no_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(SENATORS, [ADJECTIVE], "2016-10-01")
    found = _at(layer, SENATORS, "Democratic senators")
    assert found is None or found.sector != "PTY", found


# ---------------------------------------------------------------- a party's followers

FOLLOWERS = "actors.names.party_followers"
VOTERS = "GOP voters booed the speaker in Cleveland."


def test_a_partys_voters_are_its_followers_not_the_party(layer_of: Any) -> None:
    layer, _ = layer_of(VOTERS, "2016-10-01")
    found = _at(layer, VOTERS, "GOP voters")
    assert found is not None and found.type == "group", found
    assert found.country == "USA" and found.sector != "PTY", found


def test_a_partys_voters_are_the_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(VOTERS, [FOLLOWERS], "2016-10-01")
    found = _at(layer, VOTERS, "GOP voters")
    assert found is not None and found.id == "org:republican-party-us", found


# ---------------------------------------------------------------- a role after "as"

AS_ROLE = "actors.agent.role_after_as"
ELECTED = "If she is elected as U.S. president, her husband would stay in New York."


def test_a_role_after_as_is_no_office_holder(layer_of: Any) -> None:
    layer, _ = layer_of(ELECTED, "2016-06-01")
    found = _at(layer, ELECTED, "U.S. president")
    assert found is None or found.type != "person", found


def test_a_role_after_as_is_the_holder_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(ELECTED, [AS_ROLE], "2016-06-01")
    found = _at(layer, ELECTED, "U.S. president")
    assert found is not None and found.id == "person:barack-obama", found


# ---------------------------------------------------------------- an office word picks the namesake

TITLE_NAMESAKE = "actors.names.title_namesake"
SECRETARY = "Former Secretary Clinton defended her record on Monday in Iowa."


def test_an_office_word_picks_the_namesake_who_held_it(layer_of: Any) -> None:
    layer, _ = layer_of(SECRETARY, "2016-06-01")
    found = _at(layer, SECRETARY, "Clinton")
    assert found is not None and found.id == "person:hillary-clinton", found


def test_an_office_word_picks_nobody_with_the_rule_off(layer_off: Any) -> None:
    # actors.link.nearest_role alone reads a 2016 "Clinton" as Hillary: both off
    layer = layer_off(SECRETARY, [TITLE_NAMESAKE, "actors.link.nearest_role"], "2016-06-01")
    found = _at(layer, SECRETARY, "Clinton")
    assert found is not None and found.id == "person:bill-clinton", found


def test_the_president_stays_the_president(layer_of: Any) -> None:
    text = "Former President Clinton spoke in Iowa on Monday."
    layer, _ = layer_of(text, "2016-06-01")
    found = _at(layer, text, "Clinton")
    assert found is not None and found.id == "person:bill-clinton", found


def test_an_office_word_keeps_the_namesake_beside_another_named_in_full(layer_of: Any) -> None:
    text = (
        "A diplomat said former Secretary Clinton put speed over security. The video puts "
        "Clinton on defense. Her husband, Bill Clinton, was president in the 1990s."
    )
    layer, _ = layer_of(text, "2016-06-01")
    found = _at(layer, text, "Clinton", 1)
    assert found is not None and found.id == "person:hillary-clinton", found


# ---------------------------------------------------------------- "it seems"

IT_SEEMS = "actors.coref.it_seems"
SEEMS = "The Republican Party met in Ohio on Monday. It seems pretty likely they will win."


def test_it_seems_is_no_body(layer_of: Any) -> None:
    layer, _ = layer_of(SEEMS, "2016-10-01")
    assert _at(layer, SEEMS, "It") is None


def test_it_seems_is_the_body_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(SEEMS, [IT_SEEMS], "2016-10-01")
    found = _at(layer, SEEMS, "It")
    assert found is not None and found.id == "org:republican-party-us", found
