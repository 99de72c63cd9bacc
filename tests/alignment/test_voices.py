"""A spokesperson and the one the quotes name them speaking for: one voice (``voices``)."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Event, Issue, Quote, Span, Statement
from stancemap.rules import RuleSwitches

TEXT = "x" * 200
LVA = Actor(id="LVA", name="Latvia", type="country", country="LVA")
EST = Actor(id="EST", name="Estonia", type="country", country="EST")
ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV",
             role="Prime Minister of Estonia")  # fmt: skip
# a spokesman the actors stage knows by name only: no spokes-word in his role
KASK = Actor(id="kask", name="Mart Kask", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV",
             role="President of Latvia")  # fmt: skip
ACTORS = [LVA, EST, ARIN, KASK, BOSK]


def _span(start: int = 0, end: int = 10) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def st(sid: str, actor: str, issue: str, polarity: int, evidence: list[str]) -> Statement:
    return Statement(id=sid, actor=actor, issue=Issue(id=issue, label=issue),
                     polarity=polarity, evidence=evidence, confidence=0.8,  # type: ignore[arg-type]
                     text=_span())  # fmt: skip


def q(qid: str, speaker: str, speaks_for: str | None) -> Quote:
    return Quote(id=qid, kind="indirect", content=_span(30, 40), speaker=speaker,
                 speaks_for=speaks_for, confidence=0.8)  # fmt: skip


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def test_the_spokesman_s_word_is_his_principal_s_and_back() -> None:
    statements = [
        st("s1", "kask", "alignment:bosk", -1, ["q1"]),  # Kask (for Arin): Bosk failed
        st("s2", "arin", "alignment:LVA", -1, ["q2"]),  # Arin on Latvia
    ]
    quotes = [q("q1", "kask", "arin"), q("q2", "arin", None)]
    rels = relate_document(statements, [], actors=ACTORS, quotes=quotes)
    lent = _rel(rels, "arin", "bosk")
    assert lent is not None and lent.score < 0  # the principal holds the spokesman's word
    assert any(e.via == "voice:kask" for e in lent.evidence_spans if e.id == "s1")
    back = _rel(rels, "kask", "LVA")
    assert back is not None and back.score < 0  # and the spokesman the principal's
    assert _rel(rels, "kask", "arin") is None  # one side


def test_without_the_quotes_link_nothing_is_shared() -> None:
    statements = [st("s1", "kask", "alignment:bosk", -1, ["q1"])]
    quotes = [q("q1", "kask", None)]
    rels = relate_document(statements, [], actors=ACTORS, quotes=quotes)
    assert _rel(rels, "arin", "bosk") is None


def test_switched_off_the_voices_stay_apart() -> None:
    statements = [
        st("s1", "kask", "alignment:bosk", -1, ["q1"]),
        st("s2", "arin", "tax", 1, ["q2"]),
        st("s3", "kask", "tax", -1, ["q1"]),
    ]
    quotes = [q("q1", "kask", "arin"), q("q2", "arin", None)]
    voice = "alignment.sides.spokesperson_voice"
    switches = RuleSwitches.shipped(off=[voice])
    rels = relate_document(statements, [], actors=ACTORS, quotes=quotes, switches=switches)
    assert _rel(rels, "arin", "bosk") is None
    switches = RuleSwitches.shipped(on=[voice])
    on = relate_document(statements, [], actors=ACTORS, quotes=quotes, switches=switches)
    assert _rel(on, "arin", "bosk") is not None
    assert _rel(on, "kask", "arin") is None  # one voice: never set against each other


def _event(eid: str, etype: str, src: list[str], tgt: list[str], told_in: str | None) -> Event:
    return Event(id=eid, type=etype, trigger=_span(20, 25), source=src, target=tgt,
                 confidence=0.9, reported_by=told_in)  # fmt: skip


def test_an_act_of_the_principal_told_by_the_spokesman_is_his_word_a_told_deed_is_not() -> None:
    quotes = [q("q1", "kask", "arin")]
    told = _event("e1", "SUPPORT", ["arin"], ["bosk"], "q1")  # "Arin welcomed Bosk's step," he said
    rels = relate_document([], [told], actors=ACTORS, quotes=quotes)
    rel = _rel(rels, "kask", "bosk")
    assert rel is not None and rel.score > 0
    narrated = _event("e2", "CONSULT", ["arin"], ["bosk"], None)  # "Arin will meet Bosk"
    assert (
        _rel(relate_document([], [narrated], actors=ACTORS, quotes=quotes), "kask", "bosk") is None
    )
