"""Abbreviated titles before a name (session 39, engineer AF, issue 12: a person's
sector not found): "Sen. X", "Rep. X", "Gov. X", "Gen. X" read as the title
spelt out. Rule ``actors.link.title_abbreviation`` ships off; these tests switch it on,
with a twin off. Sentences written for these tests (names invented or public figures)."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .test_real_news_actors import _at

RULE = "actors.link.title_abbreviation"

CASES = [
    ("Sen. Harry Jorvik met with the mayor on Monday.", "Harry Jorvik", "LEG"),
    ("Rep. Harry Jorvik met with the mayor on Monday.", "Harry Jorvik", "LEG"),
    ("Gov. Harry Jorvik met with the mayor on Monday.", "Harry Jorvik", "GOV"),
    ("Gen. Harry Jorvik met with the mayor on Monday.", "Harry Jorvik", "MIL"),
]


def _actors(pipeline: Any, text: str) -> Any:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(pipeline.nlp, [text], pipeline.settings.nlp))
    return pipeline.actors(doc, make_document(text, date="2016-05-01"))


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[RULE]))


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(disable=[RULE]))


@pytest.mark.parametrize(("text", "name", "sector"), CASES)
def test_an_abbreviated_title_gives_its_sector(on: Any, text: str, name: str, sector: str) -> None:
    actor = _at(_actors(on, text), text, name)
    assert actor is not None and actor.type == "person", actor
    assert actor.sector == sector, actor


@pytest.mark.parametrize(("text", "name", "sector"), CASES)
def test_no_sector_with_the_rule_off(off: Any, text: str, name: str, sector: str) -> None:
    actor = _at(_actors(off, text), text, name)
    assert actor is not None and actor.sector is None, actor


def test_spelt_out_titles_are_read_as_before(on: Any, off: Any) -> None:
    text = "Senator Harry Jorvik met with the mayor on Monday."
    assert _at(_actors(on, text), text, "Harry Jorvik").sector == "LEG"
    assert _at(_actors(off, text), text, "Harry Jorvik").sector == "LEG"


def test_a_small_word_is_no_abbreviation(on: Any) -> None:
    from stancemap.actors.titles import spelled_out

    assert spelled_out(on.actors.linker, ["Sen.", "gen", "Gov"]) == ["senator", "gen", "governor"]


def test_the_table_lists_titles_only() -> None:
    from stancemap.actors.titles import title_abbreviations

    table = title_abbreviations()
    assert table["sen"] == "senator" and table["gov"] == "governor"
    assert "dr" not in table  # a physician's and a doctorate's title alike: no sector
    assert all(" " not in k and k.isalpha() and k == k.lower() for k in table)
