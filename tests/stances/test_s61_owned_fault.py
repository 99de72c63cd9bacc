"""Session 61 (QS, issue 14): ``stances.claims.owned_fault`` (ships off).

"X said the report exposed Labour's failure": the party a quote judges owns a noun that
is itself the charge, neither the subject of the quoted clause nor a subject a predicate
judges, so no sign was read. With the rule, a negative act or quality noun owned by
another named party (its possessor) is the speaker's charge against it. An
"of" or "by" phrase, a noun of words, a good quality, a negated, hypothetical
or prescribed clause and the narrator's own words stay as they were. Sentences written
for these tests.
"""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer

RULE = "stances.claims.owned_fault"
DATE = "2005-02-10"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s61qs-b", DATE)


def score(text: str, a: str, b: str, on: bool) -> float:
    return pairs(text, on).get(frozenset((a, b)), 0.0)


def test_an_owned_fault_is_the_speakers_charge() -> None:
    for text, a, b in (
        (
            "Shadow education secretary Tim Collins said the report exposed Labour's failure "
            "to raise standards in schools.",
            "Tim Collins",
            "Labour Party",
        ),
        (
            "John Bolton called Barack Obama's ignorance of military advice disrespectful.",
            "John Bolton",
            "Barack Obama",
        ),
        (
            "Fidel Castro said the rationing was needed because of the United States' "
            "economic aggression.",
            "Fidel Castro",
            "United States",
        ),
        (
            "Michael Howard said the scheme showed Tony Blair's arrogance.",
            "Michael Howard",
            "Tony Blair",
        ),
    ):
        assert score(text, a, b, False) == 0.0, text
        assert score(text, a, b, True) < -0.5, text


def test_what_it_must_leave_alone() -> None:
    for text in (
        # negated, hypothetical, prescribed
        "Michael Howard said the report did not show Labour's failure.",
        "Michael Howard said voters would punish Labour's incompetence if it lost.",
        "Michael Howard said Labour should admit its failure and Tony Blair's deceit.",
        # done to the party ('of'), not the party's act
        "Michael Howard said the murder of Tony Blair's friend had shocked the country.",
        # a "by" phrase may be a verb's agent the parse hung on the noun
        "Michael Howard said the scheme was a humiliating retreat by Tony Blair.",
        # a good quality is as often a report
        "Michael Howard said Labour's success in the north was remarkable.",
        # a noun of another's words: the response rules' matter
        "Michael Howard said Tony Blair's denials were heard in the chamber.",
        # a neutral report with no fault
        "Michael Howard said Tony Blair's visit to Leeds would be on Monday.",
        # the narrator's own words: no speaker
        "The report exposed Labour's failure to raise standards in schools.",
        # the speaker on himself
        "Michael Howard said his own failure to win the seat had hurt the party.",
    ):
        assert pairs(text, True) == pairs(text, False), text
