"""Role phrases named by formal office titles (session 63, engineer RO, issues 12 and 14).
Sentences written for these tests.

``actors.link.formal_office_title`` (shipped on since session 64): "the home secretary" is the office
"Secretary of State for the Home Department", not any "Secretary of State for X" of the
text, and a role phrase no country places takes the KB holder of the story's country.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.formal_titles import FORMAL_TITLE, names_title, title_domain
from stancemap.actors.office_words import role_names
from stancemap.config import Settings
from stancemap.rules import RuleSwitches

PERIOD = "actors.link.document_period"
# the session 62 group is on since session 64: the fixtures read as this file was written
OTHERS = ["actors.link.whole_office_role", "actors.coref.office_word_described"]
UK_YEARS = ("2004-01-01", "2005-12-31")
TWO_SECRETARIES = (
    "Home Secretary Charles Clarke met police chiefs in London on Tuesday. "
    "Education Secretary Ruth Kelly visited a school in Leeds. "
    "The home secretary said the new powers would be used sparingly."
)
STORY = (
    "Tony Blair said Labour would win the election. Michael Howard said Britain needed "
    "more police. The foreign secretary told MPs in London that Britain would stay in the talks."
)


@pytest.fixture(scope="module")
def period(analyzer: Any) -> Any:
    return analyzer.derive(
        rule_settings.with_rules(enable=[PERIOD], disable=[FORMAL_TITLE, *OTHERS])
    )


@pytest.fixture(scope="module")
def formal(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[PERIOD, FORMAL_TITLE], disable=OTHERS))


def _named(pipeline: Any, text: str, phrase: str, **kw: Any) -> str | None:
    """The actor name a mention whose text is ``phrase`` links to, else None."""
    result = pipeline.analyze(text, **kw)
    for actor in result.actors:
        for mention in actor.mentions:
            if mention.text.lower().removeprefix("the ") == phrase.removeprefix("the "):
                return str(actor.name)
    return None


def test_on_by_default() -> None:
    # on since session 64 (docs/judging.md's three criteria, with the session 62 group)
    assert FORMAL_TITLE not in Settings().rules.disable


def test_title_domain_reads_the_family() -> None:
    assert title_domain("Secretary of State for the Home Department") == (
        "secretary",
        frozenset({"home", "department"}),
    )
    assert title_domain("Foreign Minister") == ("minister", frozenset({"foreign"}))
    assert title_domain("Minister of State for Foreign Affairs") is None  # junior
    assert title_domain("Chief Secretary to the Treasury") is None
    assert title_domain("Secretary General") is None


def test_names_title_by_head_and_domain() -> None:
    assert names_title("home secretary", "Secretary of State for the Home Office")
    assert names_title("home secretary", "Secretary of State for the Home Department")
    assert names_title(
        "foreign secretary", "Secretary of State for Foreign and Commonwealth Affairs"
    )
    assert names_title("defence secretary", "Secretary of State for Defense")  # alias table
    assert names_title("welsh secretary", "Secretary of State for Wales")
    assert names_title("interior minister", "Minister of Interior")
    assert not names_title("home secretary", "Secretary of State for Education and Skills")
    assert not names_title("home office minister", "Secretary of State for the Home Office")
    assert not names_title("former home secretary", "Secretary of State for the Home Office")
    assert not names_title("shadow home secretary", "Secretary of State for the Home Office")


def test_role_names_reads_formal_titles_only_when_on() -> None:
    on = RuleSwitches.shipped(on=[FORMAL_TITLE])
    off = RuleSwitches.shipped(off=[FORMAL_TITLE])
    title = "Secretary of State for the Home Department"
    assert role_names(on, title, "home secretary")
    assert not role_names(off, title, "home secretary")


def test_home_secretary_is_not_the_education_secretary(period: Any, formal: Any) -> None:
    # off: "the home secretary" is the lexicon noun "secretary", the last secretary named
    assert _named(period, TWO_SECRETARIES, "the home secretary", period=UK_YEARS) == ("Ruth Kelly")
    assert _named(formal, TWO_SECRETARIES, "the home secretary", period=UK_YEARS) == (
        "Charles Clarke"
    )


def test_story_country_holder(period: Any, formal: Any) -> None:
    # off: no person of the text is called so, and the bare word falls to the last one
    assert _named(period, STORY, "the foreign secretary", period=UK_YEARS) != "Jack Straw"
    assert _named(formal, STORY, "the foreign secretary", period=UK_YEARS) == "Jack Straw"
    assert _named(formal, STORY, "the foreign secretary", date="2005-03-01") == "Jack Straw"
