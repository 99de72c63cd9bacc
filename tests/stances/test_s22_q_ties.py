"""Session 22 (engineer Q, issue 14): a leader breaking with a former ally in his own words.

``stances.ties.ended`` (a tie with a named partner ended or declared over) and
``stances.polarity.no_longer`` ("will no longer stand with Y"). Sentences written for these
tests (invented people, real states); each rule switched off loses what it reads.
(``stances.ties.following`` was removed in session 40 CV: it lost a documented turn.)
"""

from __future__ import annotations

from relation_probe import relation_score

ENDED = "stances.ties.ended"
NO_LONGER = "stances.polarity.no_longer"


def _on_off(analyzer, text: str, a: str, b: str, rule: str) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    return relation_score(analyzer, text, a, b), relation_score(
        analyzer, text, a, b, disable=[rule]
    )


def test_ending_our_alliance_with_a_state_is_against_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We are ending our alliance with Serbia," Prime Minister Arben Kola told '
        "parliament on Monday. The two governments signed the pact in 2015."
    )
    on, off = _on_off(analyzer, text, "Kola", "Serbia", ENDED)
    assert on is not None and on < 0
    assert off is None or off >= 0


def test_a_pact_declared_past_its_purpose_in_reported_speech(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Maria Ilescu said on Friday that her country's defence pact with "
        "Hungary had outlived its purpose."
    )
    on, off = _on_off(analyzer, text, "Ilescu", "Hungary", ENDED)
    assert on is not None and on < 0
    assert off is None or off >= 0


def test_the_decision_to_end_years_of_relations_is_its_possessors_and_the_speakers(
    analyzer,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Tevita Lolo on Wednesday defended his cabinet's decision to end "
        "40 years of diplomatic relations with Japan."
    )
    on, off = _on_off(analyzer, text, "Lolo", "Japan", ENDED)
    assert on is not None and on < 0
    assert off is None or off >= 0


def test_that_alliance_takes_the_partner_of_the_tie_named_before(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Omar Dahir said his country's partnership with Kenya had brought "
        'little. "That alliance is finished," Dahir told lawmakers.'
    )
    on, off = _on_off(analyzer, text, "Dahir", "Kenya", ENDED)
    assert on is not None and on < 0
    assert off is None or off >= 0


def test_keeping_a_tie_is_no_break(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not end our alliance with Serbia," Prime Minister Arben Kola said.'
    on = relation_score(analyzer, text, "Kola", "Serbia")
    assert on is None or on > 0
    signed = "Prime Minister Arben Kola signed a new trade agreement with Serbia on Monday."
    score = relation_score(analyzer, signed, "Kola", "Serbia")
    assert score is None or score > 0


def test_no_longer_standing_with_a_state_is_against_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = '"Armenia will no longer stand with Moscow," Prime Minister Nikol Pashinyan said.'
    on, off = _on_off(analyzer, text, "Pashinyan", "Russia", NO_LONGER)
    assert on is not None and on < 0
    assert off is not None and off > 0  # without the rule "no longer" is read as nothing


def test_leaving_a_union_of_states_is_against_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Ministers met in Oslo after Britain's decision to leave the European Union."
    on, off = _on_off(analyzer, text, "United Kingdom", "European Union", ENDED)
    assert on is not None and on < 0
    assert off is None or off >= 0
    trip = "President Lena Arin left Brussels for Vienna on Monday."
    assert relation_score(analyzer, trip, "Arin", "Belgium") is None  # a city left is a trip


def test_two_leaders_who_pledge_to_deepen_cooperation_are_aligned(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Estonian Prime Minister Kaja Kallas and Finnish Prime Minister Sanna Marin pledged on "
        "Thursday to deepen cooperation on energy."
    )
    on, off = _on_off(analyzer, text, "Kallas", "Marin", "stances.ties.made")
    assert on is not None and on > 0
    assert off is None or off < on


def test_refusing_to_sign_a_treaty_with_a_state_is_against_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Arben Kola refused on Monday to sign the treaty with Serbia."
    on, off = _on_off(analyzer, text, "Kola", "Serbia", "stances.ties.made")
    assert on is not None and on < 0
    assert off is None or off > on
