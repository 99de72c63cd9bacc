"""Role words read as whole offices (session 62, engineer DT2, issues 12 and 14).
Sentences written for these tests.

* ``actors.link.whole_office_role`` (shipped on since session 64): "the chancellor" names a person's role
  only as the whole office - "Chancellor of the Exchequer", not "Chancellor of the Duchy
  of Lancaster";
* ``actors.coref.office_word_described`` (shipped on since session 64): a bare office word ("the home
  secretary") with no holder found is only a person the text described with that phrase,
  never the last government person named.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.office_words import role_names
from stancemap.rules import RuleSwitches

PERIOD = "actors.link.document_period"
WHOLE = "actors.link.whole_office_role"
DESCRIBED = "actors.coref.office_word_described"
FORMAL = "actors.link.formal_office_title"
UK_YEARS = ("2004-01-01", "2005-12-31")
# the group is on since session 64: each fixture names what it reads with, the rest off

DUCHY = (
    "Alan Milburn opened the campaign launch in Manchester on Monday. "
    "Mr Milburn said the chancellor would play a central part in it."
)
STRANGER = (
    "Liam Fox spoke to reporters outside the party office on Tuesday. "
    "The home secretary will decide on the new powers next week, officials said."
)


@pytest.fixture(scope="module")
def period(analyzer: Any) -> Any:
    return analyzer.derive(
        rule_settings.with_rules(enable=[PERIOD], disable=[WHOLE, DESCRIBED, FORMAL])
    )


@pytest.fixture(scope="module")
def described(analyzer: Any) -> Any:
    return analyzer.derive(
        rule_settings.with_rules(enable=[PERIOD, DESCRIBED], disable=[WHOLE, FORMAL])
    )


@pytest.fixture(scope="module")
def whole_described(analyzer: Any) -> Any:
    return analyzer.derive(
        rule_settings.with_rules(enable=[PERIOD, WHOLE, DESCRIBED], disable=[FORMAL])
    )


def _named(pipeline: Any, text: str, phrase: str) -> str | None:
    """The actor name a mention whose text is ``phrase`` links to, else None."""
    result = pipeline.analyze(text, period=UK_YEARS)
    for actor in result.actors:
        for mention in actor.mentions:
            if mention.text.lower().removeprefix("the ") == phrase.removeprefix("the "):
                return str(actor.name)
    return None


def test_role_names_whole_office_only_when_on() -> None:
    on = RuleSwitches.shipped(on=[WHOLE])
    off = RuleSwitches.shipped(off=[WHOLE])
    duchy = "Chancellor of the Duchy of Lancaster"
    assert role_names(off, duchy, "chancellor")
    assert not role_names(on, duchy, "chancellor")
    assert role_names(on, "Chancellor of the Exchequer", "chancellor")
    assert role_names(on, "Prime minister of United Kingdom", "prime minister")
    assert role_names(on, "Prime Minister, First Lord of the Treasury", "prime minister")
    assert not role_names(on, "Deputy Prime Minister", "prime minister")
    assert not role_names(on, None, "chancellor")


def test_chancellor_is_not_the_duchy_chancellor(period: Any, whole_described: Any) -> None:
    assert _named(period, DUCHY, "the chancellor") == "Alan Milburn"
    assert _named(whole_described, DUCHY, "the chancellor") != "Alan Milburn"


def test_office_word_does_not_fall_to_last_minister(period: Any, described: Any) -> None:
    assert _named(period, STRANGER, "the home secretary") == "Liam Fox"
    assert _named(described, STRANGER, "the home secretary") is None


def test_office_word_takes_the_one_described(described: Any) -> None:
    text = (
        "Home Secretary Charles Clarke met police chiefs in London on Tuesday. "
        "The home secretary said the new powers would be used sparingly."
    )
    assert _named(described, text, "the home secretary") == "Charles Clarke"
