"""Session 24 (engineer R, issue 14): the general public is no party to a document's
relation (``alignment.relations.public_no_party``). On 25 real PolNeAR articles every one
of the 13 relations with a public end (voters, people, "Americans", "Germans") was wrong or
should not exist: they rest on polls, canvassing and passing mentions. A passage written for
this test; switched off, the voters are related again. Events keep their public ends.
"""

from __future__ import annotations

from relation_probe import relation_score
from stancemap.alignment import relate_document
from stancemap.alignment.relations import public_ends
from stancemap.records import Actor, Event, Span

GENERIC = "alignment.relations.generic_no_party"  # session 25: generic "voters" are no party either


PUBLIC = "alignment.relations.public_no_party"
TRIGGER = Span(start=0, end=0, text="")

CANVASS = (
    "Hillary Clinton is targeting black voters in Ohio this week, and Donald Trump attacked "
    "Clinton on Tuesday over her trade record."
)


def _ev(eid: str, src: str, tgt: str) -> Event:
    return Event(id=eid, type="ACCUSE", trigger=TRIGGER, source=[src], target=[tgt], confidence=1.0)


ACTORS = [
    Actor(id="person:a", name="A", type="person", country="USA"),
    Actor(id="agent:usa:cvl", name="voters", type="group", country="USA", sector="CVL"),
    Actor(id="agent:deu:unk:people", name="Germans", type="group", country="DEU"),
    Actor(id="agent:usa:leg", name="lawmakers", type="group", country="USA", sector="LEG"),
]


def test_public_ends_are_civilian_agents_and_a_demonyms_people() -> None:
    assert public_ends(ACTORS) == {"agent:usa:cvl", "agent:deu:unk:people"}


def test_a_public_end_gets_no_relation_and_a_body_keeps_its_own() -> None:
    events = [
        _ev("e1", "person:a", "agent:usa:cvl"),
        _ev("e2", "person:a", "agent:deu:unk:people"),
        _ev("e3", "person:a", "agent:usa:leg"),
    ]
    rels = relate_document([], events, actors=ACTORS)
    assert [(r.a, r.b) for r in rels] == [("agent:usa:leg", "person:a")]
    off = type("Off", (), {"enabled": staticmethod(lambda name: name != PUBLIC)})
    pairs = {
        frozenset((r.a, r.b)) for r in relate_document([], events, actors=ACTORS, switches=off())
    }
    assert frozenset(("agent:usa:cvl", "person:a")) in pairs
    assert frozenset(("agent:deu:unk:people", "person:a")) in pairs


def test_voters_a_candidate_canvasses_are_no_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert relation_score(analyzer, CANVASS, "voters", "Clinton") is None
    assert (
        relation_score(analyzer, CANVASS, "voters", "Clinton", disable=[PUBLIC, GENERIC])
        is not None
    )
    # the candidates' own relation stays
    assert relation_score(analyzer, CANVASS, "Trump", "Clinton") is not None
