"""A surname of a person named in full, met where NER read no actor (session 46, engineer AL,
issue 14: the second actor of a missed pair is often not linked in the evidence span).

``actors.names.stray_surname`` (shipped off): a lone capitalised word inside a quoted title
NER tagged as a work of art ("Warren slams Sanders ...") is the one person of the document
named in full with it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.stray_names import _lone_word

RULE = "actors.names.stray_surname"
DATE = "2016-03-07"

TITLED = (
    "I side with Elizabeth Warren (\"Warren slams Sanders as a 'dreamer'\", Daily Ledger, "
    "Friday). Bernie Sanders did not reply."
)
SHARED = (
    "I side with Elizabeth Warren and Mary Warren (\"Warren slams Sanders as a 'dreamer'\", "
    "Daily Ledger, Friday). Bernie Sanders did not reply."
)
UNNAMED = "I side with Elizabeth Warren (\"Warren slams Sanders as a 'dreamer'\", Friday)."


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[RULE]))


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(disable=[RULE]))


def _mentions(pipeline: Any, text: str) -> set[tuple[int, str, str]]:
    result = pipeline.analyze(text, date=DATE)
    found = {(m.start, m.text, a.name) for a in result.actors for m in a.mentions}
    for start, written, _ in found:
        assert text[start : start + len(written)] == written  # offsets index the text
    return found


def _at(text: str, word: str, nth: int = 1) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(word, at + 1)
    return at


def test_title_words_are_the_people_named_in_full(on: Any) -> None:
    found = _mentions(on, TITLED)
    assert (_at(TITLED, "Warren", 2), "Warren", "Elizabeth Warren") in found
    # Bernie Sanders is named in full only after the title: still the one Sanders here
    assert (_at(TITLED, "Sanders"), "Sanders", "Bernie Sanders") in found


def test_off_leaves_the_title_unlinked(off: Any) -> None:
    found = _mentions(off, TITLED)
    assert not any(start == _at(TITLED, "Warren", 2) for start, _, _ in found)
    assert not any(start == _at(TITLED, "Sanders") for start, _, _ in found)


def test_a_surname_two_people_share_is_nobody(on: Any) -> None:
    found = _mentions(on, SHARED)
    assert not any(start == _at(SHARED, "Warren", 3) for start, _, _ in found)
    assert (_at(SHARED, "Sanders"), "Sanders", "Bernie Sanders") in found


def test_a_surname_of_nobody_named_in_full_stays_unlinked(on: Any) -> None:
    found = _mentions(on, UNNAMED)
    assert not any(start == _at(UNNAMED, "Sanders") for start, _, _ in found)
    assert (_at(UNNAMED, "Warren", 2), "Warren", "Elizabeth Warren") in found


@pytest.mark.parametrize(
    ("text", "word", "lone"),
    [
        ("Voters cheered when Sanders spoke.", "Sanders", True),
        ("They ran anti-Sanders ads.", "Sanders", False),  # a hyphenated compound
        ("Aides left the Sanders Institute.", "Sanders", False),  # part of another name
        ("Donors met Bernie Sanders there.", "Sanders", False),  # the end of a full name
        ("She wrote to @Sanders online.", "Sanders", False),  # a handle
        ("Quastrow then left the hall.", "Quastrow", True),  # first, but no common word
        ("Young voters left the hall.", "Young", False),  # first, and a common word
    ],
)
def test_lone_word(analyzer: Any, text: str, word: str, lone: bool) -> None:
    doc = analyzer.nlp(text)
    token = next(t for t in doc if t.text.endswith(word))  # "@Sanders" is one token
    assert _lone_word(token, text) is lone
