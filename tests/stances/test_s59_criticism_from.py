"""Session 59 (CA): criticism that comes from a named person read as opposition.

``stances.relations.criticism_from``: "Y came under fire from X", "Y brushed off the
criticism from X", "amid attacks from X" (a noun with a WordNet sense of criticism,
data/stances/criticism_nouns.txt, with "from"/"by" a person). The rule is switched on and
off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.pipeline import Analyzer

RULE = "stances.relations.criticism_from"


OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
LEAD = "Former Senator Ann Marlow spoke on Monday.\n\n"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, LEAD + text, "s59ca")


CRUZ_RUBIO = frozenset(("Ted Cruz", "Marco Rubio"))
CLINTON_SANDERS = frozenset(("Hillary Clinton", "Bernie Sanders"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ted Cruz sharpened his message on Tuesday amid attacks from Marco Rubio over "
            "immigration.",
            CRUZ_RUBIO,
        ),
        (
            "Hillary Clinton brushed off the criticism from Bernie Sanders during the debate.",
            CLINTON_SANDERS,
        ),
        ("Ted Cruz kept his lead despite the attacks from Marco Rubio.", CRUZ_RUBIO),
        # the subject of the verb that controls the one holding the noun
        (
            "Ted Cruz has hardened his tone, and wants to show his strength amid attacks "
            "from Marco Rubio.",
            CRUZ_RUBIO,
        ),
    ],
)
def test_criticism_from_a_person_opposes_the_critic_and_the_criticised(
    text: str, pair: frozenset[str]
) -> None:
    assert pair not in pairs(text, OFF)
    assert pairs(text, ON)[pair] < 0


@pytest.mark.parametrize(
    "text",
    [
        # two critics: they would side with each other through their shared target
        "Ted Cruz sharpened his message amid attacks from Marco Rubio and Jeb Bush.",
        # the critic no person
        "Ted Cruz sharpened his message amid attacks from the Senate floor.",
        # a noun that is no criticism
        "Ted Cruz sharpened his message amid praise from Marco Rubio.",
        # one who only reports the criticism is not its target
        "Ted Cruz said there had been criticism from Marco Rubio.",
    ],
)
def test_no_single_named_critic_reads_nothing_new(text: str) -> None:
    assert pairs(text, ON) == pairs(text, OFF)
