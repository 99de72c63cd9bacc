"""Session 56 (SP): the story's relation is today's; its background stays behind.

``alignment.time.background_behind_story``: in a pair with evidence of the story's own
time, evidence resting only on historical acts is left out; a pair of background alone
keeps it. ``alignment.carry.background_stays``: a leader's historical act is not carried
to his state (nor a state's to its office holders). The rules are switched on and off
explicitly. Sentences written for these tests."""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment.story_time import background_refs
from stancemap.pipeline import Analyzer
from stancemap.records import Event, Span, Statement

BEHIND = "alignment.time.background_behind_story"
STAYS = "alignment.carry.background_stays"
DATE = "2024-05-10"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s56sp", DATE)


ALGERIA_MOROCCO = frozenset(("Algeria", "Morocco"))


def test_an_old_break_is_the_background_of_todays_reconciliation() -> None:
    text = (
        "The foreign ministers of Algeria and Morocco met in Rabat on Monday and agreed to "
        "restore direct flights between the two countries. Algeria cut ties with Morocco in "
        "2021 after accusing Rabat of hostile acts."
    )
    assert pairs(text, rule_analyzer(BEHIND, False))[ALGERIA_MOROCCO] < 0
    assert pairs(text, rule_analyzer(BEHIND, True))[ALGERIA_MOROCCO] > 0


def test_a_pair_with_background_alone_keeps_it() -> None:
    text = (
        "In 2021, Algeria cut ties with Morocco, accusing Rabat of hostile acts. Algerian "
        "President Abdelmadjid Tebboune opened a new port in Oran on Monday."
    )
    off, on = pairs(text, rule_analyzer(BEHIND, False)), pairs(text, rule_analyzer(BEHIND, True))
    assert on == off


LULA_2019 = (
    "Brazilian President Luiz Inácio Lula da Silva met Chilean President Gabriel Boric in "
    "Brasilia on Friday. In 2019, Lula criticised Argentine President Javier Milei over his "
    "remarks on trade."
)


def test_a_leaders_old_act_is_not_his_states_relation_in_the_story() -> None:
    off, on = (
        pairs(LULA_2019, rule_analyzer(STAYS, False)),
        pairs(LULA_2019, rule_analyzer(STAYS, True)),
    )
    carried = (
        frozenset(("Brazil", "Javier Milei")),
        frozenset(("Argentina", "Brazil")),
        frozenset(("Argentina", "Luiz Inácio Lula da Silva")),
    )
    for pair in carried:
        assert off[pair] < 0
        assert pair not in on
    # the two men's own pair is read where it is told, background as it is
    leaders = frozenset(("Javier Milei", "Luiz Inácio Lula da Silva"))
    assert on[leaders] == off[leaders] < 0


def test_a_leaders_act_of_the_story_is_carried_as_before() -> None:
    text = LULA_2019.replace("In 2019, Lula", "On Thursday, Lula")
    off, on = pairs(text, rule_analyzer(STAYS, False)), pairs(text, rule_analyzer(STAYS, True))
    assert on == off
    assert on[frozenset(("Brazil", "Javier Milei"))] < 0


def _event(eid: str, mode: str | None, start: int, date: str | None = "2021-01-01") -> Event:
    span = Span(start=start, end=start + 3, text="cut")
    return Event(
        id=eid,
        type="ACCUSE",
        mode=mode,
        date=date,
        trigger=span,
        source=["country:DZA"],
        target=["country:MAR"],
        confidence=0.9,
    )


def _statement(sid: str, evidence: list[str], start: int = 0, end: int = 50) -> Statement:
    return Statement.model_validate(
        {
            "id": sid,
            "actor": "country:DZA",
            "issue": {"id": "alignment:country:MAR", "label": "alignment with Morocco"},
            "polarity": -1,
            "evidence": evidence,
            "confidence": 0.8,
            "text": {"start": start, "end": end, "text": "x" * (end - start)},
            "target": "country:MAR",
        }
    )


def test_which_evidence_is_background() -> None:
    events = [
        _event("e1", "historical", 10),  # dated by the text years before the story
        _event("e2", "disapprove", 80, "2024-05-10"),  # the story's own time
        _event("e3", "historical", 200, None),  # undated: 'had attacked', 'who endorsed'
        _event("e4", "historical", 300, "2023-11-01"),  # the same season: still the relation
        _event("e5", "future", 400, "2025-03-15"),  # a deadline dates no story
    ]
    statements = [
        _statement("s1", ["e1"]),  # rests on the old act only
        _statement("s2", ["e1", "e2"]),  # and on one of the story's time
        _statement("s3", ["e1", "q1"]),  # a quote: the speaker's words now
        _statement("s4", []),  # read from the text; the old act lies in its passage
        _statement("s5", [], 60, 120),  # the act in its passage is the story's
        _statement("s6", ["e3"]),  # undated background: left alone
        _statement("s7", ["e4"]),  # months before: left alone
    ]
    assert background_refs(statements, events) == frozenset({"e1", "s1", "s4"})
