"""Session 24 (engineer R, issue 14): a pair with evidence between the two is scored on
it; their statements on a shared issue no longer weigh beside it
(``alignment.score.direct_over_shared``). On real news "Trump ratcheted up his attacks on
Rubio, saying he is weak on illegal immigration" came out aligned (+0.27) because both
spoke about immigration with the same polarity. Records built by hand for this test.
"""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Event, Issue, Span, Statement

DIRECT = "alignment.score.direct_over_shared"
TRIGGER = Span(start=0, end=0, text="")


def _st(sid: str, actor: str, issue: str, polarity: int) -> Statement:
    return Statement(
        id=sid,
        actor=actor,
        issue=Issue(id=issue, label=issue),
        polarity=polarity,  # type: ignore[arg-type]
        evidence=[],
        confidence=1.0,
    )


def _switches(on: bool) -> object:
    return type("S", (), {"enabled": staticmethod(lambda name: on or name != DIRECT)})()


STATEMENTS = [_st("s1", "trump", "immigration", -1), _st("s2", "rubio", "immigration", -1)]
ATTACK = Event(
    id="e1", type="ACCUSE", trigger=TRIGGER, source=["trump"], target=["rubio"], confidence=1.0
)


def test_an_attack_outweighs_agreement_on_a_shared_issue() -> None:
    (rel,) = relate_document(STATEMENTS, [ATTACK], switches=_switches(True))
    assert rel.score < 0
    assert rel.agree == [] and rel.evidence == ["e1"]
    (off,) = relate_document(STATEMENTS, [ATTACK], switches=_switches(False))
    assert off.score > 0  # the shared issue outweighed the attack
    assert off.agree == ["immigration"]


def test_a_pair_with_nothing_between_them_still_relates_by_shared_issues() -> None:
    (rel,) = relate_document(STATEMENTS, [], switches=_switches(True))
    assert rel.score > 0 and rel.agree == ["immigration"]
