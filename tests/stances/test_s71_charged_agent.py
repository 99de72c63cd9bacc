"""Session 71 (JS, issue 14): ``stances.claims.charged_agent`` (ships off).

"X said he had been betrayed by Y": the party a quote charges is named off the clause
subject - the "by" agent of a passive verb the open lexicon signs negative, of a participle
on a negative noun, or the "of" owner of a noun naming no act that a negative adjective
qualifies. With the rule it is the speaker's charge against that party; without it no
relation. An "of" on an act noun (done to the party), a noun signed itself ("enemies of"),
a good word, a negated or hypothetical clause, the narrator's own words and the speaker's
own state stay as they were. Sentences written for these tests.
"""

from __future__ import annotations

from rule_pairs import named_stances, pair_scores, rule_analyzer

RULE = "stances.claims.charged_agent"
DATE = "2016-03-01"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s71js-a", DATE)


def stances(text: str, on: bool) -> dict[tuple[str, str], int]:
    return named_stances(rule_analyzer(RULE, on), text, "s71js-a", DATE)


def score(text: str, a: str, b: str, on: bool) -> float:
    """The relation's score where the holder's statement on the other is read, else 0."""
    if (a, b) not in stances(text, on):
        return 0.0
    return pairs(text, on).get(frozenset((a, b)), 0.0)


def test_a_charged_doer_off_the_subject_is_opposed() -> None:
    for text, a, b in (
        (
            "Senator Marco Rubio said he had been betrayed by Donald Trump.",
            "Marco Rubio",
            "Donald Trump",
        ),
        (
            "Marco Rubio said the whole scandal was a fraud orchestrated by Hillary Clinton.",
            "Marco Rubio",
            "Hillary Clinton",
        ),
        (
            '"We must dismantle the criminal networks of Hamas," Israeli Prime Minister '
            "Benjamin Netanyahu said.",
            "Benjamin Netanyahu",
            "Hamas",
        ),
    ):
        assert score(text, a, b, False) == 0.0, text
        assert score(text, a, b, True) < -0.3, text


def test_what_it_must_leave_alone() -> None:
    for text in (
        # an act noun's 'of' is done to the party
        "Marco Rubio said the brutal murder of Hillary Clinton's aide had shocked him.",
        # a noun signed itself says who is against whom
        "Marco Rubio said the bitter enemies of Hillary Clinton had met in Ohio.",
        # a good word is as often a report
        "Marco Rubio said the plan was praised by Hillary Clinton.",
        # negated, hypothetical
        "Marco Rubio said he had not been betrayed by Donald Trump.",
        "Marco Rubio said he might have been betrayed by Donald Trump.",
        # a relative clause reports on its noun
        "Marco Rubio said officials would help the reporter who was arrested by the Taliban.",
        # the narrator's own words: no speaker
        "The senator was betrayed by Donald Trump in the primary.",
        # a verb of what one undergoes
        "Marco Rubio said the seat was lost by Hillary Clinton.",
    ):
        assert pairs(text, True) == pairs(text, False), text
        assert stances(text, True) == stances(text, False), text
