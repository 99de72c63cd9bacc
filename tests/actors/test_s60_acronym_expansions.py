"""An acronym the document spells out (session 60, engineer AK, issue 14: a BBC business
story's "LSE" read as the London School of Economics). Sentences written for these tests.

``actors.names.acronym_expansion`` (shipped off): where the article writes the name the
letters stand for ("a bid for the London Stock Exchange ... the LSE"), the acronym is that
name, not the KB's other body of the same letters.
"""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.actors.acronym_expansions import spelt_out

from .rule_twins import twin_fixtures

RULE = "actors.names.acronym_expansion"

EXCHANGE = (
    "A Frankfurt group offered to buy the London Stock Exchange on Monday. "
    "The LSE said the offer was too low."
)
# left alone: the KB's own name spelt out, no name spelt out, two names of the letters
SCHOOL = "A lecturer at the London School of Economics said the LSE would grow."
BARE = "Shares in the LSE rose after the offer."
TWO = "The Lagos Stock Exchange and the London Stock Exchange merged, the LSE said."

on, off = twin_fixtures(RULE)


def _linked(pipeline: Any, text: str) -> dict[str, str]:
    result = pipeline.analyze(text, date="2005-02-01")
    return {m.text: a.name for a in result.actors for m in a.mentions}


def test_the_spelt_out_name_wins(on: Any, off: Any) -> None:
    before = _linked(off, EXCHANGE)
    assert before["LSE"] == "London School of Economics"
    assert "London Stock Exchange" not in before
    after = _linked(on, EXCHANGE)
    assert after["LSE"] == "London Stock Exchange"
    assert after["London Stock Exchange"] == "London Stock Exchange"
    assert "London" not in after  # the city's word of the name is no country mention


@pytest.mark.parametrize("text", [SCHOOL, BARE, TWO])
def test_left_alone(on: Any, off: Any, text: str) -> None:
    on_result = on.analyze(text, date="2005-02-01")
    off_result = off.analyze(text, date="2005-02-01")
    assert [a.model_dump() for a in on_result.actors] == [a.model_dump() for a in off_result.actors]


def test_spelt_out_runs() -> None:
    text = "The London Stock Exchange and the Bank for International Settlements met."
    assert [text[s:e] for s, e in spelt_out(text, "LSE")] == ["London Stock Exchange"]
    assert [text[s:e] for s, e in spelt_out(text, "BIS")] == ["Bank for International Settlements"]
    assert spelt_out(text, "NATO") == []
    assert spelt_out("a team of ASIO and Federal Police officers", "AFP") == []
