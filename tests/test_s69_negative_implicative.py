"""Acts a negative-implicative verb says were not done (session 69, engineer MD, issue 12:
an unreal act is marked, not dropped). Sentences written for these tests.

``events.mode.negative_implicative`` (shipped off): only the mode of an asserted reading
changes, to negated.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events import failure_import
from stancemap.events.failed_acts import NEGATIVE_IMPLICATIVE, failure_verbs
from stancemap.events.withholding_import import WORDNET


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[NEGATIVE_IMPLICATIVE]))


def _events(pipeline: Any, text: str) -> list[tuple[str, str, str | None, list[str], list[str]]]:
    result = pipeline.analyze(text, date="2016-05-01")
    return [(e.type, e.trigger.text, e.mode, e.source, e.target) for e in result.events]


def _event(pipeline: Any, text: str, trigger: str) -> Any:
    result = pipeline.analyze(text, date="2016-05-01")
    found = [e for e in result.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in result.events]
    return found[0]


def test_off_by_default() -> None:
    assert NEGATIVE_IMPLICATIVE in Settings().rules.disable


def test_the_verbs_come_from_wordnet_frames() -> None:
    verbs = failure_verbs()
    assert verbs["forget"] == {"to"} and verbs["avoid"] == {"ing"}
    assert verbs["fail"] == {"to"} and verbs["neglect"] == {"to"}
    # verbs of withholding are events/contest.py's (a held-back cooperative act is a refusal)
    assert "refrain" not in verbs and "decline" not in verbs


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 not installed")
def test_the_importer_reproduces_the_file() -> None:
    rows = failure_import.failure_verbs(WORDNET)
    assert {verb: frozenset(forms) for verb, forms, _sense in rows} == failure_verbs()


@pytest.mark.parametrize(
    "text, trigger, kind",
    [
        (
            "Japan forgot to invite South Korea to the summit.",
            "invite South Korea to the summit",
            "CONSULT",
        ),
        ("China has so far avoided condemning Russia.", "condemning", "ACCUSE"),
        ("Merkel avoided meeting Putin.", "meeting", "CONSULT"),
        ("Obama forgot to thank the French president.", "thank", "SUPPORT"),
    ],
)
def test_the_act_under_the_verb_is_negated(
    off: Any, on: Any, text: str, trigger: str, kind: str
) -> None:
    before, after = _event(off, text, trigger), _event(on, text, trigger)
    assert before.mode != "negated"
    assert after.mode == "negated"
    # only the mode changes
    assert (after.type, after.cameo, after.source, after.target) == (
        before.type,
        before.cameo,
        before.source,
        before.target,
    )
    assert after.type == kind


@pytest.mark.parametrize(
    "text",
    [
        # the failure verb negated: the act was done
        "Obama did not forget to thank the French president.",
        "The senator never forgot to praise Reagan.",
        # a tensed conjunct is its own clause
        "Iran failed to condemn the attack and praised Hezbollah.",
        # not a negative-implicative verb
        "Germany decided to criticize Russia.",
    ],
)
def test_left_alone(off: Any, on: Any, text: str) -> None:
    assert _events(on, text) == _events(off, text)


def test_a_modal_failure_verb_keeps_its_mode(on: Any) -> None:
    assert _event(on, "China should avoid criticizing Japan.", "criticizing").mode == "hypothetical"
