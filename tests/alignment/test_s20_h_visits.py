"""Session 20 (engineer H, issue 14): leaders who each made a visit (CAMEO 042) are no
partners of one another (``alignment.relations.visits_apart``): a relation needs evidence
between the two, and arriving at the same summit is none. A passage written for this test
(real office holders, an invented meeting); switched off, the co-arrivals are related again.
"""

from __future__ import annotations

from relation_probe import relation_score

VISITS = "alignment.relations.visits_apart"

ARRIVALS = (
    "Ghanaian President John Mahama and Nigerian President Bola Tinubu arrived in Lomé on "
    "Monday for the ECOWAS summit on regional trade."
)


def test_two_leaders_arriving_for_one_summit_are_no_pair(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert relation_score(analyzer, ARRIVALS, "Mahama", "Tinubu") is None
    off = relation_score(analyzer, ARRIVALS, "Mahama", "Tinubu", disable=[VISITS])
    assert off is not None


def test_two_leaders_who_meet_are_still_a_pair(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Abuja on "
        "Monday and the two agreed to reopen the border crossing."
    )
    assert relation_score(analyzer, text, "Mahama", "Tinubu") is not None
