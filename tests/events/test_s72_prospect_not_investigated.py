"""``events.sense.prospect_not_investigated`` (session 72 CW, issue 12, shipped off): an
investigation code (CAMEO 09) whose object is, or names, a WordNet noun of cooperation,
help or opportunity looks into a prospect, not a wrong. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import speech_sense_import

RULE = "events.sense.prospect_not_investigated"


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(disable=[RULE]))


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[RULE]))


def _types(pipeline: Any, text: str, trigger: str) -> list[str]:
    result = pipeline.analyze(text, date="2019-05-02")
    return [e.type for e in result.events if e.trigger.text.startswith(trigger)]


def test_shipped_off() -> None:
    assert RULE in Settings().rules.disable


def test_the_nouns_come_from_wordnet() -> None:
    nouns = word_list(speech_sense_import.PROSPECT_FILE)
    assert {"cooperation", "collaboration", "opportunity", "help", "assistance"} <= nouns
    # what an inquiry looks into: a wrong, an incident, compliance with a rule
    assert not {"corruption", "crime", "incident", "compliance", "fraud"} & nouns
    if not (speech_sense_import.WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 database files not installed")
    assert set(speech_sense_import.prospect_nouns(speech_sense_import.WORDNET)) == nouns


def test_exploring_a_prospect_is_no_investigation(off: Any, on: Any) -> None:
    text = "Norway will investigate opportunities for trade with Chile."
    assert _types(off, text, "investigate") == ["ACCUSE"]
    assert _types(on, text, "investigate") == []
    text = "Canada is exploring new fields for cooperation with Mexico, the minister said."
    assert _types(off, text, "exploring") == ["ACCUSE"]
    assert _types(on, text, "exploring") == []


def test_an_inquiry_into_a_wrong_stays(on: Any) -> None:
    text = "Prosecutors in Lima will investigate the minister on charges of bribery."
    assert _types(on, text, "investigate") == ["ACCUSE"]
    text = "The Senate committee is investigating the deal and the lobbyists behind it."
    assert _types(on, text, "investigating") == ["ACCUSE"]
