"""actors.names.unknown_people (off by default) never makes a group of a name the
gazetteer knows as a place, even where the tagger calls it a people (NORP)."""

from __future__ import annotations

from spacy.tokens import Span

import rule_settings

UNKNOWN_PEOPLE = "actors.names.unknown_people"  # shipped off: switched on here


def _resolver(analyzer, text: str):
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2010-06-01")
    return DocumentResolver(
        analyzer.actors.linker, doc, document, rule_settings.switches(enable=[UNKNOWN_PEOPLE])
    ), doc


def test_a_place_tagged_as_a_people_is_no_group(analyzer) -> None:
    from stancemap.actors.newactors import unknown_people

    resolver, doc = _resolver(analyzer, "Egypt opened the Rafah border crossing on Tuesday.")
    assert unknown_people(resolver, Span(doc, 3, 4, label="NORP")) is None


def test_a_people_no_place_is_named_after_is_still_a_group(analyzer) -> None:
    from stancemap.actors.newactors import unknown_people

    resolver, doc = _resolver(analyzer, "Kurds protested in Ankara on Tuesday.")
    found = unknown_people(resolver, Span(doc, 0, 1, label="NORP"))
    assert found is not None and found.type == "group"
