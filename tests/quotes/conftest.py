"""Fixtures of the quotes tests: the quotes stage on a made-up text."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.stage import QuoteStage
from stancemap.records import Quote


@pytest.fixture(scope="module")
def quotes_of(analyzer):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Quote]:
        document = make_document(text, doc_id="t", strip_boilerplate=True)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = analyzer.actors(doc, document)
        return analyzer.quotes(doc, document, layer)

    return run


@pytest.fixture(scope="module")
def quotes_without(analyzer):  # type: ignore[no-untyped-def]
    """The quotes stage on a made-up text, with the shipped off-list plus ``disable``
    less ``enable`` (so that a test can show what a rule changes)."""

    def run(text: str, disable: tuple[str, ...] = (), enable: tuple[str, ...] = ()) -> list[Quote]:
        document = make_document(text, doc_id="t")
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = analyzer.actors(doc, document)
        settings = with_rules(analyzer.settings, disable=disable, enable=enable)
        # as the pipeline does: a resolution read only as an event's source
        # (``ActorLayer.before``) is not the quotes stage's
        return QuoteStage(settings)(doc, document, layer.before or layer)

    return run
