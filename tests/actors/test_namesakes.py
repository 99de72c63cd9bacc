"""Surname-only mentions go to the person the document names in full; a name modifying a
follower noun is a group affiliated with the person, not the person (issue 13/14)."""

from __future__ import annotations

import rule_settings


def _actors_of(layer, document, words: str) -> list:
    return [
        layer.actors[m.actor_id] for m in layer.mentions if document.text[m.start : m.end] == words
    ]


def test_a_surname_takes_the_person_named_in_full_not_a_kb_namesake(layer_of) -> None:
    text = "Christie attacked Trump on Monday. New Jersey Gov. Chris Christie said Trump was wrong."
    layer, document = layer_of(text, date="2016-02-01")
    short = _actors_of(layer, document, "Christie")
    full = _actors_of(layer, document, "Chris Christie")
    assert len(short) == 1 and len(full) == 1
    assert short[0].id == full[0].id
    assert full[0].name == "Chris Christie"


def test_without_a_full_name_a_foreign_office_holder_does_not_take_the_surname(
    layer_of,
) -> None:
    text = "Donald Trump and Ted Cruz campaigned in Iowa. Christie said Trump was unfit."
    layer, document = layer_of(text, date="2016-02-01")
    (christie,) = _actors_of(layer, document, "Christie")
    assert christie.id.startswith("new:person:")
    assert christie.country != "BHS"


def test_without_other_people_the_kb_namesake_stays(layer_of) -> None:
    text = "Christie said the budget would pass."
    layer, document = layer_of(text, date="2016-02-01")
    (christie,) = _actors_of(layer, document, "Christie")
    assert christie.country == "BHS"


def test_a_name_before_a_follower_noun_is_a_group_not_the_person(layer_of) -> None:
    text = (
        "Bernie Sanders spoke in Ohio. Sanders supporters booed Hillary Clinton. "
        "Sanders said Clinton was wrong."
    )
    layer, document = layer_of(text, date="2016-02-01")
    (crowd,) = _actors_of(layer, document, "Sanders supporters")
    (person,) = _actors_of(layer, document, "Sanders")
    assert person.id == "person:bernie-sanders"
    assert crowd.id != person.id and crowd.type == "group"
    assert crowd.country == person.country
    assert "Bernie Sanders" in (crowd.role or "")


def test_a_possessive_before_a_follower_noun_is_a_group(layer_of) -> None:
    text = "Hillary Clinton won Nevada. Clinton's supporters said the race was over."
    layer, document = layer_of(text, date="2016-02-01")
    (crowd,) = _actors_of(layer, document, "Clinton's supporters")
    assert crowd.type == "group" and crowd.country == "USA"


def test_those_who_speak_for_the_person_stay_the_person(layer_of) -> None:
    text = "Hillary Clinton won Nevada. Clinton's aides said the race was over."
    layer, document = layer_of(text, date="2016-02-01")
    full = _actors_of(layer, document, "Hillary Clinton")
    assert len(full) == 1
    assert [a.id for a in _actors_of(layer, document, "Clinton")] == [full[0].id]
    assert not [a for a in layer.actors.values() if a.type == "group"]


def test_switched_off_the_followers_are_the_person(analyzer) -> None:
    from stancemap.actors.namesakes import FOLLOWERS
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = "Bernie Sanders spoke in Ohio. Sanders supporters booed Hillary Clinton."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2016-02-01")
    layer = DocumentResolver(
        analyzer.actors.linker, doc, document, rule_settings.switches([FOLLOWERS])
    ).run()
    assert [layer.actors[m.actor_id].id for m in layer.mentions if m.text == "Sanders"] == [
        "person:bernie-sanders"
    ]
