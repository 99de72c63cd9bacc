"""No target from a victim's phrase or a claim's content clause (session 64, engineer EH,
issue 12: arguments from the parse). Sentences written for these tests.

``events.args.harm_noun_victim_not_target`` and
``events.args.content_clause_subject_not_target`` (both shipped off).
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.harm_noun_import import formed_from
from stancemap.events.harm_noun_import import harm_nouns as import_harm_nouns
from stancemap.events.victim_targets import (
    CONTENT_CLAUSE_SUBJECT,
    HARM_NOUN_VICTIM,
    harm_nouns,
)
from stancemap.wordnet_files import WORDNET

BOTH = [HARM_NOUN_VICTIM, CONTENT_CLAUSE_SUBJECT]


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=BOTH))


def _reading(pipeline: Any, text: str, trigger: str) -> tuple[str, list[str], list[str]] | None:
    """(type, source names, target names) of the event whose trigger starts with
    ``trigger``, else None."""
    result = pipeline.analyze(text, date="2008-08-20")
    names = {a.id: a.name for a in result.actors}
    for event in result.events:
        if event.trigger.text.startswith(trigger):
            return (
                event.type,
                [names.get(s, s) for s in event.source],
                [names.get(t, t) for t in event.target],
            )
    return None


def test_off_by_default() -> None:
    disabled = Settings().rules.disable
    assert HARM_NOUN_VICTIM in disabled
    assert CONTENT_CLAUSE_SUBJECT in disabled


def test_harm_nouns_from_wordnet() -> None:
    nouns = harm_nouns()
    assert {"violation", "killing", "invasion", "occupation", "persecution"} <= nouns
    assert not {"crime", "sovereignty", "report", "toss"} & nouns
    assert formed_from("violation", "violate") and not formed_from("crime", "criminate")
    if (WORDNET / "data.noun").exists():  # the importer reproduces the shipped list
        assert set(import_harm_nouns(WORDNET)) == nouns


def test_victim_of_violation_no_target(off: Any, on: Any) -> None:
    text = "The United States deplores the violation of Georgia's sovereignty."
    before = _reading(off, text, "deplores")
    assert before is not None and before[2] == ["Georgia"]
    after = _reading(on, text, "deplores")
    assert after is None or after[2] == []


def test_doer_of_harm_named_is_target(on: Any) -> None:
    reading = _reading(
        on, "France condemned the killing of Iraqi civilians by American troops.", "condemned"
    )
    assert reading is not None and reading[2] == ["American troops"]
    reading = _reading(
        on, "The United States condemned Russia's violation of Georgian airspace.", "condemned"
    )
    assert reading is not None and reading[2] == ["Russia"]


def test_asked_harm_keeps_its_victim(off: Any, on: Any) -> None:
    # the attacks are what is asked for: their victim is the demand's target
    text = "Hamas called for more suicide attacks against Israel."
    before = _reading(off, text, "called")
    assert before is not None and before[2] == ["Israel"]
    assert _reading(on, text, "called") == before


def test_content_clause_subject_no_target(off: Any, on: Any) -> None:
    text = "The minister dismissed claims that Iran was building a bomb."
    before = _reading(off, text, "dismissed")
    assert before is not None and before[2] == ["Iran"]
    after = _reading(on, text, "dismissed")
    assert after is not None and after[0] == "REJECT" and after[2] == []


def test_claim_maker_is_target(on: Any) -> None:
    reading = _reading(
        on, "Washington dismissed Moscow's claims that Georgia had attacked first.", "dismissed"
    )
    assert reading is not None and reading[2] == ["Russia"]


def test_demand_clause_keeps_its_subject(on: Any) -> None:
    # a demand's clause is what is asked of its subject, not a claim
    reading = _reading(on, "Iran rejected the demand that Israel withdraw its forces.", "rejected")
    assert reading is not None and reading[2] == ["Israel"]


def test_prospect_clause_keeps_its_subject(off: Any, on: Any) -> None:
    # a rumoured act that may come: rejecting it rejects its doer's act
    text = "Netanyahu rejected rumours that Obama might impose conditions on Israel."
    before = _reading(off, text, "rejected")
    assert before is not None and before[2] == ["Barack Obama"]
    assert _reading(on, text, "rejected") == before
