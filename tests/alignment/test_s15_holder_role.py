"""``alignment.sides.holder_has_role`` (session 15): in the state carries a person stands
for a state only with a role. A candidate whom the knowledge base files under a state sector
but who holds no office on the story's date (no role) is neither a leader the state follows
nor an office holder who answers for it."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Event, Issue, Span, Statement
from stancemap.rules import RuleSwitches

TEXT = "y" * 200
EST = Actor(id="EST", name="Estonia", type="country", country="EST")
LVA = Actor(id="LVA", name="Latvia", type="country", country="LVA")
PM = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV",
           role="Prime Minister of Estonia")  # fmt: skip
# a challenger running for office: a state sector from the KB, no role on the date
CANDIDATE = Actor(id="saar", name="Karl Saar", type="person", country="EST", sector="GOV")
ACTORS = [EST, LVA, PM, CANDIDATE]
RULE = "alignment.sides.holder_has_role"
# the shipped rules with the rule on and off (session 64: not every rule on but it)
ON = RuleSwitches.shipped(on=[RULE])
OFF = RuleSwitches.shipped(off=[RULE])


def _span(start: int = 0, end: int = 10) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def _event(eid: str, etype: str, src: list[str], tgt: list[str]) -> Event:
    return Event(id=eid, type=etype, trigger=_span(20, 25), source=src, target=tgt,
                 confidence=0.9)  # fmt: skip


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def test_a_state_does_not_follow_a_candidate_without_office() -> None:
    """'Saar praised Latvia' (a candidate): Saar ~ Latvia, but not Estonia ~ Latvia."""
    praise = _event("e1", "SUPPORT", ["saar"], ["LVA"])
    rels = relate_document([], [praise], actors=ACTORS, switches=ON)
    assert _rel(rels, "saar", "LVA").score > 0
    assert _rel(rels, "EST", "LVA") is None
    # switched off, the candidate leads the state
    off = _rel(relate_document([], [praise], actors=ACTORS, switches=OFF), "EST", "LVA")
    assert off is not None and off.score > 0


def test_an_office_holder_still_leads_the_state() -> None:
    """'Arin praised Latvia' (the prime minister): Estonia ~ Latvia follows."""
    praise = _event("e1", "SUPPORT", ["arin"], ["LVA"])
    states = _rel(relate_document([], [praise], actors=ACTORS, switches=ON), "EST", "LVA")
    assert states is not None and states.score > 0


def test_what_is_said_of_a_state_reaches_its_holders_not_a_candidate() -> None:
    """'Latvia condemned Estonia': carried to the prime minister, not to the candidate."""
    said = Statement(id="s1", actor="LVA", issue=Issue(id="alignment:EST", label="Estonia"),
                     polarity=-1, evidence=[], confidence=0.8, text=_span())  # fmt: skip
    rels = relate_document([said], [], actors=ACTORS, switches=ON)
    assert _rel(rels, "EST", "LVA").score < 0
    assert _rel(rels, "arin", "LVA") is not None
    assert _rel(rels, "saar", "LVA") is None
    off = relate_document([said], [], actors=ACTORS, switches=OFF)
    assert _rel(off, "saar", "LVA") is not None
