"""Session 25 (engineer R4, issue 14): a generic agent none of whose mentions names anyone
in particular is no party to a relation (``alignment.relations.generic_no_party``, shipped
off). On real news (PolNeAR) such ends came from "even with a court order", "the era of big
government", "any party", "politicians and activists are decrying". Passages written for
these tests.
"""

from __future__ import annotations

from relation_probe import relation_score
from stancemap.alignment import relate_document
from stancemap.records import Actor, Event, Span

GENERIC = "alignment.relations.generic_no_party"
TRIGGER = Span(start=0, end=0, text="")
ON = type("On", (), {"enabled": staticmethod(lambda name: True)})
OFF = type("Off", (), {"enabled": staticmethod(lambda name: name != GENERIC)})


def _ev(eid: str, src: str, tgt: str) -> Event:
    return Event(id=eid, type="ACCUSE", trigger=TRIGGER, source=[src], target=[tgt], confidence=1.0)


def test_a_flagged_generic_agent_gets_no_relation() -> None:
    actors = [
        Actor(id="person:a", name="A", type="person", country="USA"),
        Actor(id="agent:usa:jud", name="court", type="group", sector="JUD", generic=True),
        Actor(id="agent:usa:leg", name="the lawmakers", type="group", sector="LEG"),
    ]
    events = [_ev("e1", "person:a", "agent:usa:jud"), _ev("e2", "person:a", "agent:usa:leg")]
    on = relate_document([], events, actors=actors, switches=ON())
    assert [(r.a, r.b) for r in on] == [("agent:usa:leg", "person:a")]
    off = relate_document([], events, actors=actors, switches=OFF())
    assert {(r.a, r.b) for r in off} == {
        ("agent:usa:jud", "person:a"),
        ("agent:usa:leg", "person:a"),
    }


def test_which_agents_are_generic(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Apple and Google refuse to help police even with a court order. German authorities "
        "reached a deal with Google. The protesters criticized Apple."
    )
    analysis = analyzer.analyze(text)
    flagged = {a.name for a in analysis.actors if a.generic}
    assert {"police", "court"} <= flagged
    named = {a.name for a in analysis.actors if a.id.startswith("agent:") and not a.generic}
    assert "German authorities" in named  # a name in it
    assert "protesters" in named  # definite


def test_generic_police_are_no_party_but_named_authorities_are(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Apple and Google refuse to help police even with a court order."
    assert relation_score(analyzer, text, "police", "Apple", disable=[GENERIC]) is not None
    assert relation_score(analyzer, text, "police", "Apple") is None
    named = "German authorities reached a deal with Google on Monday."
    assert relation_score(analyzer, named, "German authorities", "Google")
