"""Whose a group is: a demonym of two countries, a body named in the phrase, a national society.

Sentences written for these tests (rules ``actors.agent.shared_demonym``,
``actors.agent.body_in_phrase``, ``actors.names.national_branch``).
"""

from __future__ import annotations

import rule_settings


def _actor_of(layer, document, words: str):
    for m in layer.mentions:
        if document.text[m.start : m.end] == words:
            return layer.actors[m.actor_id]
    raise AssertionError(f"no mention {words!r}")


def _off(analyzer, text: str, rule: str, date: str = "2010-06-01"):
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date=date)
    return DocumentResolver(
        analyzer.actors.linker, doc, document, rule_settings.switches([rule])
    ).run()


def test_a_shared_demonym_alone_is_a_group_of_no_country(layer_of) -> None:
    layer, document = layer_of("Congolese soldiers attacked the village.", date="2010-06-01")
    group = _actor_of(layer, document, "Congolese soldiers")
    assert group.type == "group" and group.sector == "MIL" and group.country is None


def test_a_city_in_the_sentence_decides(layer_of) -> None:
    text = "Congolese protesters marched through Brazzaville on Monday."
    layer, document = layer_of(text, date="2010-06-01")
    assert _actor_of(layer, document, "Congolese protesters").country == "COG"


def test_a_leader_named_earlier_in_the_document_decides(layer_of) -> None:
    text = "President Joseph Kabila flew to Goma. Congolese soldiers later retook the town."
    layer, document = layer_of(text, date="2010-06-01")
    assert _actor_of(layer, document, "Congolese soldiers").country == "COD"


def test_another_country_of_the_sentence_never_decides(layer_of) -> None:
    text = "Congolese troops fought Rwandan-backed rebels in the east."
    layer, document = layer_of(text, date="2010-06-01")
    assert _actor_of(layer, document, "Congolese troops").country is None


def test_shared_demonym_switched_off_makes_no_actor(analyzer) -> None:
    text = "Congolese soldiers attacked the village."
    layer = _off(analyzer, text, "actors.agent.shared_demonym")
    assert not [m for m in layer.mentions if "soldiers" in m.text]


def test_a_body_named_in_the_phrase_gives_its_country(layer_of) -> None:
    text = "Tamil Tiger rebels met government officials in Oslo for talks mediated by Norway."
    layer, document = layer_of(text, date="2006-02-22")
    rebels = _actor_of(layer, document, "Tamil Tiger rebels")
    assert rebels.country == "LKA" and rebels.sector == "REB"


def test_body_in_phrase_switched_off_takes_the_mediator(analyzer) -> None:
    text = "Tamil Tiger rebels met government officials in Oslo for talks mediated by Norway."
    layer = _off(analyzer, text, "actors.agent.body_in_phrase", date="2006-02-22")
    rebels = [layer.actors[m.actor_id] for m in layer.mentions if m.text == "Tamil Tiger rebels"]
    assert not rebels or rebels[0].country != "LKA"


def test_a_national_society_of_a_movement_is_that_countrys_ngo(layer_of) -> None:
    text = "The Palestinian Red Crescent said two medics were wounded."
    layer, document = layer_of(text, date="2010-06-01")
    society = _actor_of(layer, document, "Palestinian Red Crescent")
    assert society.country == "PSE" and society.sector == "NGO"
    assert society.id != "igo:icrc"


def test_the_movement_itself_stays_an_ngo_of_no_country(layer_of) -> None:
    # CAMEO codes the Red Cross / Red Crescent movement NGO (NGOHLHIRC), no country
    layer, document = layer_of("The Red Crescent delivered food to Gaza.", date="2010-06-01")
    movement = _actor_of(layer, document, "Red Crescent")
    assert movement.country is None and movement.sector == "NGO"


def test_national_branch_switched_off_is_the_movement(analyzer) -> None:
    text = "The Palestinian Red Crescent said two medics were wounded."
    layer = _off(analyzer, text, "actors.names.national_branch")
    assert "igo:icrc" in {m.actor_id for m in layer.mentions}
