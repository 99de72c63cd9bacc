"""Session 61 (QS, issue 14): ``stances.claims.party_voice`` (ships off).

"The Tories said Mr Blair had lied": a quote whose speaker is a political party and whose
clause judges another named party gave no sign, because the judged rules let only a
person, a state or a state body speak for a position. With the rule a named party is such
a voice; a news outlet, a firm, a generic agent, a neutral report, a negated or a
hypothetical charge, and a party on itself stay as they were. Sentences written for these
tests.

The xfail tests at the end pin causes of the same census (quotes holding both parties and
no sign) that lie in the actors stage (engineers of session 61 work there).
"""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer

RULE = "stances.claims.party_voice"
DATE = "2005-02-10"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s61qs-a", DATE)


def score(text: str, a: str, b: str, on: bool) -> float:
    return pairs(text, on).get(frozenset((a, b)), 0.0)


def test_a_party_charging_another_party_is_against_it() -> None:
    for text, a, b in (
        (
            "The Tories said Tony Blair had lied to voters about the cost of the scheme.",
            "Conservative Party",
            "Tony Blair",
        ),
        (
            "Labour said Michael Howard was a hypocrite on immigration.",
            "Labour Party",
            "Michael Howard",
        ),
        (
            "The Conservatives said Gordon Brown had betrayed pensioners in his budget.",
            "Conservative Party",
            "Gordon Brown",
        ),
        (
            "Republicans said Hillary Clinton had deceived the families of the victims.",
            "Republican Party",
            "Hillary Clinton",
        ),
    ):
        assert score(text, a, b, False) == 0.0, text
        assert score(text, a, b, True) < -0.5, text


def test_a_party_praising_another_is_for_it() -> None:
    text = "Labour said Charles Kennedy was an honest and decent man."
    off = score(text, "Labour Party", "Charles Kennedy", False)
    on = score(text, "Labour Party", "Charles Kennedy", True)
    assert off < 0.5 < on


def test_what_it_must_leave_alone() -> None:
    for text in (
        # a neutral report: no sign
        "Labour said Michael Howard would visit Leeds on Monday.",
        "The Tories said Tony Blair would announce the date of the election next week.",
        # a negated or a hypothetical charge
        "The Tories said Tony Blair had not lied about the scheme.",
        "Labour said Michael Howard could betray pensioners if he won.",
        # a prescription, not a judgement
        "The Tories said Tony Blair should apologise to the families.",
        # a news outlet and a firm are still no voices
        "The Guardian said Tony Blair had lied to voters about the cost of the scheme.",
        "Tesco said Sainsbury's had misled shoppers about its prices.",
        # the party on itself
        "The Tories said the Conservative Party had betrayed its voters.",
        # a person or a group the party's name only modifies
        "Appearing on television, the GOP front-runner said Hillary Clinton had caused death.",
        "Three in five GOP insiders said Donald Trump had betrayed the party's voters.",
    ):
        assert pairs(text, True) == pairs(text, False), text


def test_a_person_speaker_is_read_as_before() -> None:
    text = "Michael Howard said Tony Blair had lied to voters about the cost of the scheme."
    assert pairs(text, True) == pairs(text, False)
    assert score(text, "Michael Howard", "Tony Blair", True) < -0.5


@pytest.mark.xfail(
    reason="actors stage (engineers RH, EN): 'the chancellor' after 'Shadow chancellor "
    "Oliver Letwin' is linked to Letwin himself, the shadow's title read as the office, so "
    "the judged clause's subject is the speaker and no sign towards Gordon Brown is read",
    strict=True,
)
def test_a_shadow_title_is_not_the_office() -> None:
    analyzer = rule_analyzer(RULE, True)
    text = (
        "Chancellor Gordon Brown defended his spending plans on Monday. "
        "Shadow chancellor Oliver Letwin attacked the figures. "
        "Mr Letwin said the chancellor had hidden the failures of public services."
    )
    analysis = analyzer.analyze_text(text, doc_id="s61qs-x1", date=DATE)
    names = {a.id: a.name for a in analysis.actors}
    signed = {frozenset((names[r.a], names[r.b])): r.score for r in analysis.relations}
    assert signed.get(frozenset(("Oliver Letwin", "Gordon Brown")), 0.0) < -0.5
