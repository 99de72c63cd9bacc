"""Session 40 (RP): a request made with a verb of giving advice ("who advised Y on the
overhaul") gives the pair no sign (``alignment.relations.advice_no_sign``); a request with
another verb keeps its sign. Sentences written for these tests."""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment.relations import advice_events
from stancemap.records import Event, Span

RULE = "alignment.relations.advice_no_sign"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s40rp", "2016-04-28")


PAIR = frozenset(("Mark Dalton", "Susan Whitfield"))


def test_an_adviser_is_not_set_against_the_one_advised() -> None:
    text = (
        "Mark Dalton, an economist who advised Senator Susan Whitfield on the budget, "
        "spoke at the conference on Monday."
    )
    assert pairs(text, False).get(PAIR, 0.0) < 0  # the request's weak sign
    assert PAIR not in pairs(text, True)


def test_a_plain_request_keeps_its_sign() -> None:
    text = (
        "Mark Dalton, an economist who urged Senator Susan Whitfield to cut the budget, "
        "spoke at the conference on Monday."
    )
    assert pairs(text, True)[PAIR] < 0


def _event(trigger: str, kind: str = "REQUEST", cameo: str = "020") -> Event:
    return Event(
        id="e1",
        type=kind,
        cameo=cameo,
        trigger=Span(start=0, end=len(trigger), text=trigger),
        source=["a"],
        target=["b"],
        confidence=0.9,
    )


def test_advice_events_reads_the_verb_type_and_code() -> None:
    assert advice_events([_event("advising")]) == {"e1"}
    assert advice_events([_event("counseled")]) == {"e1"}
    assert advice_events([_event("suggested")]) == set()  # propose.v.01: a claim or proposal
    assert advice_events([_event("advised", kind="CONSULT", cameo="040")]) == set()
