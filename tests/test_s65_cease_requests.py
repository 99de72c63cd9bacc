"""Session 65 (RL, issue 14): a request that one party stop its own act is criticism.

``stances.relations.cease_request``: "urged Y to stop attacking Z", "called on Y to stop his
attacks" - a request that the one asked stop an act of its own (a verb of ceasing, WordNet
WordNet: data/stances/ceasing_verbs.txt) is the asker against the one asked; an
appeal to two parties is no side. ``stances.polarity.asked_stop_keeps_sign``: "Y should stop
attacking Z", "demanded that Y stop attacking Z" - the one asked is doing the act now, so
the shifter "stop" no longer turns the cue into support. Both shipped off.
Sentences written for these tests (invented people; countries for the appeal).
"""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.config import Settings
from stancemap.pipeline import Analyzer
from stancemap.stances.ceasing_import import ceasing_nouns as imported_nouns
from stancemap.stances.ceasing_import import ceasing_verbs as imported
from stancemap.stances.polarity import ceasing_verbs
from stancemap.stances.relations import ceasing_nouns

CEASE = "stances.relations.cease_request"
NOUN = "stances.relations.cease_request_noun"
ASKED = "stances.polarity.asked_stop_keeps_sign"
DORSEY_VANCE = frozenset(("Paul Dorsey", "Rita Vance"))
DORSEY_KELLER = frozenset(("Paul Dorsey", "Mark Keller"))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s65rl")


def test_both_rules_ship_off() -> None:
    off = set(Settings().rules.disable)
    assert {CEASE, ASKED, NOUN} <= off


def test_the_ceasing_verbs_come_from_wordnet() -> None:
    words = ceasing_verbs()
    assert {"stop", "cease", "quit"} <= words
    assert not {"refuse", "fail", "urge", "attack", "resign"} & words


def test_the_data_file_is_what_the_importer_writes() -> None:
    try:
        words = imported(__import__("pathlib").Path("/usr/share/wordnet"))
    except FileNotFoundError:
        pytest.skip("WordNet 3.0 is not installed (apt-get install wordnet-base)")
    assert frozenset(words) == ceasing_verbs()
    nouns = imported_nouns(__import__("pathlib").Path("/usr/share/wordnet"))
    assert frozenset(nouns) == ceasing_nouns()
    assert {"end", "cessation", "retraction", "abandonment"} <= ceasing_nouns()
    assert not {"abjurer", "violence", "attack"} & ceasing_nouns()


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rita Vance urged Mayor Paul Dorsey to stop attacking the unions on Monday.",
        "Senator Rita Vance called on Mayor Paul Dorsey to stop his attacks on the unions.",
        "Senator Rita Vance urged Mayor Paul Dorsey to abandon the toll plan he proposed.",
    ],
)
def test_asking_someone_to_stop_their_own_act_is_criticism(text: str) -> None:
    off = pairs(text, rule_analyzer(CEASE, False))
    on = pairs(text, rule_analyzer(CEASE, True))
    assert off[DORSEY_VANCE] > -0.2  # a neutral request's weak sign
    assert on[DORSEY_VANCE] <= -0.5


def test_an_appeal_to_two_sides_takes_no_side() -> None:
    text = "The United States called on India and Pakistan to stop fighting on Monday."
    off = pairs(text, rule_analyzer(CEASE, False))
    on = pairs(text, rule_analyzer(CEASE, True))
    assert on == off


def test_a_request_to_stop_a_thing_not_theirs_is_left_alone() -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to end the new tax on Monday."
    off = pairs(text, rule_analyzer(CEASE, False))
    on = pairs(text, rule_analyzer(CEASE, True))
    assert on == off


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rita Vance said Mayor Paul Dorsey should stop attacking Mark Keller.",
        "Senator Rita Vance demanded that Mayor Paul Dorsey stop attacking Mark Keller.",
    ],
)
def test_the_one_asked_to_stop_attacking_is_against_the_target(text: str) -> None:
    off = pairs(text, rule_analyzer(ASKED, False))
    on = pairs(text, rule_analyzer(ASKED, True))
    assert off[DORSEY_KELLER] > 0  # "stop" read as a shifter: support
    assert on[DORSEY_KELLER] < 0


def test_a_stop_that_is_done_still_turns() -> None:
    text = "Mayor Paul Dorsey stopped backing Mark Keller in March."
    off = pairs(text, rule_analyzer(ASKED, False))
    on = pairs(text, rule_analyzer(ASKED, True))
    assert on == off


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rita Vance called for an end to Paul Dorsey's toll plan on Monday.",
        "Senator Rita Vance demanded a retraction of Paul Dorsey's remarks on Monday.",
    ],
)
def test_asking_for_an_end_to_someones_own_act_is_criticism(text: str) -> None:
    off = pairs(text, rule_analyzer(NOUN, False))
    on = pairs(text, rule_analyzer(NOUN, True))
    assert off.get(DORSEY_VANCE, 0.0) > -0.5
    assert on[DORSEY_VANCE] < -0.5


def test_asking_for_an_end_to_a_thing_no_one_owns_reads_nothing() -> None:
    text = "Senator Rita Vance called for an end to the violence in the city on Monday."
    assert pairs(text, rule_analyzer(NOUN, True)) == pairs(text, rule_analyzer(NOUN, False))
