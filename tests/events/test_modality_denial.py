"""Denials mark the denied event negated (session 7): "denied that its soldiers had
shelled", "denied deploying", "rejected reports that it had sent". What is said to have
happened stays asserted. Sentences written for these tests; actors fixed by hand."""

from __future__ import annotations

import pytest
from test_recall_forms import _layer, _on

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

ACTORS = {"Serbian army": "SRB", "China": "CHN", "Moscow": "RUS", "Kosovo": "XKX"}


@pytest.fixture(scope="module")
def modes(analyzer):
    def run(text: str, word: str) -> list[str | None]:
        document = make_document(text, doc_id="t", date="2012-05-04", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = analyzer.events(doc, document, _layer(text, ACTORS), [])
        return [e.mode for e in _on(events, word)]

    return run


def test_a_denied_clause_is_negated(modes):
    assert modes("The Serbian army denied that it attacked villages in Kosovo.", "attacked") == [
        "negated"
    ]
    assert modes("China denied deploying missiles on the islands.", "deploying") == ["negated"]


def test_a_reported_clause_is_not_negated(modes):
    said = modes("The Serbian army said that it attacked villages in Kosovo.", "attacked")
    assert said and "negated" not in said
