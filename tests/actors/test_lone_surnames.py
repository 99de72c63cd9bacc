"""A lone surname: the document's person, else the KB's best-known bearer, never a body.

Sentences written for these tests (rules ``actors.names.kb_surname``,
``actors.names.surname_person``, ``actors.names.surname_subject``).
"""

from __future__ import annotations

import rule_settings


def _ids(layer, document, words: str) -> list[str]:
    return [m.actor_id for m in layer.mentions if document.text[m.start : m.end] == words]


def _off(analyzer, text: str, rules: list[str], date: str = "2016-03-09"):
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date=date)
    return DocumentResolver(
        analyzer.actors.linker, doc, document, rule_settings.switches(rules)
    ).run()


def test_a_lone_surname_is_the_hand_written_kb_person(layer_of) -> None:
    layer, document = layer_of("Sanders said the plan would fail.", date="2016-03-09")
    assert _ids(layer, document, "Sanders") == ["person:bernie-sanders"]


def test_a_surname_the_tagger_made_a_noun_is_read(layer_of) -> None:
    text = "The Vermont senator, Bernie Sanders, spoke on Monday. Sanders later left."
    layer, document = layer_of(text, date="2016-03-09")
    assert _ids(layer, document, "Sanders") == ["person:bernie-sanders"]


def test_the_best_described_namesake_on_the_date(layer_of) -> None:
    text = "Clinton met the Chinese foreign minister in Beijing."
    layer, document = layer_of(text, date="2010-06-01")
    assert _ids(layer, document, "Clinton") == ["person:hillary-clinton"]


def test_a_pronoun_of_the_other_gender_leaves_the_kb_person(layer_of) -> None:
    text = "Sanders criticised Clinton over her speeches to bankers."
    layer, document = layer_of(text, date="2016-03-09")
    assert "person:bernie-sanders" not in _ids(layer, document, "her")


def test_a_surname_never_becomes_a_body(analyzer) -> None:
    layer = _off(analyzer, "Sanders said the plan would fail.", ["actors.names.kb_surname"])
    kinds = {layer.actors[m.actor_id].type for m in layer.mentions if m.text == "Sanders"}
    assert kinds == {"person"}


def test_switched_off_a_surname_is_a_new_actor(analyzer) -> None:
    layer = _off(
        analyzer,
        "Sanders said the plan would fail.",
        ["actors.names.kb_surname", "actors.names.surname_person"],
    )
    ids = [m.actor_id for m in layer.mentions if m.text == "Sanders"]
    assert ids and ids[0].startswith("new:organization:")


def test_an_imported_office_holders_surname_is_left_alone(analyzer) -> None:
    from types import SimpleNamespace

    from stancemap.actors.kb_surnames import surname_person

    linker = analyzer.actors.linker
    kb = linker.kb
    # some surname only imported (not hand-written) people carry, and no name of its own
    surname = next(
        key
        for key, ids in kb.surnames.items()
        if len(key) > 4
        and key.isalpha()
        and not kb.lookup(key.title())
        and all(not kb.actors[i].curated and kb.actors[i].type == "person" for i in ids)
    )
    assert linker.by_name(surname.title(), None, allow_surname=True) is not None
    resolver = SimpleNamespace(linker=linker, date=None)
    assert surname_person(resolver, surname.title()) is None
    assert surname_person(resolver, "Sanders") is not None
