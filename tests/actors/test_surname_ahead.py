"""A surname met before the full name is the person the document names in full later."""

from __future__ import annotations

import rule_settings


def _ids(layer, document, words: str) -> list[str]:
    return [
        layer.actors[m.actor_id].id
        for m in layer.mentions
        if document.text[m.start : m.end] == words
    ]


def test_a_headline_surname_is_the_person_named_in_full_later(layer_of) -> None:
    text = "Clinton won the Nevada caucuses on Saturday. Hillary Clinton thanked her supporters."
    layer, document = layer_of(text, date="2016-02-21")
    assert _ids(layer, document, "Clinton") == ["person:hillary-clinton"]
    assert not any(a.startswith("new:person:") for a in layer.actors)


def test_two_namesakes_in_full_leave_the_surname_alone(layer_of) -> None:
    text = "Clinton won. Hillary Clinton and Bill Clinton thanked supporters."
    layer, document = layer_of(text, date="2016-02-21")
    assert _ids(layer, document, "Clinton")[0].startswith("new:person:")


def test_switched_off_the_surname_stays_a_new_person(analyzer) -> None:
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.actors.surname_ahead import SURNAME_AHEAD
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = "Clinton won the Nevada caucuses on Saturday. Hillary Clinton thanked her supporters."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2016-02-21")
    off = rule_settings.switches([SURNAME_AHEAD])
    layer = DocumentResolver(analyzer.actors.linker, doc, document, off).run()
    assert _ids(layer, document, "Clinton")[0].startswith("new:person:")
