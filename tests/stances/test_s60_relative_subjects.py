"""Session 60 (RR): a relative pronoun subject is its antecedent for the stances stage.

``stances.relations.relative_subject``: "His plan was rejected by the home secretary, Alan
Pryce, who accused Margaret Lowden of scaremongering" - the "who" of the relative clause
is the named party the clause modifies, so the verb of accusation, attack or praise has a
holder. The rule is switched on and off explicitly. Sentences written for these tests
(the people and the bodies are made up); the xfail tests record causes of missed
relations on British news that lie in the actors stage (issue 14, session 60 RR).
"""

from __future__ import annotations

import pytest

from rule_pairs import rule_analyzer
from stancemap.pipeline import Analyzer
from stancemap.records import Analysis

RULE = "stances.relations.relative_subject"

OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)
DATE = "2005-02-14"


def analysis(text: str, analyzer: Analyzer) -> Analysis:
    return analyzer.analyze_text(text, doc_id="s60rr", date=DATE)


def signed(text: str, analyzer: Analyzer) -> dict[frozenset[str], int]:
    """The sign of each statement one named actor holds towards another."""
    result = analysis(text, analyzer)
    names = {a.id: a.name for a in result.actors}
    return {
        frozenset((names[s.actor], names[s.target])): s.polarity
        for s in result.statements
        if s.target in names and s.target != s.actor
    }


def relations(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    result = analysis(text, analyzer)
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


PRYCE_LOWDEN = frozenset(("Alan Pryce", "Margaret Lowden"))
FERRIS_DOYLE = frozenset(("Gordon Ferris", "Helen Doyle"))


@pytest.mark.parametrize(
    ("text", "pair", "sign"),
    [
        (
            "The figures were questioned on Monday by Alan Pryce, who accused Margaret "
            "Lowden of scaremongering about the economy.",
            PRYCE_LOWDEN,
            -1,
        ),
        (
            "The new budget was welcomed by Gordon Ferris, who praised Helen Doyle for "
            "her courage.",
            FERRIS_DOYLE,
            1,
        ),
        (
            "Alan Pryce, who attacked Margaret Lowden over her tax plans last week, spoke "
            "in Leeds on Monday.",
            PRYCE_LOWDEN,
            -1,
        ),
    ],
)
def test_a_relative_subject_holds_the_stance_of_its_clause(
    text: str, pair: frozenset[str], sign: int
) -> None:
    assert pair not in signed(text, OFF)
    assert signed(text, ON)[pair] == sign
    score = relations(text, ON)[pair]
    assert score * sign > 0
    assert abs(score) >= abs(relations(text, OFF).get(pair, 0.0))


@pytest.mark.parametrize(
    "text",
    [
        # the antecedent names no party: a report is nobody's stance
        "A report that criticised Alan Pryce was published on Monday by Margaret Lowden.",
        # a generic group names no one
        "Voters who backed Helen Doyle were angry with Gordon Ferris on Monday.",
        # the pronoun is the clause's object: its subject holds the stance, as before
        "Helen Doyle, whom Gordon Ferris praised last week, spoke in Leeds on Monday.",
        # no relative clause: nothing new
        "Alan Pryce spoke in Leeds on Monday and Margaret Lowden spoke in York.",
    ],
)
def test_no_named_antecedent_subject_reads_nothing_new(text: str) -> None:
    assert signed(text, ON) == signed(text, OFF)
    assert relations(text, ON) == relations(text, OFF)


def test_no_relation_without_evidence_and_none_of_one_side() -> None:
    # the clause's verb is a stance on an issue, not on a party: no pair is made
    text = "Alan Pryce, who attacked the plan to close the hospital, spoke in Leeds."
    assert relations(text, ON) == relations(text, OFF)
    # the party the relative clause modifies is never set against itself
    text = "Alan Pryce, who praised Alan Pryce's own record, spoke in Leeds."
    assert all(len(pair) == 2 for pair in relations(text, ON))


# Causes of missed relations on the BBC tune articles (session 60 RR) that lie in the
# actors stage: recorded here, not fixed (the brief leaves actors/ to others).


@pytest.mark.xfail(
    reason="actors: an honorific surname after its verb ('..., said Mr Pryce') is a new "
    "person apart from 'Alan Pryce' named before (session 60 RR, BBC tune: 25 such splits "
    "in 52 politics articles)",
    strict=True,
)
def test_said_mr_surname_is_the_person_named_before() -> None:
    result = ON.analyze_text(
        "Alan Pryce spoke in Leeds on Monday. Taxes would fall next year, said Mr Pryce.",
        doc_id="s60rr",
        date=DATE,
    )
    people = [a for a in result.actors if a.type == "person"]
    assert len(people) == 1


@pytest.mark.xfail(
    reason="actors: 'Liberal Democrat' before a British spokesman's name links to the US "
    "Democratic Party (session 60 RR, BBC tune)",
    strict=True,
)
def test_liberal_democrat_is_not_the_us_democratic_party() -> None:
    result = ON.analyze_text(
        "Liberal Democrat spokesman Alan Pryce said the plan was a disgrace.",
        doc_id="s60rr",
        date=DATE,
    )
    assert all(a.name != "Democratic Party" for a in result.actors)


def test_a_member_description_is_no_party_and_an_apposition_names_its_person() -> None:
    # "a Republican who ...": one member, not the party, holds it; the apposition's person does
    text = (
        "Governor Alan Pryce of Ohio, a Republican who has refused to endorse Margaret "
        "Lowden, spoke in Leeds on Monday."
    )
    on = signed(text, ON)
    assert all("Republican Party" not in pair for pair in on)
    assert on.get(PRYCE_LOWDEN, -1) == -1
