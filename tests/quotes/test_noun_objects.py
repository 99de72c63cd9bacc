"""A verb's noun object as an indirect quote's content, and the rules that refuse it.

``quotes.content.no_addressee`` (on): "called on Turkey" names the one asked, not
what was asked. ``quotes.content.no_noun_object`` (shipped off: PolNeAR counts a
stance verb's noun object as content): with it on, content is a clause, a gerund or
a quotation. The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.quotes.lexicon import load_lexicon
from stancemap.quotes.nonverbal import find_reported
from stancemap.rules import RuleSwitches

NOUN_OBJECT = "quotes.content.no_noun_object"


def _contents(quotes) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.content.text for q in quotes]


def _strict(analyzer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Contents found on the parse with the noun-object rule switched on."""
    doc = analyzer.nlp(text)
    switches = RuleSwitches.from_settings(
        load_settings(overrides={"rules": {"enable": [NOUN_OBJECT]}})
    )
    found = find_reported(doc, load_lexicon(), switches.enabled)
    return [text[a.content[0] : a.content[1]] for a in found if a.content is not None]


def test_the_noun_object_rule_ships_off() -> None:
    assert not RuleSwitches.from_settings(load_settings()).enabled(NOUN_OBJECT)


@pytest.mark.parametrize(
    "text",
    ["The opposition leader called on Turkey yesterday.", "The minister called upon them."],
)
def test_the_one_called_on_is_no_content(quotes_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _contents(quotes_of(text)) == []


def test_a_topic_called_on_stays_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    (quote,) = quotes_of("The senator called for new elections.")
    assert quote.content.text == "new elections"


@pytest.mark.parametrize(
    ("text", "shipped"),
    [
        ("The Eritrean minister accused Ethiopia on Tuesday.", "Ethiopia"),
        ("The cabinet rejected that request after a long meeting.", "that request"),
        ("The ministry firmly rejected the accusation.", "the accusation"),
        ("The visiting president thanked Romania for its support.", "Romania for its support"),
    ],
)
def test_the_noun_object_rule_refuses_a_noun_object(  # type: ignore[no-untyped-def]
    analyzer, quotes_of, text: str, shipped: str
) -> None:
    assert _contents(quotes_of(text)) == [shipped]  # PolNeAR's reading, the default
    assert _strict(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor of Lyon said that the tram fares would rise.",
            "that the tram fares would rise",
        ),
        (
            "The general announced the troops would leave the city.",
            "the troops would leave the city",
        ),
        ("The senator accused the governor of lying to voters.", "the governor of lying to voters"),
        (
            'The governor condemned the "reckless budget cuts" on Monday.',
            'the "reckless budget cuts',
        ),
    ],
)
def test_a_clause_a_gerund_or_a_quotation_stays_content(  # type: ignore[no-untyped-def]
    analyzer, quotes_of, text: str, content: str
) -> None:
    assert content in _strict(analyzer, text)
    assert content in _contents(quotes_of(text))


def test_an_accusation_and_its_saying_clause_both_stay(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The senator accused the governor of lying, saying the budget figures were false."
    contents = _strict(analyzer, text)
    assert "the budget figures were false" in contents
    assert "the governor of lying" in contents
