"""``events.sense.arguing_is_speech`` (session 72 CW, issue 12, shipped off): a verb of
arguing (WordNet's argue, claim, assert) coded only by the CAMEO dictionary's bare
disapproval row is speech unless what it argues judges badly or it is a quarrel with
someone. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import speech_sense_import

RULE = "events.sense.arguing_is_speech"


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


def test_the_verbs_come_from_wordnet() -> None:
    verbs = word_list(speech_sense_import.ARGUING_FILE)
    assert {"argue", "claim", "contend", "assert"} <= verbs
    # accusing, complaining and criticising are no plain arguing
    assert not {"accuse", "complain", "criticize", "charge", "blame"} & verbs
    if not (speech_sense_import.WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 database files not installed")
    assert set(speech_sense_import.arguing_verbs(speech_sense_import.WORDNET)) == verbs


def test_arguing_that_something_is_so_is_speech(off: Any, on: Any) -> None:
    text = "The Dutch minister argued that the new harbour would bring jobs to the region."
    assert _types(off, text, "argued") == ["ACCUSE"]
    assert _types(on, text, "argued") == []
    text = "New rail lines would bring firms to the north, the Labour leader contended."
    assert _types(off, text, "contended") == ["ACCUSE"]
    assert _types(on, text, "contended") == []


def test_arguing_something_bad_stays_disapproval(on: Any) -> None:
    text = "The senator argued that the election was corrupt and unfair."
    assert _types(on, text, "argued") == ["ACCUSE"]
    text = "The mayor claimed that the new tax harms small shops."
    assert _types(on, text, "claimed") == ["ACCUSE"]


def test_arguing_an_excess_stays_disapproval(on: Any) -> None:
    text = "The Green leader argued that the cabinet is far too large."
    assert _types(on, text, "argued") == ["ACCUSE"]


def test_a_quarrel_stays(on: Any) -> None:
    text = "The prime minister argued with the opposition leader over the budget."
    assert _types(on, text, "argued") == ["ACCUSE"]
