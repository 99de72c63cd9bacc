"""Session 23 (engineer T, second task): the partner of a tie read from the syntax around
the tie noun (``stances.ties.partners_around``).

The parser often hangs "with X" on the verb ("scrapped the deal with Serbia": "with"
is the verb's), on a coordinated noun ("the accord and the alliance with X") or names
the other party as a possessor ("tore up Greece's treaty"); the tie noun's own children
then name no partner and ``stances.ties.ended`` found none. Sentences written for these
tests (invented people, or real office holders in invented events).
"""

from __future__ import annotations

from relation_probe import relation_score

RULE = "stances.ties.partners_around"


def _both(analyzer, text: str, a: str, b: str) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    return (
        relation_score(analyzer, text, a, b),
        relation_score(analyzer, text, a, b, disable=[RULE]),
    )


def test_a_with_phrase_on_the_ending_verb_names_the_partner(analyzer) -> None:  # type: ignore[no-untyped-def]
    on, off = _both(
        analyzer, "Prime Minister Arben Kola scrapped the deal with Serbia.", "Kola", "Serbia"
    )
    assert on is not None and on < 0
    assert off is None


def test_a_coordinated_tie_noun_lends_its_partner(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "President Ali Hassan ended the accord and the alliance with Ethiopia."
    on, off = _both(analyzer, text, "Hassan", "Ethiopia")
    assert on is not None and on < 0
    assert off is None


def test_a_foreign_possessor_is_the_other_party_but_the_holders_own_state_is_not(
    analyzer,
) -> None:  # type: ignore[no-untyped-def]
    text = "Turkish President Recep Tayyip Erdogan tore up Greece's treaty."
    on, off = _both(analyzer, text, "Erdo", "Greece")
    assert on is not None and on < 0
    assert off is None
    own = "Turkish President Recep Tayyip Erdogan tore up Turkey's treaty."
    assert relation_score(analyzer, own, "Erdo", "Turkey") is None
    # a possessor of unknown country may be the holder's own side: no partner
    unknown = "President Omar Dahir tore up Somalia's treaty."
    assert relation_score(analyzer, unknown, "Dahir", "Somalia") is None


def test_a_with_phrase_of_no_actor_is_no_partner(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Arben Kola ended the alliance with the backing of Serbia."
    on, off = _both(analyzer, text, "Kola", "Serbia")
    assert on is None and off is None


def test_the_moscow_kiev_treaty_denounced_is_read_as_a_tie_ended(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow scrapped its treaty with Kiev last year."
    on, off = _both(analyzer, text, "Russia", "Ukraine")
    assert on is not None and on < 0
    assert off is None
