"""Per-document relations from statements and events built by hand."""

from __future__ import annotations

import pytest

from stancemap.alignment import relate_document
from stancemap.alignment.intensity import default_intensity
from stancemap.records import Event, Issue, Span, Statement

TRIGGER = Span(start=0, end=0, text="")


def st(sid: str, actor: str, issue: str, polarity: int, confidence: float = 1.0) -> Statement:
    return Statement(
        id=sid,
        actor=actor,
        issue=Issue(id=issue, label=issue),
        polarity=polarity,  # type: ignore[arg-type]
        evidence=[],
        confidence=confidence,
    )


def ev(eid: str, etype: str, src: str, tgt: str, mode: str | None = None) -> Event:
    return Event(
        id=eid, type=etype, mode=mode, trigger=TRIGGER, source=[src], target=[tgt], confidence=1.0
    )


def test_agreement_and_disagreement_are_listed_by_issue() -> None:
    statements = [
        st("s1", "kaz", "recognition:dpr", -1),
        st("s2", "rus", "recognition:dpr", 1),
        st("s3", "kaz", "war", -1),
        st("s4", "rus", "war", -1),
    ]
    (rel,) = relate_document(statements, [])
    assert (rel.a, rel.b) == ("kaz", "rus")
    assert rel.disagree == ["recognition:dpr"]
    assert rel.agree == ["war"]
    assert rel.score == pytest.approx(0.0)
    assert set(rel.evidence) == {"s1", "s2", "s3", "s4"}


def test_disagreements_outweigh_one_cooperative_event() -> None:
    statements = [
        st(f"s{i}{a}", a, issue, pol)
        for i, issue in enumerate(("x", "y", "z"))
        for a, pol in (("p", 1), ("t", -1))
    ]
    events = [ev("e1", "AID", "p", "t")]
    (rel,) = relate_document(statements, events)
    assert rel.cooperation == 1 and rel.conflict == 0
    assert sorted(rel.disagree) == ["x", "y", "z"]
    assert -1.0 < rel.score < -0.5  # the aid softens, but does not undo, three disagreements


def test_event_intensity_sets_the_sign_of_an_event_only_relation() -> None:
    rels = relate_document([], [ev("e1", "ASSAULT", "a", "b"), ev("e2", "AGREE", "c", "d")])
    by_pair = {(r.a, r.b): r for r in rels}
    assert by_pair[("a", "b")].conflict == 1 and by_pair[("a", "b")].score < -0.5
    assert by_pair[("c", "d")].cooperation == 1 and by_pair[("c", "d")].score > 0


def test_negated_events_are_not_acts_between_actors() -> None:
    assert relate_document([], [ev("e1", "ASSAULT", "a", "b", mode="negated")]) == []


def test_neutral_positions_make_no_shared_issue() -> None:
    assert relate_document([st("s1", "a", "x", 0), st("s2", "b", "x", 1)], []) == []


def test_mixed_positions_weaken_the_agreement() -> None:
    statements = [st("s1", "a", "x", 1), st("s2", "a", "x", -1, 0.5), st("s3", "b", "x", 1)]
    (rel,) = relate_document(statements, [])
    assert rel.agree == ["x"]
    assert 0 < rel.score < 1


def test_intensity_table_orders_cooperation_above_conflict() -> None:
    table = default_intensity()
    assert (
        table["AID"].value
        > table["CONSULT"].value
        > 0
        > table["ACCUSE"].value
        > table["ASSAULT"].value
    )
    assert all(-10 <= i.value <= 10 for i in table.values())


def test_a_state_event_stays_between_its_source_and_target() -> None:
    """An event relates exactly its source and target: "Russia sent Kazakhstan aid"
    does not reach Putin ~ Kazakhstan, Putin ~ Tokayev or Russia ~ Tokayev."""
    from stancemap.records import Actor

    actors = [
        Actor(id="RUS", name="Russia", type="country", country="RUS"),
        Actor(id="KAZ", name="Kazakhstan", type="country", country="KAZ"),
        Actor(id="putin", name="Putin", type="person", country="RUS", sector="GOV"),
        Actor(id="tok", name="Tokayev", type="person", country="KAZ", sector="GOV"),
    ]
    statements = [st("s1", "putin", "war", 1), st("s2", "tok", "war", -1)]
    events = [ev("e1", "AID", "RUS", "KAZ")]
    rels = {(r.a, r.b): r for r in relate_document(statements, events, actors=actors)}
    assert rels[("putin", "tok")].cooperation == 0
    assert "e1" not in rels[("putin", "tok")].evidence
    assert rels[("putin", "tok")].score < 0
    assert ("KAZ", "putin") not in rels and ("RUS", "tok") not in rels
    assert rels[("KAZ", "RUS")].cooperation == 1


def test_one_utterance_read_for_two_actors_is_not_an_agreement_between_them() -> None:
    a = st("s1", "tokayev", "recognition:dpr", -1).model_copy(update={"evidence": ["q1"]})
    b = st("s2", "KAZ", "recognition:dpr", -1).model_copy(update={"evidence": ["q1"]})
    c = st("s3", "RUS", "recognition:dpr", 1).model_copy(update={"evidence": ["e3"]})
    rels = {(r.a, r.b): r for r in relate_document([a, b, c], [])}
    assert ("KAZ", "tokayev") not in rels  # both rest on q1 alone
    assert rels[("RUS", "tokayev")].disagree == ["recognition:dpr"]
    # separate statements with no recorded sources still count ("A and B welcomed X")
    d, e = st("s4", "fra", "x", 1), st("s5", "ger", "x", 1)
    assert relate_document([d, e], [])[0].agree == ["x"]


def test_a_position_towards_the_other_actor_counts_directly() -> None:
    stance = st("s1", "tok", "alignment:putin", -1).model_copy(update={"evidence": ["e1"]})
    rejection = ev("e1", "REJECT", "tok", "putin")  # the same words, coded as an event
    (rel,) = relate_document([stance], [rejection])
    assert (rel.a, rel.b) == ("putin", "tok")
    assert rel.disagree == ["alignment:putin"]
    assert rel.conflict == 0  # the event is the statement's own evidence: not counted twice
    assert rel.score == pytest.approx(-1.0)
    other = ev("e2", "AID", "putin", "tok")
    (rel,) = relate_document([stance], [rejection, other])
    assert rel.cooperation == 1 and -1.0 < rel.score < 0


def test_the_lead_outweighs_background_further_down() -> None:
    """The headline's break (at 0) against aid told 2,000 characters further down: the
    story's lead decides the sign (alignment.score.lead); switched off, the aid does."""
    from stancemap.rules import RuleSwitches

    lead = Span(start=0, end=5, text="words")
    statements = [st("s1", "p", "alignment:t", -1, 0.3).model_copy(update={"text": lead})]
    body = Span(start=2000, end=2005, text="words")
    aid = ev("e1", "AID", "p", "t").model_copy(update={"trigger": body})
    lead_rule = "alignment.score.lead"
    (rel,) = relate_document(statements, [aid], switches=RuleSwitches.shipped(on=[lead_rule]))
    assert rel.score < 0
    (flat,) = relate_document(statements, [aid], switches=RuleSwitches.shipped(off=[lead_rule]))
    assert flat.score > 0


def test_a_relations_confidence_comes_from_its_evidence() -> None:
    one = relate_document([st("s1", "p", "alignment:t", 1, 0.6)], [])[0]
    assert one.confidence == pytest.approx(0.6)
    two = relate_document(
        [st("s1", "p", "alignment:t", 1, 0.6), st("s2", "p", "war", 1, 0.6),
         st("s3", "t", "war", 1, 0.6)], []
    )[0]  # fmt: skip
    assert two.confidence > one.confidence  # a second witness for the same sign
    mixed = relate_document(
        [st("s1", "p", "alignment:t", 1, 0.6), st("s2", "p", "war", 1, 0.6),
         st("s3", "t", "war", -1, 0.6)], []
    )[0]  # fmt: skip
    assert mixed.confidence < one.confidence  # a witness against it
    strong = relate_document([st("s1", "p", "alignment:t", 1, 1.0)], [])[0]
    assert strong.confidence is not None and strong.confidence < 1.0  # never certain


def test_a_place_an_event_acts_on_is_no_party() -> None:
    from stancemap.records import Actor

    actors = [
        Actor(id="country:RUS", name="Russia", type="country", country="RUS"),
        Actor(id="new:place:donbas", name="Donbas", type="location", country="UKR"),
        Actor(id="country:UKR", name="Ukraine", type="country", country="UKR"),
    ]
    events = [
        ev("e1", "ASSAULT", "country:RUS", "new:place:donbas"),
        ev("e2", "ASSAULT", "country:RUS", "country:UKR"),
    ]
    rels = relate_document([], events, actors=actors)
    assert [(r.a, r.b) for r in rels] == [("country:RUS", "country:UKR")]
    # the rule switched off, the place is a party again
    off = type("Off", (), {"enabled": staticmethod(lambda name: "places_are_no_party" not in name)})
    pairs = {(r.a, r.b) for r in relate_document([], events, actors=actors, switches=off())}
    assert ("country:RUS", "new:place:donbas") in pairs or (
        "new:place:donbas",
        "country:RUS",
    ) in pairs
