"""Session 71 (CS, issue 14): ``alignment.relations.siding_phrase_ally`` (ships off).

An act of force done "in support of Y", "on behalf of Y", "on the side of Y" is done for
Y: where the events stage takes Y as the act's target, the rule relates the act's source to
Y as SUPPORT instead of setting the two against each other. Each test reads the rule on and
off. Sentences and records written for these tests.
"""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment import relate_document
from stancemap.alignment.siding_phrases import SIDING_PHRASE, sided_before, sided_targets
from stancemap.records import Actor, Event, Span
from stancemap.rules import RuleSwitches

RULE = "alignment.relations.siding_phrase_ally"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s71cs-siding", "2017-02-10")


def test_strikes_in_support_of_a_party_set_the_striker_beside_it() -> None:
    for text, pair in (
        (
            "Russian warplanes carried out air strikes in support of Syrian government forces "
            "near the town.",
            ("Russian warplanes", "Syrian government forces"),
        ),
        (
            "Russia has been conducting air strikes on behalf of Syrian President Bashar "
            "al-Assad for two years.",
            ("Russia", "Bashar al-Assad"),
        ),
    ):
        off, on = pairs(text, False), pairs(text, True)
        assert off[frozenset(pair)] < 0, text  # the ally read as the strikes' target
        assert on[frozenset(pair)] > 0, text


def test_a_party_struck_keeps_its_sign() -> None:
    text = "Turkish troops attacked Kurdish fighters near the border on Sunday."
    assert pairs(text, True) == pairs(text, False)
    assert min(pairs(text, True).values()) < 0


def test_an_accusation_of_siding_is_no_side_of_the_accuser() -> None:
    # a verbal act: the phrase belongs to what is said, not to the accuser's act
    text = "Saudi Arabia accused Iran of fighting on the side of the Houthis."
    assert pairs(text, True) == pairs(text, False)


def test_the_phrase_must_stand_right_before_the_party() -> None:
    assert sided_before("carried out air strikes in support of the ")
    assert sided_before("fighting on the side of President ")
    assert sided_before("In support of ")
    # a clause in between names another party after its own verb
    assert not sided_before("in support of rebels fighting ")
    assert not sided_before("on behalf of the embattled ")  # lower-case words between
    assert not sided_before("attacked the ")
    assert not sided_before("in support of the Syrian")  # the mention starts inside a word


TEXT = "Vardian jets bombed the hills in support of the Osland army, officials said."


def _at(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), text=word)


ACTORS = [
    Actor(
        id="agent:vrd:mil", name="Vardian jets", type="organization", mentions=[_at("Vardian jets")]
    ),
    Actor(
        id="agent:osl:mil", name="Osland army", type="organization", mentions=[_at("Osland army")]
    ),
]


def _strike(kind: str = "ASSAULT") -> Event:
    return Event(id="e1", type=kind, trigger=_at("bombed"), source=["agent:vrd:mil"],
                 target=["agent:osl:mil"], confidence=0.8, evidence=_at(TEXT))  # fmt: skip


def _score(on: bool, kind: str = "ASSAULT") -> float:
    switches = RuleSwitches.shipped(
        on=[SIDING_PHRASE] if on else [], off=[] if on else [SIDING_PHRASE]
    )
    rels = relate_document([], [_strike(kind)], actors=ACTORS, switches=switches)
    assert len(rels) == 1
    return rels[0].score


def test_records_an_ally_of_the_strike_is_supported() -> None:
    assert sided_targets([_strike()], ACTORS) == {"e1": frozenset({"agent:osl:mil"})}
    assert _score(False) < 0
    assert _score(True) > 0
    # a verbal act keeps its sign: not an act of force, coercion or protest
    assert sided_targets([_strike("ACCUSE")], ACTORS) == {}
    assert _score(True, "ACCUSE") == _score(False, "ACCUSE") < 0
