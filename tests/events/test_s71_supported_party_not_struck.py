"""``events.args.supported_party_not_struck`` (session 71 AH, issue 12, shipped off): 'in
support of X', 'in solidarity with X' name the party an act backs; the cause rule
(``events.args.cause_phrase_target``) made it the target of an act of force. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import cause_phrases_import
from stancemap.events.cause_phrases import SUPPORTED_NOT_STRUCK


@pytest.fixture(scope="module")
def shipped(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[SUPPORTED_NOT_STRUCK]))


def _reading(pipeline: Any, text: str, trigger: str) -> tuple[str, list[str]] | None:
    result = pipeline.analyze(text, date="2019-05-02")
    names = {a.id: a.name for a in result.actors}
    for event in result.events:
        if event.trigger.text.startswith(trigger):
            return event.type, [names.get(t, t) for t in event.target]
    return None


def test_off_by_default() -> None:
    assert SUPPORTED_NOT_STRUCK in Settings().rules.disable


def test_the_backing_nouns_are_wordnet_s() -> None:
    nouns = word_list("events/backing_nouns.txt")
    assert {"support", "solidarity"} <= nouns
    assert not {"defiance", "protest", "retaliation", "opposition"} & nouns
    if not (cause_phrases_import.WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 database files not installed")
    assert set(cause_phrases_import.backing_nouns(cause_phrases_import.WORDNET)) == nouns


def test_a_force_act_does_not_strike_whom_it_backs(shipped: Any, on: Any) -> None:
    text = "French jets carried out air strikes in support of the Malian army."
    assert _reading(shipped, text, "carried") == ("ASSAULT", ["Malian army"])
    assert _reading(on, text, "carried") == ("ASSAULT", [])
    # the act's own object is its target again
    text = "French jets bombed rebel bases in support of the Malian army."
    assert _reading(shipped, text, "bombed") == ("ASSAULT", ["Malian army"])
    assert _reading(on, text, "bombed") == ("ASSAULT", ["rebel bases"])


def test_a_rally_in_support_keeps_its_party(shipped: Any, on: Any) -> None:
    text = "Thousands rallied in Lima in support of the Bolivian government."
    reading = _reading(on, text, "rallied")
    assert reading == _reading(shipped, text, "rallied")
    assert reading is not None and reading[1] == ["Bolivian government"]
