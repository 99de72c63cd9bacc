"""Fixtures of the quotes tests: the quotes stage on a made-up text."""

from __future__ import annotations

import pytest

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Quote


@pytest.fixture(scope="module")
def quotes_of(analyzer):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Quote]:
        document = make_document(text, doc_id="t", strip_boilerplate=True)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = analyzer.actors(doc, document)
        return analyzer.quotes(doc, document, layer)

    return run
