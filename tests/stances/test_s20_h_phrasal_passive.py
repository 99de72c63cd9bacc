"""Session 20 (engineer H, second task, issue 14): rejections by passives.

(``stances.relations.phrasal_any_sense``, any WordNet sense of a two-word verb, was removed
in session 21: it moved nothing on any measured set, the blind W7 and W11 included.)
``stances.relations.response_passive``: "the claim was rejected by Y": the passive agent
against the claim's author. Passages written for these tests (invented people and events);
each rule switched off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_score

PASSIVE = "stances.relations.response_passive"

_score = relation_score

CLAIM = (
    "Opposition senator Maria Alvarez said on Monday that the ministry had hidden the "
    "deficit from parliament. "
)


def test_turned_down_a_plan_is_no_rejection_of_a_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = CLAIM + "Finance Minister Paul Okonjo turned down the budget plan on Tuesday."
    assert _score(analyzer, text, "Okonjo", "Alvarez") is None


def test_a_claim_dismissed_by_the_agent(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = CLAIM + "That claim was dismissed by Finance Minister Paul Okonjo on Tuesday."
    on = _score(analyzer, text, "Okonjo", "Alvarez")
    assert on is not None and on < 0
    assert _score(analyzer, text, "Okonjo", "Alvarez", disable=[PASSIVE]) is None


def test_a_claim_brushed_aside_by_the_agent(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = CLAIM + "The claim was brushed aside by Finance Minister Paul Okonjo on Tuesday."
    on = _score(analyzer, text, "Okonjo", "Alvarez")
    assert on is not None and on < 0
    assert _score(analyzer, text, "Okonjo", "Alvarez", disable=[PASSIVE]) is None


def test_a_passive_of_a_plan_answers_no_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = CLAIM + "The budget plan was rejected by Finance Minister Paul Okonjo on Tuesday."
    assert _score(analyzer, text, "Okonjo", "Alvarez") is None


LONG_CLAIM = (
    "A claim by opposition senator Maria Alvarez that ministry officials had shredded tax "
    "records after the 2024 audit was rejected on Friday by Finance Minister Paul Okonjo, "
    "who said the records were archived in Abuja."
)


def test_a_long_claim_parsed_as_the_root_is_the_passive_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, LONG_CLAIM, "Okonjo", "Alvarez")
    assert on is not None and on < 0
    assert _score(analyzer, LONG_CLAIM, "Okonjo", "Alvarez", disable=[PASSIVE]) is None
