"""Session 51 (engineer QB, issue 14): a leader's quoted break with a former ally.

``stances.ties.break_over_former``: a holder's friendly past-tense words towards a party
it breaks with are the broken tie's history, not a position beside the break.
``stances.polarity.never_again``: "would never again campaign for Y", the negator hung on
the adverb, is a declared turn like "no longer". Sentences written for these tests
(invented people, real states); each rule off (as shipped) reads what the tree read before.
"""

from __future__ import annotations

from relation_probe import relation_score

FORMER = "stances.ties.break_over_former"
NEVER_AGAIN = "stances.polarity.never_again"

_STOOD_WITH = (
    "Prime Minister Omar Dahir said his country's partnership with Kenya had brought "
    'little. "We stood with Kenya for years. That alliance is finished," Dahir told '
    "lawmakers."
)


def test_the_tie_told_in_the_past_does_not_cancel_its_break(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = relation_score(analyzer, _STOOD_WITH, "Dahir", "Kenya", enable=[FORMER])
    off = relation_score(analyzer, _STOOD_WITH, "Dahir", "Kenya")
    assert on is not None and on < 0
    assert off is None or off >= 0  # the past "stood with" and the break cancel out


def test_a_perfect_tense_tie_is_history_too(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Omar Dahir said his country's partnership with Kenya had brought "
        'little. "We have stood with Kenya since 1990, but that alliance is over now," '
        "Dahir told lawmakers."
    )
    on = relation_score(analyzer, text, "Dahir", "Kenya", enable=[FORMER])
    off = relation_score(analyzer, text, "Dahir", "Kenya")
    assert on is not None and on < 0
    assert off is None or off >= 0


def test_past_praise_without_a_break_stays_friendly(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Prime Minister Omar Dahir told lawmakers on Monday: "We stood with Kenya for '
        'years, and Kenya stood with us."'
    )
    on = relation_score(analyzer, text, "Dahir", "Kenya", enable=[FORMER])
    off = relation_score(analyzer, text, "Dahir", "Kenya")
    assert on is not None and on > 0
    assert on == off  # no break: nothing is left out


def test_never_again_campaigning_for_him_is_against_him(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ana Ruiz said on Monday that she would never again campaign for Governor Tom Kell."
    )
    on = relation_score(analyzer, text, "Ruiz", "Kell", enable=[NEVER_AGAIN])
    off = relation_score(analyzer, text, "Ruiz", "Kell")
    assert on is not None and on < 0
    assert off is not None and off > 0  # the negator on "again" was not read


def test_campaigning_for_him_again_stays_for_him(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ana Ruiz said on Monday that she would campaign for Governor Tom Kell again."
    on = relation_score(analyzer, text, "Ruiz", "Kell", enable=[NEVER_AGAIN])
    off = relation_score(analyzer, text, "Ruiz", "Kell")
    assert on is not None and on > 0
    assert on == off
