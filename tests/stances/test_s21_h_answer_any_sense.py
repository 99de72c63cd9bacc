"""Session 21 (engineer H, issue 14): answering verbs whose answering sense is not their first.

``stances.relations.answer_any_sense``: a one-word verb (or a WordNet verb and particle) ANY
of whose senses lies under a thinking/saying sense of an answering verb ("disown",
"protest", "scorn"; data/stances/answer_verbs_any_sense.txt) answers the claimant when its
object is a claim noun: the object gates the sense. Shipped off (0 on every gold set);
switched on here. Passages written for these tests
(invented people); the rule switched off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_score

RULE = "stances.relations.answer_any_sense"

_score = relation_score

CLAIM = (
    "Opposition senator Lidia Marsh said on Monday that the port authority had inflated "
    "its cargo figures. "
)


def test_disowned_the_claim_answers_the_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = CLAIM + "Port director Samuel Okafor disowned the claim on Tuesday."
    on = _score(analyzer, text, "Okafor", "Marsh", enable=[RULE])
    assert on is not None and on < 0
    assert _score(analyzer, text, "Okafor", "Marsh") is None  # shipped off


def test_protested_the_accusation_answers_the_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = CLAIM + "Port director Samuel Okafor protested the accusation on Tuesday."
    on = _score(analyzer, text, "Okafor", "Marsh", enable=[RULE])
    assert on is not None and on < 0
    assert _score(analyzer, text, "Okafor", "Marsh") is None  # shipped off


def test_opposed_a_plan_answers_no_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the sense is gated by the object: a plan is no one's words
    text = CLAIM + "Port director Samuel Okafor opposed the harbour plan on Tuesday."
    assert _score(analyzer, text, "Okafor", "Marsh", enable=[RULE]) is None
