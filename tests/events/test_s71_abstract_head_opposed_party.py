"""``events.args.abstract_head_opposed_party`` (session 71 AH, issue 12; on since session 71): with
``events.args.abstract_head_no_place`` an abstract 'in' phrase is no place and names no
party; a head of acting against someone or of answering ('in retaliation for X', 'in
protest of X') still names the party its complement names, as ``cause_phrase_target``
and ``reply_phrase_target`` read such a phrase on the predicate; 'in support of X' stays
no party. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.arguments import ABSTRACT_HEAD_NO_PLACE, ABSTRACT_HEAD_OPPOSED_PARTY
from stancemap.events.reply_phrases import REPLY_PHRASE_TARGET

# the group switched on in session 71; 'shipped' below is the state before it
GROUP = [ABSTRACT_HEAD_NO_PLACE, REPLY_PHRASE_TARGET, ABSTRACT_HEAD_OPPOSED_PARTY]


def _state(*on: str) -> Any:
    """The shipped settings with only ``on`` of the group switched on."""
    return rule_settings.with_rules(disable=[r for r in GROUP if r not in on])


@pytest.fixture(scope="module")
def abstract_only(analyzer: Any) -> Any:
    return analyzer.derive(_state(ABSTRACT_HEAD_NO_PLACE))


@pytest.fixture(scope="module")
def with_opposed(analyzer: Any) -> Any:
    rules = [ABSTRACT_HEAD_NO_PLACE, ABSTRACT_HEAD_OPPOSED_PARTY]
    return analyzer.derive(_state(*rules))


@pytest.fixture(scope="module")
def opposed_only(analyzer: Any) -> Any:
    return analyzer.derive(_state(ABSTRACT_HEAD_OPPOSED_PARTY))


@pytest.fixture(scope="module")
def shipped(analyzer: Any) -> Any:
    return analyzer.derive(_state())


def _targets(pipeline: Any, text: str, trigger: str) -> list[str] | None:
    result = pipeline.analyze(text, date="2019-05-02")
    names = {a.id: a.name for a in result.actors}
    for event in result.events:
        if event.trigger.text.startswith(trigger):
            return [names.get(t, t) for t in event.target]
    return None


def test_on_by_default() -> None:
    assert ABSTRACT_HEAD_OPPOSED_PARTY not in Settings().rules.disable


def test_a_head_of_acting_against_names_its_party(abstract_only: Any, with_opposed: Any) -> None:
    text = "Pakistan threatened military action in retaliation for the Indian raids."
    assert _targets(abstract_only, text, "threatened") == []
    assert _targets(with_opposed, text, "threatened") == ["Indian"]


def test_a_supported_party_stays_no_party(abstract_only: Any, with_opposed: Any) -> None:
    text = "Pakistan threatened military action in support of the Afghan government."
    assert _targets(abstract_only, text, "threatened") == []
    assert _targets(with_opposed, text, "threatened") == []


def test_nothing_without_abstract_head_no_place(shipped: Any, opposed_only: Any) -> None:
    # the companion only reads what abstract_head_no_place takes away
    for text, trigger in (
        ("Pakistan threatened military action in retaliation for the Indian raids.", "threatened"),
        ("Pakistan threatened military action in support of the Afghan government.", "threatened"),
    ):
        assert _targets(opposed_only, text, trigger) == _targets(shipped, text, trigger)
