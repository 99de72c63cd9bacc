"""Session 59 (RS, issue 14): ``stances.relations.reciprocal_object`` (ships off).

"X and Y attacked each other on Z": an act whose object is a reciprocal pronoun sets its
joined subjects against each other (for each other, where the act is cooperative); their
issue positions read at that verb are the quarrel's matter. A one-sided attack, an act on
a thing, a negated one and a third party's relation stay as they were. Sentences written
for these tests.

The xfail tests at the end pin causes of wrong or missing signs on the relation set's tune
part that lie in the events stage (engineers of session 59 work there): written here so
the next session that owns events finds them.
"""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer

RULE = "stances.relations.reciprocal_object"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s59rs-a", "2016-03-01")


def score(text: str, a: str, b: str, on: bool) -> float:
    return pairs(text, on).get(frozenset((a, b)), 0.0)


def test_an_attack_on_each_other_sets_the_subjects_against_each_other() -> None:
    for text, a, b in (
        (
            "Marco Rubio and John Kasich attacked each other on taxes at the town hall.",
            "Marco Rubio",
            "John Kasich",
        ),
        (
            "Armenia and Azerbaijan accused one another of violating the truce on Sunday.",
            "Armenia",
            "Azerbaijan",
        ),
        (
            "The two senators, Marco Rubio and Rand Paul, criticized each other over surveillance.",
            "Marco Rubio",
            "Rand Paul",
        ),
    ):
        assert score(text, a, b, False) > -0.5, text  # allies, or a weak or no pair
        assert score(text, a, b, True) < -0.5, text


def test_the_quarrels_matter_is_no_shared_stance() -> None:
    text = "Marco Rubio and John Kasich attacked each other on taxes at the town hall."
    analysis = rule_analyzer(RULE, True).analyze_text(text, doc_id="s59rs-b", date="2016-03-01")
    issues = {s.target for s in analysis.statements}
    names = {a.id for a in analysis.actors}
    assert issues and issues <= names  # towards each other only, no stance on taxes


def test_praise_of_each_other_is_alignment() -> None:
    text = "Bernie Sanders and Elizabeth Warren praised each other at the rally in Boston."
    off = score(text, "Bernie Sanders", "Elizabeth Warren", False)
    on = score(text, "Bernie Sanders", "Elizabeth Warren", True)
    assert on > 0.5 and on > off


def test_what_it_must_leave_alone() -> None:
    for text in (
        "Marco Rubio attacked John Kasich on taxes at the town hall on Friday.",
        "Marco Rubio and John Kasich attacked the tax plan on Friday.",
        "Marco Rubio and John Kasich did not attack each other at the debate.",
        "Marco Rubio and John Kasich met each other in Columbus on Monday.",
        "Donald Trump and Ted Cruz clashed over trade at the debate.",
    ):
        assert pairs(text, True) == pairs(text, False), text


def test_a_real_hostile_pair_and_a_third_party_stay() -> None:
    text = "Marco Rubio and John Kasich blamed each other for the loss, and Rubio praised Jeb Bush."
    assert score(text, "Marco Rubio", "Jeb Bush", True) == score(
        text, "Marco Rubio", "Jeb Bush", False
    )
    assert score(text, "Marco Rubio", "John Kasich", True) < -0.5


# ---- causes in the events stage, counted on the relation set's tune part (session 59 RS)


@pytest.mark.xfail(
    reason="events: two joined subjects of a pledge are both its sources (relation set tune: "
    "1 pair missing)",
    strict=True,
)
def test_joined_subjects_of_a_pledge_are_both_sources() -> None:
    text = (
        "Philippine President Rodrigo Duterte and Indonesian President Joko Widodo pledged on "
        "Monday to settle their fishing dispute through talks."
    )
    analysis = rule_analyzer(RULE, True).analyze_text(text, doc_id="s59rs-c", date="2016-03-01")
    assert any(len(set(e.source)) >= 2 for e in analysis.events)
