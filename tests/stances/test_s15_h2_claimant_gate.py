"""Session 15 round 2 (engineer H, issue 14): a rejection that names no author answers only
a claimant who accused the holder or said what is rejected (that gate was removed in
session 21: it shipped off), and "X denied that P" answers whoever said P
(``stances.relations.denial_clause``), never merely the nearest speaker. Passages written for
these tests (real office holders, invented events); each rule switched off loses its reading.
"""

from __future__ import annotations

from relation_probe import relation_score

DENIAL = "stances.relations.denial_clause"


_score = relation_score


DENIED = (
    "Zambian opposition leader Hakainde Hichilema said on Monday that the copper contracts "
    "had been signed in secret. South African President Cyril Ramaphosa said trade between "
    "the two countries would grow. President Edgar Lungu denied on Tuesday that the "
    "contracts were signed in secret."
)


def test_a_denial_answers_who_said_the_denied_words(analyzer) -> None:  # type: ignore[no-untyped-def]
    off = _score(analyzer, DENIED, "Lungu", "Ramaphosa", disable=[DENIAL])
    assert off is not None and off < 0
    assert _score(analyzer, DENIED, "Lungu", "Ramaphosa") is None
    on = _score(analyzer, DENIED, "Lungu", "Hichilema")
    assert on is not None and on < 0


DENIED_UNSAID = (
    "South African President Cyril Ramaphosa said on Monday that trade between the two "
    "countries would grow. President Edgar Lungu denied on Tuesday that he had met the "
    "mine owners."
)


def test_a_denial_nobody_said_relates_nobody(analyzer) -> None:  # type: ignore[no-untyped-def]
    off = _score(analyzer, DENIED_UNSAID, "Lungu", "Ramaphosa", disable=[DENIAL])
    assert off is not None and off < 0
    assert _score(analyzer, DENIED_UNSAID, "Lungu", "Ramaphosa") is None


COUNTRY = (
    "Estonian Prime Minister Kaja Kallas said on Monday that Latvia had sold fuel to the "
    "rebels. Lithuanian President Gitanas Nauseda said the summit would open on Friday. "
    "Latvian President Edgars Rinkevics denied on Tuesday that his country was trading with "
    "the rebels."
)


def test_a_denial_answers_a_foreign_charge_against_the_holders_country(analyzer) -> None:  # type: ignore[no-untyped-def]
    off = _score(analyzer, COUNTRY, "Edgars", "Gitanas", disable=[DENIAL])
    assert off is not None and off < 0
    assert _score(analyzer, COUNTRY, "Edgars", "Gitanas") is None
    on = _score(analyzer, COUNTRY, "Edgars", "Kaja")
    assert on is not None and on < 0
