"""Session 72 (PP, issue 14): ``stances.campaign.attitude_noun`` (ships off).

"Germany's distrust of France", "X voiced its frustration with Y", "X's anger at Y's
decision": a WordNet noun of feeling or attitude towards others, owned (or given, or voiced)
by party X, whose object preposition names party Y or a thing Y owns, is X's position
towards Y with the noun's sign. Without the rule no relation. No owner, a feeling that is
not held towards anyone, a noun whose party is only where it is felt ("anger in Germany")
and a negated noun stay as they were. Sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rule_pairs import named_stances, pair_scores, rule_analyzer

RULE = "stances.campaign.attitude_noun"
DATE = "2016-03-01"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s72pp-a", DATE)


def stances(text: str, on: bool) -> dict[tuple[str, str], int]:
    return named_stances(rule_analyzer(RULE, on), text, "s72pp-a", DATE)


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Germany's distrust of France runs deep.", "Germany", "France", -1),
        ("Germany's hostility toward France is well known.", "Germany", "France", -1),
        ("Germany's admiration for France is old.", "Germany", "France", 1),
        ("Germany has voiced its frustration with France.", "Germany", "France", -1),
        ("Germany's anger at France's decision was clear.", "Germany", "France", -1),
    ],
)
def test_a_feeling_towards_a_party_is_a_position(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert (holder, target) not in stances(text, False), text
    assert stances(text, True).get((holder, target)) == sign, text
    key = frozenset((holder, target))
    assert pairs(text, False).get(key, 0.0) == 0.0, text
    assert pairs(text, True)[key] * sign > 0.3, text


@pytest.mark.parametrize(
    "text",
    [
        # no holder: the feeling is nobody's
        "Anger at France grew in Germany.",
        # a feeling not held towards anyone (fear, sadness: no attitude noun)
        "Germany's fear of France was plain.",
        # 'in' places a feeling; only a belief takes its party with 'in'
        "The anger in Germany grew on Monday.",
    ],
)
def test_what_it_must_leave_alone(text: str) -> None:
    assert pairs(text, True) == pairs(text, False), text
    assert stances(text, True) == stances(text, False), text


def test_no_feeling_reverses_nothing_into_a_relation() -> None:
    text = "Germany has shown no hostility toward France."
    on = stances(text, True).get(("Germany", "France"))
    assert on != -1, text


def test_the_attitude_lists_regenerate_from_wordnet() -> None:
    wordnet = Path("/usr/share/wordnet")
    if not (wordnet / "data.noun").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    from stancemap.stances.attitude_import import (
        NOUNS_OUT,
        VERBS_OUT,
        attitude_nouns,
        feeling_verbs,
    )

    rows = [
        line.split("\t")
        for line in NOUNS_OUT.read_text("utf-8").splitlines()
        if line and not line.startswith("#") and not line.startswith("noun\t")
    ]
    assert [(w, lex, int(s), float(x)) for w, lex, s, x in rows] == attitude_nouns(wordnet)
    nouns = {r[0] for r in rows}
    assert {"distrust", "contempt", "hostility", "admiration", "frustration"} <= nouns
    assert not {"fear", "sadness", "joy", "defeat", "goodwill"} & nouns
    verbs = [w for w in VERBS_OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert verbs == feeling_verbs(wordnet)
    assert {"express", "voice", "vent", "feel", "harbor"} <= set(verbs)
    assert not {"criticize", "condemn"} & set(verbs)
