"""Session 29 (engineer NA, issue 14): when an actor mention may be a party of a relation.

- ``alignment.relations.thing_modifier_no_party``: a name that only modifies (compound or
  noun modifier) a common noun naming no person or group ("voted for the Iraq war", "the
  Cadillac tax") is no party to that event's relation;
- ``actors.generic.common_groups``: a new group read from a common noun none of whose
  mentions names anyone in particular is generic, so no party (``generic_no_party``);
- ``alignment.relations.confidence_floor``: a relation whose learned confidence is under
  constants relation_confidence_floor is none.

Passages written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from relation_probe import relation_score
from stancemap.actors.document_modifiers import party_nouns
from stancemap.alignment import relate_document
from stancemap.alignment import relations as rel
from stancemap.records import Actor, Event, Span

THING = "alignment.relations.thing_modifier_no_party"
GROUPS = "actors.generic.common_groups"
FLOOR = "alignment.relations.confidence_floor"
TRIGGER = Span(start=0, end=0, text="")


def _switches(off: set[str]) -> Any:
    return type("S", (), {"enabled": staticmethod(lambda name: name not in off)})()


def _ev(eid: str, src: str, tgt: str, start: int = 0, end: int = 40) -> Event:
    return Event(
        id=eid,
        type="ACCUSE",
        trigger=TRIGGER,
        evidence=Span(start=start, end=end, text="x" * (end - start)),
        source=[src],
        target=[tgt],
        confidence=1.0,
    )


# -- thing_modifier_no_party -------------------------------------------------------------


def test_party_nouns_are_people_and_groups() -> None:
    nouns = party_nouns()
    assert {"official", "voter", "government", "committee", "panel"} <= nouns
    assert not {"war", "tax", "mine", "ruling"} & nouns


def test_a_flagged_thing_modifier_is_no_party_of_that_event() -> None:
    actors = [
        Actor(id="person:a", name="A", type="person", country="USA"),
        Actor(
            id="country:IRQ",
            name="Iraq",
            type="country",
            thing_modifier_mentions=[Span(start=10, end=14, text="Iraq")],
            mentions=[Span(start=10, end=14, text="Iraq"), Span(start=60, end=64, text="Iraq")],
        ),
    ]
    inside = [_ev("e1", "person:a", "country:IRQ", 0, 40)]
    assert relate_document([], inside, actors=actors, switches=_switches(set())) == []
    off = relate_document([], inside, actors=actors, switches=_switches({THING}))
    assert [(r.a, r.b) for r in off] == [("country:IRQ", "person:a")]
    # an event whose sentence names Iraq as a party too keeps it
    named = [_ev("e2", "person:a", "country:IRQ", 50, 80)]
    kept = relate_document([], named, actors=actors, switches=_switches(set()))
    assert [(r.a, r.b) for r in kept] == [("country:IRQ", "person:a")]


def test_the_iraq_war_is_no_party_of_a_vote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Hillary Clinton voted for the Iraq war, Trump said."
    analysis = analyzer.analyze(text)
    iraq = next(a for a in analysis.actors if a.name == "Iraq")
    assert [m.text for m in iraq.thing_modifier_mentions] == ["Iraq"]
    assert relation_score(analyzer, text, "Clinton", "Iraq", disable=[THING]) is not None
    assert relation_score(analyzer, text, "Clinton", "Iraq") is None


def test_known_people_adjectives_and_bodies_are_not_thing_modifiers(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donald Trump attacked the Clinton emails. Russian airstrikes hit Aleppo. "
        "Iraq officials criticized Turkey."
    )
    analysis = analyzer.analyze(text)
    flagged = {a.name for a in analysis.actors if a.thing_modifier_mentions}
    assert "Hillary Clinton" not in flagged  # a person the KB knows: the emails' owner
    assert "Russia" not in flagged  # an adjective names the doer
    assert "Iraq" not in flagged  # "officials" are people


# -- common_groups -----------------------------------------------------------------------


def test_a_generic_group_flag_needs_the_rule() -> None:
    from stancemap.actors.generic_agents import generic_agents

    class Layer:  # no parse: nothing is read, nothing flagged
        doc = None
        mentions: list[Any] = []

    assert generic_agents(Layer(), groups=True) == set()


def test_a_group_of_a_common_noun_is_generic(analyzer) -> None:  # type: ignore[no-untyped-def]
    from rule_settings import with_rules
    from stancemap.pipeline import Pipeline

    text = "In reply, Maria Lopez pointed out that critics should instead question the studios."
    on = Pipeline(with_rules(), nlp=analyzer.nlp).analyze(text)
    off = Pipeline(with_rules(disable=[GROUPS]), nlp=analyzer.nlp).analyze(text)
    groups = [a for a in on.actors if a.id.startswith("new:group:")]
    assert [a.name for a in groups] == ["critics"]
    assert groups[0].generic
    assert all(not a.generic for a in off.actors if a.id.startswith("new:group:"))
    assert relation_score(analyzer, text, "critics", "Lopez", disable=[GROUPS]) is not None
    assert relation_score(analyzer, text, "critics", "Lopez") is None


# -- confidence_floor --------------------------------------------------------------------


def test_a_relation_under_the_floor_is_none(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    actors = [
        Actor(id="person:a", name="A", type="person", country="USA"),
        Actor(id="person:b", name="B", type="person", country="USA"),
        Actor(id="person:c", name="C", type="person", country="USA"),
    ]
    events = [_ev("e1", "person:a", "person:b"), _ev("e2", "person:a", "person:c", 50, 90)]

    weak = {"person:c"}

    def predicted(relation: Any, doc: Any) -> dict[str, float]:
        return {"weak": float(relation.b in weak or relation.a in weak)}

    monkeypatch.setattr(rel, "relation_features", predicted)
    monkeypatch.setattr(rel, "predict", lambda f: 0.2 if f["weak"] else 0.6)
    on = relate_document([], events, actors=actors, switches=_switches(set()))
    assert [(r.a, r.b) for r in on] == [("person:a", "person:b")]
    off = relate_document([], events, actors=actors, switches=_switches({FLOOR}))
    assert {(r.a, r.b) for r in off} == {("person:a", "person:b"), ("person:a", "person:c")}
    assert min(r.confidence for r in off) == pytest.approx(0.2)
    assert pytest.approx(0.3) == rel.CONFIDENCE_FLOOR_VALUE
