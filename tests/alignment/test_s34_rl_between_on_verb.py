"""Session 34 (engineer RL, issue 14): "a rift has opened between X and Y".

``stances.relations.between_on_verb``: the parser hangs the "between" phrase on the verb
whose subject is the relation noun; its parties are the noun's. Passages written for these
tests (invented people).
"""

from __future__ import annotations

from typing import Any

from relation_probe import relation_score

RULE = "stances.relations.between_on_verb"


def test_a_rift_that_opened_between_two_people_opposes_them(analyzer: Any) -> None:
    text = "A rift has opened between Mayor Ann Holt and Governor Jim Baxter over the budget."
    on = relation_score(analyzer, text, "Holt", "Baxter")
    assert on is not None and on < 0
    assert relation_score(analyzer, text, "Holt", "Baxter", disable=[RULE]) is None


def test_tensions_that_grew_between_two_people_oppose_them(analyzer: Any) -> None:
    text = "Tensions grew between Mayor Ann Holt and Governor Jim Baxter after the vote."
    on = relation_score(analyzer, text, "Holt", "Baxter")
    assert on is not None and on < 0


def test_a_verb_of_no_relation_noun_lends_nothing(analyzer: Any) -> None:
    text = "A ferry sailed between Mayor Ann Holt's town and Governor Jim Baxter's island."
    on = relation_score(analyzer, text, "Holt", "Baxter")
    assert on == relation_score(analyzer, text, "Holt", "Baxter", disable=[RULE])


def test_the_nouns_own_between_phrase_is_read_as_before(analyzer: Any) -> None:
    text = "Reporters asked about the rift between Mayor Ann Holt and Governor Jim Baxter."
    on = relation_score(analyzer, text, "Holt", "Baxter")
    off = relation_score(analyzer, text, "Holt", "Baxter", disable=[RULE])
    assert on == off and on is not None and on < 0
