"""Session 39 (CV): contests between two named people read as opposition -
``stances.relations.rival_possessor`` ("her opponent, Y", "his rival Y") and
``stances.relations.versus_prep`` ("X makes his argument vs. Y"); session 40 CV removed
``contest_between`` and ``rival_title_subject``. Each test switches its rule on and off
explicitly. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.stances.contest_import import HEADER, OUT, contest_nouns
from stancemap.stances.contests import CONTEST_RULES
from stancemap.stances.contests import contest_nouns as shipped_contest_nouns

POSSESSOR = "stances.relations.rival_possessor"
VERSUS = "stances.relations.versus_prep"


def analyzer(on: frozenset[str]) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in CONTEST_RULES]
    off += [r for r in CONTEST_RULES if r not in on]
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


ALL_ON, ALL_OFF = analyzer(frozenset(CONTEST_RULES)), analyzer(frozenset())


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    result = analyzer.analyze_text(text, doc_id="s39cv", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


@pytest.mark.parametrize(
    ("rule", "text", "one", "other"),
    [
        (
            POSSESSOR,
            "Hillary Clinton's opponent, Donald Trump, spoke in Ohio on Monday.",
            "Hillary Clinton",
            "Donald Trump",
        ),
        (
            VERSUS,
            "A strong night in Ohio could help John Kasich make his argument vs. Donald Trump.",
            "John Kasich",
            "Donald Trump",
        ),
    ],
)
def test_a_contest_between_two_people_opposes_them(
    rule: str, text: str, one: str, other: str
) -> None:
    pair = frozenset((one, other))
    assert pair not in pairs(text, ALL_OFF)
    assert pairs(text, analyzer(frozenset({rule})))[pair] < 0
    others = frozenset(r for r in CONTEST_RULES if r != rule)
    assert pair not in pairs(text, analyzer(others))  # the rule itself reads it


def test_his_rival_before_a_name_is_the_possessors_rival() -> None:
    text = "Donald Trump and his rival Ted Cruz each spoke to voters in Iowa on Sunday."
    pair = frozenset(("Donald Trump", "Ted Cruz"))
    assert pairs(text, ALL_OFF).get(pair, 0.0) >= 0  # both spoke: no opposition read
    assert pairs(text, analyzer(frozenset({POSSESSOR})))[pair] < 0


@pytest.mark.parametrize(
    "text",
    [
        # three people: each would side with the others against one - nothing read
        "The battle between Marco Rubio, Chris Christie and Jeb Bush grew bitter in Iowa.",
        # countries, not people
        "The race between Russia and China for influence in Africa grew.",
        # a determiner: "a rival" is no one's in particular
        "Donald Trump met a rival candidate, Ted Cruz, in Iowa on Sunday.",
        # "vs." with two people on the far side would set them side by side
        "Donald Trump made his case vs. Ted Cruz and John Kasich in Ohio.",
        # "v.": the citation of a court case, not a contest between the two
        "Paula Jones v. William Clinton was cited by the court.",
    ],
)
def test_no_pair_outside_two_named_people(text: str) -> None:
    assert pairs(text, ALL_ON) == pairs(text, ALL_OFF)


def test_contest_nouns_are_what_the_importer_writes() -> None:
    if not Path("/usr/share/wordnet/data.noun").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) not installed")
    words = contest_nouns()
    assert frozenset(words) == shipped_contest_nouns()
    assert {"battle", "fight", "race", "campaign", "rivalry", "contest"} <= set(words)
    assert "rift" not in words and "meeting" not in words
    lines = OUT.read_text("utf-8").splitlines()
    assert lines[: len(HEADER)] == HEADER
