"""Session 40 (RM): a noun's "against" phrase between two named people read as opposition
when no verb holds it - ``stances.relations.contest_against`` ("his campaign against Y",
"X prepares for a campaign against Y": the WordNet contest nouns) and
``stances.relations.possessed_against`` ("X's case against Y": any other noun with a person
possessor). Each test switches its rule on and off explicitly. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.stances.contests import CONTEST_RULES

AGAINST = "stances.relations.contest_against"
POSSESSED = "stances.relations.possessed_against"


def analyzer(on: frozenset[str]) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in CONTEST_RULES]
    off += [r for r in CONTEST_RULES if r not in on]
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


OFF = analyzer(frozenset())
ONLY_AGAINST = analyzer(frozenset({AGAINST}))
ONLY_POSSESSED = analyzer(frozenset({POSSESSED}))
BOTH = analyzer(frozenset({AGAINST, POSSESSED}))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    result = analyzer.analyze_text(text, doc_id="s40rm", date="2016-05-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "Donald Trump raised money for his campaign against Hillary Clinton.",
            "Donald Trump",
            "Hillary Clinton",
        ),
        (
            "Hillary Clinton's race against Donald Trump tightened in May.",
            "Hillary Clinton",
            "Donald Trump",
        ),
        (
            "Donald Trump prepares for a campaign against Hillary Clinton.",
            "Donald Trump",
            "Hillary Clinton",
        ),
    ],
)
def test_a_contest_against_a_person_opposes_its_holder(text: str, one: str, other: str) -> None:
    pair = frozenset((one, other))
    assert pair not in pairs(text, OFF)
    assert pairs(text, ONLY_AGAINST)[pair] < 0
    assert pair not in pairs(text, ONLY_POSSESSED)  # the contest nouns are contest_against's


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Ted Cruz's case against Donald Trump rests on his record.", "Ted Cruz", "Donald Trump"),
        (
            "Bernie Sanders's vote against Barack Obama surprised many.",
            "Bernie Sanders",
            "Barack Obama",
        ),
    ],
)
def test_a_possessed_noun_against_a_person_opposes_the_possessor(
    text: str, one: str, other: str
) -> None:
    pair = frozenset((one, other))
    assert pair not in pairs(text, OFF)
    assert pairs(text, ONLY_POSSESSED)[pair] < 0
    assert pair not in pairs(text, ONLY_AGAINST)


@pytest.mark.parametrize(
    "text",
    [
        # two people on the far side would side with each other: nothing read
        "Donald Trump's campaign against Hillary Clinton and Bernie Sanders went on.",
        # no person against: a country, a thing
        "Ted Cruz's campaign against Iran went on. Donald Trump's case against the deal grew.",
        # a possessor that is no person
        "The party's campaign against Hillary Clinton went on in Ohio.",
        # a contest in a topic phrase ("about"): no holder
        "Donald Trump spoke about a campaign against Hillary Clinton.",
    ],
)
def test_no_pair_without_one_holder_and_one_person_against(text: str) -> None:
    assert pairs(text, BOTH) == pairs(text, OFF)


PAST = "stances.relations.against_past_year"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Barack Obama's 2008 race against Hillary Clinton was bitter.", AGAINST),
        ("Barack Obama's primary against Hillary Clinton eight years ago was bitter.", POSSESSED),
    ],
)
def test_a_past_contest_says_nothing_of_now(text: str, rule: str) -> None:
    pair = frozenset(("Barack Obama", "Hillary Clinton"))
    assert pairs(text, analyzer(frozenset({rule})))[pair] < 0  # the story dated 2016
    assert pair not in pairs(text, analyzer(frozenset({rule, PAST})))
