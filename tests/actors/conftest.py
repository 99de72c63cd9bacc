"""Fixtures for the actors tests: the KB and linker are loaded once per session."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings


@pytest.fixture(scope="session")
def kb():
    from stancemap.actors.kb import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def linker(kb):
    from stancemap.actors.linker import Linker

    return Linker(kb)


@pytest.fixture(scope="session")
def layer_of(analyzer):
    """Parse a text with the session's pipeline and run only the actors stage on it."""
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def run(text: str, date: str | None = "2022-06-17"):
        document = make_document(text, date=date)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return analyzer.actors(doc, document), document

    return run


@pytest.fixture(scope="module")
def layer_off(analyzer):
    """The actors stage with some rules switched off."""
    from stancemap.config import load_settings
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def run(text: str, rules: list[str], date: str | None = "2024-03-01"):
        settings = load_settings()
        disable = [*settings.rules.disable, *rules]
        off = analyzer.derive(
            settings.model_copy(
                update={"rules": settings.rules.model_copy(update={"disable": disable})}
            )
        )
        doc = next(parse_documents(off.nlp, [text], off.settings.nlp))
        return off.actors(doc, make_document(text, date=date))

    return run


@pytest.fixture(scope="module")
def layer_with(analyzer: Any) -> Any:
    """The actors stage with shipped-off rules switched on."""
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def run(text: str, rules: list[str], date: str = "2024-03-01") -> Any:
        on = analyzer.derive(rule_settings.with_rules(enable=rules))
        doc = next(parse_documents(on.nlp, [text], on.settings.nlp))
        return on.actors(doc, make_document(text, date=date))

    return run
