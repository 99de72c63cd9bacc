"""Session 21 (engineer H, issue 14): requests by composition.

``stances.relations.request_effect``: a request, demand or "should" by X whose content is
an act done to Y (or by Y itself) takes the sign of that act's effect on Y, read from
WordNet (data/stances/person_effects.tsv, written by ``stances.effect_import``). Sentences
written for these tests (invented people); the rule switched off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_score

RULE = "stances.relations.request_effect"

_score = relation_score


def _on_off(analyzer, text: str, a: str, b: str) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    return _score(analyzer, text, a, b), _score(analyzer, text, a, b, disable=[RULE])


def test_called_for_y_to_be_jailed_is_against_y(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Marta Kowalczyk called on Tuesday for Governor Tomas Brandt to be arrested."
    on, off = _on_off(analyzer, text, "Kowalczyk", "Brandt")
    assert on is not None and on < 0
    assert off is None or off > on


def test_urged_y_to_resign_is_against_y(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Opposition leader Dario Fenwick urged Interior Minister Elsa Varga to step down."
    on, off = _on_off(analyzer, text, "Fenwick", "Varga")
    assert on is not None and on <= -0.5
    assert off is None or off > -0.5


def test_called_for_the_removal_of_y(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Lawmaker Hannah Pryce demanded the removal of Defence Minister Owen Castell."
    on, off = _on_off(analyzer, text, "Pryce", "Castell")
    assert on is not None and on <= -0.5
    assert off is None or off > -0.5


def test_called_on_others_to_rally_behind_y_is_for_y(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Party chairman Victor Nkemelu called on delegates to unite behind Amara Osei."
    on, off = _on_off(analyzer, text, "Nkemelu", "Osei")
    assert on is not None and on > 0
    assert off is None


def test_said_y_should_drop_out(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Paula Reyes said on Friday that Senator Hugo Lindqvist should drop out of the race."
    on, off = _on_off(analyzer, text, "Reyes", "Lindqvist")
    assert on is not None and on <= -0.5
    assert off is None or off > -0.5


def test_would_not_call_for_y_to_be_convicted_is_no_relation(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ruth Abernathy said she would not call for Judge Colin Mayhew to be convicted."
    on = _score(analyzer, text, "Abernathy", "Mayhew")
    assert on is None or on > -0.5


def test_the_one_asked_is_not_the_one_acted_on(analyzer) -> None:  # type: ignore[no-untyped-def]
    # "urged C to sack Y": against Y, not against C for the sacking
    text = "Speaker Irene Holt urged Premier Jonas Weller to sack Treasurer Ada Brun."
    on = _score(analyzer, text, "Holt", "Brun")
    assert on is not None and on < 0
    weller = _score(analyzer, text, "Holt", "Weller")
    assert weller is None or weller > -0.5


def test_urged_a_state_to_withdraw_its_troops(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the doer's own leaving goes with what it takes along ("its troops")
    text = "Foreign Minister Lena Strand urged Serbia to withdraw its troops from the border."
    on, off = _on_off(analyzer, text, "Strand", "Serbia")
    assert on is not None and on <= -0.5
    assert off is None or off > -0.5
    bill = "Senator Ann Ruiz urged Governor Bo Lind to withdraw the bill."
    score = _score(analyzer, bill, "Ruiz", "Lind")
    assert score is None or score > -0.5  # withdrawing a bill is no leaving


def test_a_relative_clause_after_of_y_is_not_read_as_ys_request(analyzer) -> None:  # type: ignore[no-untyped-def]
    # "who" may be the governor, not the senator the "of" phrase names
    text = (
        "Governor Ray Tolland, a former backer of Senator Ina Moss, who has since called on "
        "voters to back Carl Dunne, spoke on Friday."
    )
    score = _score(analyzer, text, "Moss", "Dunne")
    assert score is None or score < 0.5
