"""Session 18 (engineer S, issues 14 and 12): bodies named inside a longer title, a
government named by its head, and two known names joined by a hyphen. Sentences
written for these tests; each rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

OWNER = "actors.names.owner_of_phrase"
APART = "actors.agent.person_possessor_apart"
HYPHEN = "actors.names.hyphen_pair"

SPOKESWOMAN = "Norwegian foreign ministry spokeswoman Ingrid Dahl criticised the plan on Monday."
POSSESSED = "Ghana's Foreign Office spokesman Kofi Mensah welcomed the ruling on Friday."
LED = "The courts blocked several reforms proposed by Prime Minister Donald Tusk's government."
HEADLINE = "Ramaphosa-Trump Meeting Ends Without Deal"


def _mention(layer: Any, words: str) -> Any:
    return next((m for m in layer.mentions if words in m.text), None)


def _actor_of(layer: Any, words: str) -> Any:
    m = _mention(layer, words)
    return layer.actor(m.actor_id) if m is not None else None


def test_a_body_inside_a_title_takes_the_titles_country(layer_of: Any) -> None:
    layer, _ = layer_of(SPOKESWOMAN, "2024-03-01")
    body = _actor_of(layer, "foreign ministry")
    assert body is not None and body.country == "NOR" and body.sector == "GOV", body
    # its mention names its state, as "the Norwegian Foreign Ministry" written whole would
    assert _mention(layer, "foreign ministry").text == "Norwegian foreign ministry"


def test_a_possessor_before_a_title_owns_the_body_in_it(layer_of: Any) -> None:
    layer, _ = layer_of(POSSESSED, "2024-03-01")
    body = _actor_of(layer, "Foreign Office")
    assert body is not None and body.country == "GHA", body  # not the UK's Foreign Office


def test_the_body_has_no_country_from_the_title_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(SPOKESWOMAN, [OWNER])
    body = _actor_of(layer, "foreign ministry")
    assert body is None or body.country != "NOR", body
    layer = layer_off(POSSESSED, [OWNER])
    body = _actor_of(layer, "Foreign Office")
    assert body is None or body.country != "GHA", body


def test_a_government_named_by_its_head_is_not_a_mention_of_the_head(layer_with: Any) -> None:
    layer = layer_with(LED, [APART])  # on since session 18 (blind W3 gains)
    government = _actor_of(layer, "government")
    assert government is not None and government.country == "POL", government
    assert _mention(layer, "government").text == "government"
    assert government.name == "Poland's government", government  # named by its state
    tusk = _actor_of(layer, "Tusk")
    assert tusk is not None and tusk.id == "person:donald-tusk", tusk
    # no mention of the government holds Tusk's name
    assert not [m for m in layer.mentions if "Tusk" in m.text and m.actor_id == government.id]


def test_the_government_mention_holds_the_head_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(LED, [APART])  # switched off
    assert any("Tusk's government" in m.text for m in layer.mentions)


def test_two_known_names_joined_by_a_hyphen_are_two_actors(layer_of: Any) -> None:
    layer, _ = layer_of(HEADLINE, "2025-05-21")
    ids = {m.actor_id for m in layer.mentions}
    assert {"person:cyril-ramaphosa", "person:donald-trump"} <= ids, ids


def test_a_known_double_barrelled_name_stays_whole(layer_of: Any) -> None:
    text = "Kassym-Jomart Tokayev Wins Another Term"
    layer, _ = layer_of(text, "2022-11-21")
    assert _actor_of(layer, "Tokayev").id == "person:kassym-jomart-tokayev"


def test_the_joined_names_are_one_new_actor_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(HEADLINE, [HYPHEN], "2025-05-21")
    ids = {m.actor_id for m in layer.mentions}
    assert not {"person:cyril-ramaphosa", "person:donald-trump"} <= ids, ids


def test_the_spokesperson_of_a_possessed_body_is_of_its_country(layer_of: Any) -> None:
    layer, _ = layer_of(POSSESSED, "2024-03-01")
    person = _actor_of(layer, "Kofi Mensah")
    assert person is not None and person.country == "GHA", person


def test_two_countries_bodies_named_alike_are_two_actors(layer_of: Any) -> None:
    text = SPOKESWOMAN + " Danish foreign ministry spokesman Lars Holm agreed with her."
    layer, _ = layer_of(text, "2024-03-01")
    norway, denmark = _at(layer, text, "foreign ministry"), _at(layer, text, "foreign ministry", 1)
    assert norway is not None and denmark is not None, (norway, denmark)
    assert norway.id != denmark.id and denmark.country == "DNK", (norway, denmark)


def test_a_body_named_after_a_newspaper_takes_no_country(layer_of: Any) -> None:
    text = "The figures come from the Daily Planet's super PAC tracker."
    layer, _ = layer_of(text, "2016-09-22")
    pac = _actor_of(layer, "PAC")
    assert pac is None or not pac.country, pac


# ---------------------------------------------------------------- the act, not the party

ACT = "actors.agent.act_use"
MET = "The tax plan of Kenyan President William Ruto met with fierce opposition last week."
PARTY = "In Kenya, the opposition accused President William Ruto of rigging the vote."


def test_fierce_opposition_is_the_act_not_a_party(layer_of: Any) -> None:
    layer, _ = layer_of(MET, "2024-06-01")
    assert _mention(layer, "opposition") is None, layer.mentions


def test_the_opposition_is_still_a_party(layer_of: Any) -> None:
    layer, _ = layer_of(PARTY, "2024-06-01")
    party = _actor_of(layer, "opposition")
    assert party is not None and party.sector == "OPP", party


def test_fierce_opposition_is_a_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(MET, [ACT], "2024-06-01")
    party = _actor_of(layer, "opposition")
    assert party is not None and party.sector == "OPP", party
