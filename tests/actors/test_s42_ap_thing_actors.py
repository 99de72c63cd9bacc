"""Things named as actors (session 42, engineer AP, issue 14): a name that only modifies a
law, tax, document or building noun (rule ``actors.names.thing_compound``), a faith, deity
or ideology (``actors.names.belief_name``) and common words a title-case headline
capitalised (``actors.names.headline_common_words``) are no actors. Sentences written for
these tests (the people and firms are invented)."""

from __future__ import annotations

from typing import Any

from .rule_twins import rule_layer

COMPOUND = "actors.names.thing_compound"
BELIEF = "actors.names.belief_name"
HEADLINE = "actors.names.headline_common_words"


def _texts(layer: Any) -> set[str]:
    return {m.text for m in layer.mentions}


def test_a_name_that_only_modifies_a_tax_is_no_actor(analyzer: Any) -> None:
    text = (
        "Senator Dana Whitcombe voted to delay the Cadillac tax on Tuesday. "
        "Unions have fought the Cadillac tax for years."
    )
    assert "Cadillac" in _texts(rule_layer(analyzer, text, COMPOUND, on=False))
    on = _texts(rule_layer(analyzer, text, COMPOUND, on=True))
    assert "Cadillac" not in on
    assert "Dana Whitcombe" in on


def test_a_name_that_also_acts_stays(analyzer: Any) -> None:
    text = (
        "Workers at the Carrier plant protested on Monday. "
        "Carrier announced that it would move 1,400 jobs to Mexico."
    )
    assert "Carrier" in _texts(rule_layer(analyzer, text, COMPOUND, on=True))


def test_a_name_before_an_act_stays(analyzer: Any) -> None:
    # a deal is an act, no thing head: the name before it may be its party
    text = "Senator Dana Whitcombe attacked the Velmora deal on Tuesday."
    on = rule_layer(analyzer, text, COMPOUND, on=True)
    off = rule_layer(analyzer, text, COMPOUND, on=False)
    assert _texts(on) == _texts(off)


def test_a_faith_is_no_person(analyzer: Any) -> None:
    text = "'I refuse to use the phrase radical Islam,' Senator Dana Whitcombe said on Sunday."
    assert "Islam" in _texts(rule_layer(analyzer, text, BELIEF, on=False))
    on = _texts(rule_layer(analyzer, text, BELIEF, on=True))
    assert "Islam" not in on
    assert "Dana Whitcombe" in on


def test_a_deity_is_no_person(analyzer: Any) -> None:
    text = "God bless you. And God bless America, Governor Dana Whitcombe told the crowd."
    assert "God" in _texts(rule_layer(analyzer, text, BELIEF, on=False))
    assert "God" not in _texts(rule_layer(analyzer, text, BELIEF, on=True))


def test_a_given_name_is_no_belief(analyzer: Any) -> None:
    # "Grace" is a WordNet faith word, but also a given name: left a person
    text = "Grace said on Sunday that the senator had lied to voters."
    on = rule_layer(analyzer, text, BELIEF, on=True)
    off = rule_layer(analyzer, text, BELIEF, on=False)
    assert _texts(on) == _texts(off)


HEADLINE_TEXT = (
    "A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal.\n\n"
    "Tom Harlan, a nursing home owner, bought three mines last year. "
    "He wants to keep the coal in the ground and not sell it, he said.\n"
)


def test_headline_common_words_are_no_actor(analyzer: Any) -> None:
    off = _texts(rule_layer(analyzer, HEADLINE_TEXT, HEADLINE, on=False))
    on = _texts(rule_layer(analyzer, HEADLINE_TEXT, HEADLINE, on=True))
    assert any("Coal" in t for t in off)
    assert not any("Coal" in t for t in on)
    assert "Tom Harlan" in on


def test_a_headline_name_the_story_names_stays(analyzer: Any) -> None:
    text = (
        "Harlan Plans to Buy Mines.\n\n"
        "Tom Harlan, a nursing home owner, bought three mines last year, Harlan said.\n"
    )
    on = rule_layer(analyzer, text, HEADLINE, on=True)
    off = rule_layer(analyzer, text, HEADLINE, on=False)
    assert _texts(on) == _texts(off)
