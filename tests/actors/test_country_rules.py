"""Country (and sector) of actors from general rules, on sentences written for these tests:
coordinated demonyms, possessive/adjectival owners of institutions, titles before new
people, plural roles, leaders' administrations, ethnic groups, IGO office holders."""

from __future__ import annotations

import pytest

from stancemap.actors.countries import ethnic_group_index, parse_ethnic_groups
from stancemap.errors import KnowledgeBaseError


def _by_text(layer, document):
    """Mention text -> (country, sector) of its actor."""
    out = {}
    for mention in layer.mentions:
        actor = layer.actor(mention.actor_id)
        assert document.text[mention.start : mention.end] == mention.text
        out[mention.text] = (actor.country, actor.sector)
    return out


def test_coordinated_demonyms_make_one_agent_per_country(layer_of):
    layer, document = layer_of("Senior Chilean and Peruvian diplomats met in Lima on Friday.")
    found = _by_text(layer, document)
    countries = {country for country, _ in found.values()}
    assert {"CHL", "PER"} <= countries
    # each country's diplomats are their own (government) agent, not the country itself
    agents = {a.country for a in layer.actors.values() if a.id.startswith("agent:")}
    assert {"CHL", "PER"} <= agents


def test_possessive_country_owns_a_same_named_institution(layer_of):
    layer, document = layer_of("Ghana's Supreme Court dismissed the petition on Monday.")
    found = _by_text(layer, document)
    assert found["Supreme Court"] == ("GHA", "JUD")


def test_country_adjective_inside_an_unknown_organisation_name(layer_of):
    layer, document = layer_of("The Kenyan Association of Bakers called off its boycott.")
    found = _by_text(layer, document)
    assert found["Kenyan Association of Bakers"][0] == "KEN"


def test_possessive_country_of_an_unknown_body(layer_of):
    layer, document = layer_of("Chile's Cabinet approved the budget on Sunday.")
    found = _by_text(layer, document)
    assert found["Cabinet"][0] == "CHL"


def test_title_before_an_unknown_person_gives_country_and_sector(layer_of):
    text = "Norwegian Secretary of State Ola Brennvik telephoned the envoy on Tuesday."
    layer, document = layer_of(text)
    assert _by_text(layer, document)["Ola Brennvik"] == ("NOR", "GOV")


def test_igo_title_makes_an_unknown_person_an_igo_actor(layer_of):
    layer, document = layer_of("Arab League Secretary-General Samir Qaddoumi urged restraint.")
    assert _by_text(layer, document)["Samir Qaddoumi"] == (None, "IGO")


def test_a_title_in_apposition_describes_the_name(layer_of):
    # what the text says comes first: "the Chilean minister, X," says who X is (issue 13)
    layer, document = layer_of("He thanked the Chilean minister, Ola Brennvik, on Tuesday.")
    assert _by_text(layer, document)["Ola Brennvik"] == ("CHL", "GOV")


def test_plural_role_with_a_country_is_a_group(layer_of):
    layer, document = layer_of("Somali rebel leaders rejected the offer.")
    assert _by_text(layer, document)["Somali rebel leaders"] == ("SOM", "REB")


def test_plural_role_without_a_country_is_nobody(layer_of):
    # no country is guessed: the layer quotes and events decide on has no mention of such an
    # actor; actors.agent.subject_group_source_only (session 46) adds the phrase late as a
    # group of its own, read only as an event's source, and still of no country
    layer, _ = layer_of("Rebel leaders rejected the offer.")
    decided = layer.before or layer
    assert not [m for m in decided.mentions if decided.actor(m.actor_id).sector == "REB"]
    assert all(a.country is None for a in layer.actors.values() if a.sector == "REB")


def test_leader_named_administration_is_that_leaders_government(layer_of):
    layer, document = layer_of("The Reagan administration rejected the proposal.", "1985-03-01")
    assert _by_text(layer, document)["Reagan administration"] == ("USA", "GOV")


def test_bare_demonym_tagged_as_a_person_is_that_countrys_people(layer_of):
    layer, document = layer_of("The general banned Ugandan opposition candidates.")
    countries = {c for c, _ in _by_text(layer, document).values()}
    assert "UGA" in countries


def test_ethnic_group_with_one_homeland(layer_of):
    layer, document = layer_of("Igbo traditional elders demanded a new constitution.")
    assert _by_text(layer, document)["Igbo traditional elders"][0] == "NGA"


def test_un_secretary_general_acts_for_the_un_not_his_country(layer_of):
    layer, document = layer_of("Kofi Annan flew to Nairobi.", "2003-05-01")
    assert _by_text(layer, document)["Kofi Annan"] == (None, "IGO")
    layer, document = layer_of("Kurt Waldheim flew to Rome.", "1988-05-01")
    assert _by_text(layer, document)["Kurt Waldheim"][0] == "AUT"  # then President of Austria


def test_ethnic_group_table_loads_and_validates():
    index = ethnic_group_index()
    assert index["igbo"] == "NGA" and index["ibo"] == "NGA"
    assert "kurd" not in index  # groups with several home states are left out on purpose
    header = "forms\tiso3\n"
    with pytest.raises(KnowledgeBaseError, match=r"e\.tsv:2.*iso3"):
        parse_ethnic_groups(header + "Zulu\tQQQ\n", "e.tsv")
    with pytest.raises(KnowledgeBaseError, match=r"e\.tsv:3.*forms"):
        parse_ethnic_groups(header + "Zulu\tZAF\nZulu\tNGA\n", "e.tsv")
    with pytest.raises(KnowledgeBaseError, match=r"e\.tsv:1"):
        parse_ethnic_groups("name\tcode\n", "e.tsv")


def test_ethnic_minority_is_not_the_demonyms_country(layer_of):
    layer, _ = layer_of("Police arrested three ethnic Hungarians and two Romanian farmers.")
    countries = {a.country for a in layer.actors.values()}
    assert "HUN" not in countries  # "ethnic Hungarians" in Romania are no Hungarian actor
    assert "ROU" in countries  # the plain demonym still counts


def test_transnational_armed_groups_are_img_with_no_country(linker):
    for name in ("al-Qaeda", "ISIS"):
        found = linker.link(name, "2015-01-01")
        assert found is not None and (found.country, found.sector) == (None, "IMG")


def test_a_title_never_reaches_into_the_previous_sentence(layer_of):
    layer, document = layer_of("The talks were held in Chile. Ola Brennvik left on Tuesday.")
    assert _by_text(layer, document).get("Ola Brennvik", (None, None))[0] is None


def test_a_proper_company_name_keeps_its_own_country(layer_of):
    layer, document = layer_of("Ukraine's Gazprom debt was settled on Friday.")
    assert _by_text(layer, document)["Gazprom"][0] == "RUS"
