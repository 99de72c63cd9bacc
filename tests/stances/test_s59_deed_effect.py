"""Session 59 (RS, issue 14): ``stances.relations.deed_effect`` (ships off).

"X fired Y", "Y was dismissed by X": an asserted act done to another party, by a verb of a
WordNet class whose effect on the one acted on ``data/stances/deed_verbs.tsv`` gives, is
the doer's position towards it. An act not done, only possible or requested, done to a
thing, or coded as an event already, is left alone. Sentences written for these tests.
"""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer

RULE = "stances.relations.deed_effect"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s59rs-deed", "2016-03-01")


def score(text: str, a: str, b: str, on: bool) -> float:
    """The pair's score, each name a word of an actor's name ("Dolan" for the actor the
    text names "Police Commissioner Mark Dolan"); 0.0 where no relation."""
    for pair, value in pairs(text, on).items():
        x, y = sorted(pair)
        if (a in x and b in y) or (a in y and b in x):
            return value
    return 0.0


def test_a_dismissal_sets_the_doer_against_the_one_dismissed() -> None:
    text = (
        "Senator Ann Lowry demanded hearings after Governor Paul Herrera fired "
        "Police Commissioner Mark Dolan."
    )
    assert score(text, "Herrera", "Dolan", False) == 0.0  # no relation read
    assert score(text, "Herrera", "Dolan", True) < -0.5


def test_a_passive_dismissal_keeps_its_sign() -> None:
    text = "Police Commissioner Mark Dolan was dismissed by Governor Paul Herrera on Friday."
    assert score(text, "Herrera", "Dolan", True) < -0.5


def test_an_act_the_events_coded_is_left_to_its_event() -> None:
    text = (
        "Senator Ann Lowry said she would back Governor Paul Herrera, weeks after he "
        "accused her of lying."
    )
    assert pairs(text, True) == pairs(text, False)


def test_what_it_must_leave_alone() -> None:
    for text in (
        "Governor Paul Herrera did not fire Police Commissioner Mark Dolan.",
        "Governor Paul Herrera may fire Police Commissioner Mark Dolan next week.",
        "Did Governor Paul Herrera fire Police Commissioner Mark Dolan?",
        "Governor Paul Herrera fired the budget office's new plan on Friday.",
    ):
        assert pairs(text, True) == pairs(text, False), text


def test_a_request_stays_request_effects() -> None:
    text = "Senator Ann Lowry urged Governor Paul Herrera to fire Police Commissioner Mark Dolan."
    assert pairs(text, True) == pairs(text, False)


def test_the_deed_verbs_are_what_the_importer_builds() -> None:
    import pytest

    from stancemap.stances import deed_import
    from stancemap.stances.deed_effects import deed_verbs
    from stancemap.wordnet_files import WORDNET

    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    assert {w: e for w, e, _ in deed_import.deed_verbs(WORDNET)} == deed_verbs()
    assert deed_verbs()["fire"] == -1 and deed_verbs()["pardon"] == 1
    assert "beat" not in deed_verbs() and "lead" not in deed_verbs()  # a contest; backing
