"""Event arguments on world news (session 70, engineer EA, issue 12). Sentences written
for these tests.

``events.args.reason_phrase_not_target``, ``events.args.clause_inside_no_party``,
``events.args.by_phrase_doer`` and ``events.args.adjunct_noun_doer`` (all shipped off).
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.adjunct_nouns import ADJUNCT_NOUN_DOER
from stancemap.events.arguments import (
    ABSTRACT_HEAD_NO_PLACE,
    ABSTRACT_HEAD_OPPOSED_PARTY,
    CLAUSE_INSIDE_NO_PARTY,
)
from stancemap.events.by_doers import BY_PHRASE_DOER
from stancemap.events.reason_phrases import REASON_PHRASE_NOT_TARGET
from stancemap.events.reply_phrases import REPLY_PHRASE_TARGET

RULES = [
    REASON_PHRASE_NOT_TARGET,
    CLAUSE_INSIDE_NO_PARTY,
    BY_PHRASE_DOER,
    ADJUNCT_NOUN_DOER,
    ABSTRACT_HEAD_NO_PLACE,
]


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(
        rule_settings.with_rules(
            disable=[ABSTRACT_HEAD_NO_PLACE, ABSTRACT_HEAD_OPPOSED_PARTY, REPLY_PHRASE_TARGET]
        )
    )


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(
        rule_settings.with_rules(
            disable=[ABSTRACT_HEAD_OPPOSED_PARTY, REPLY_PHRASE_TARGET], enable=RULES
        )
    )


def _reading(pipeline: Any, text: str, trigger: str) -> tuple[str, list[str], list[str]] | None:
    """(type, source names, target names) of the event whose trigger starts with
    ``trigger``, else None."""
    result = pipeline.analyze(text, date="2017-02-20")
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
    # abstract_head_no_place is on since session 71 (with its two companions)
    assert all(rule in disabled for rule in RULES if rule != ABSTRACT_HEAD_NO_PLACE)
    assert ABSTRACT_HEAD_NO_PLACE not in disabled


def test_reason_gerund_no_target(off: Any, on: Any) -> None:
    text = "Australian prosecutors charged a man for helping the Islamic State group."
    before = _reading(off, text, "charged")
    assert before is not None and before[2] == ["Islamic State"]
    after = _reading(on, text, "charged")
    assert after == ("COERCE", ["Australian prosecutors"], [])
    # a "how to" clause under a preposition: what the group is to do, not whom it is advised
    text = (
        "The suspect had advised the militant group on how to build missiles for the Syrian army."
    )
    before = _reading(off, text, "advised")
    assert before is not None and before[2] == ["Syrian army"]
    after = _reading(on, text, "advised")
    assert after is None or after[2] == []
    text = "Police arrested five men for attacking the French embassy."
    after = _reading(on, text, "arrested")
    assert after is not None and after[1] == ["Police"] and after[2] == []


def test_named_patient_and_thing_patient_keep_target(on: Any) -> None:
    # the patient names an actor: it is the target, as before
    reading = _reading(on, "The minister criticized Germany for its policy in Syria.", "criticized")
    assert reading is not None and reading[2] == ["Germany"]
    # a thing given: "for" names the one served
    reading = _reading(on, "Russia sent weapons for the rebels in Syria.", "sent")
    assert reading is not None and reading[2] != []


def test_gerund_by_phrase_is_doer(off: Any, on: Any) -> None:
    text = (
        "The Syrian Observatory for Human Rights reported fresh violence on Friday, "
        "including shelling by Russian troops."
    )
    before = _reading(off, text, "shelling")
    assert before is not None and before[1] == ["Syrian Observatory for Human Rights"]
    after = _reading(on, text, "shelling")
    assert after is not None and after[1] == ["Russian troops"]


def test_agent_without_auxiliary(off: Any, on: Any) -> None:
    text = (
        "Four of his friends were immediately re-arrested by Israeli forces, while Araj "
        "went into hiding."
    )
    before = _reading(off, text, "arrested")
    assert before is not None and before[1] == []
    after = _reading(on, text, "arrested")
    assert after is not None and after[1] == ["Israeli forces"]


def test_time_adjunct_meeting_doer(off: Any, on: Any) -> None:
    text = "After talks with Vladimir Putin, Angela Merkel said the sanctions would stay."
    before = _reading(off, text, "talks")
    assert before is not None and before[1] == []
    after = _reading(on, text, "talks")
    assert after == ("CONSULT", ["Angela Merkel"], ["Vladimir Putin"])
    # a passive clause's subject did not take part
    text = "The protester was arrested after clashes with Egyptian police."
    after = _reading(on, text, "clashes")
    assert after is None or after[1] == []


def test_abstract_place_phrase_names_no_party(off: Any, on: Any) -> None:
    text = "The army shelled rebel positions in defiance of the United Nations."
    before = _reading(off, text, "shelled")
    assert before is not None and before[2] == ["United Nations"]
    after = _reading(on, text, "shelled")
    assert after is not None and after[2] == []
    # a common noun of a place keeps its place ("people in the streets of Baghdad")
    text = "Police arrested people in the streets of Baghdad."
    assert _reading(on, text, "arrested") == _reading(off, text, "arrested")


def test_clause_under_a_noun_names_no_party(off: Any, on: Any) -> None:
    text = (
        "Australian police said the suspect had advised the militant group on how to "
        "develop its own missiles."
    )
    before = _reading(off, text, "advised")
    assert before is not None and before[2] != []  # the missiles read as an army
    after = _reading(on, text, "advised")
    assert after is None or after[2] == []
    # an adjective's complement names what they are fit for: its party may be the target
    text = (
        "North Korea has trained more than 500 computer hackers capable of launching "
        "cyber warfare against the United States."
    )
    reading = _reading(on, text, "trained")
    assert reading is not None and reading[2] == ["United States"]
