"""Sides (one side: no relation; states follow their leaders) and mode-weighted events."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Event, Issue, Span, Statement
from stancemap.rules import RuleSwitches

TEXT = "x" * 200

EST = Actor(id="EST", name="Estonia", type="country", country="EST")
LVA = Actor(id="LVA", name="Latvia", type="country", country="LVA")
ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV",
             role="Prime Minister of Estonia")  # fmt: skip
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV",
             role="President of Latvia")  # fmt: skip
SPOKES = Actor(id="kask", name="Mari Kask", type="person", country="EST", sector="GOV",
               role="spokeswoman of the Foreign Ministry of Estonia")  # fmt: skip
MINISTRY = Actor(id="est-mfa", name="Estonian Foreign Ministry", type="organization",
                 country="EST", sector="GOV")  # fmt: skip
RIVAL = Actor(id="tamm", name="Jaan Tamm", type="person", country="EST", sector="GOV",
              role="President of Estonia")  # fmt: skip
ACTORS = [EST, LVA, ARIN, BOSK, SPOKES, MINISTRY, RIVAL]


def _span(start: int = 0, end: int = 10) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def st(sid: str, actor: str, issue: str, polarity: int) -> Statement:
    return Statement(
        id=sid,
        actor=actor,
        issue=Issue(id=issue, label=issue),
        polarity=polarity,  # type: ignore[arg-type]
        evidence=[],
        confidence=0.8,
        text=_span(),
    )


def ev(eid: str, etype: str, src: list[str], tgt: list[str], mode: str | None = None) -> Event:
    return Event(id=eid, type=etype, mode=mode, trigger=_span(20, 25), source=src, target=tgt,
                 confidence=0.9)  # fmt: skip


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def test_one_side_has_no_relation() -> None:
    statements = [
        st("s1", "kask", "tax", 1),
        st("s2", "EST", "tax", -1),
        st("s3", "arin", "tax", -1),
        st("s4", "est-mfa", "tax", 1),
    ]
    rels = relate_document(statements, [], actors=ACTORS)
    for a, b in [("kask", "EST"), ("kask", "arin"), ("est-mfa", "EST"), ("est-mfa", "arin")]:
        assert _rel(rels, a, b) is None, (a, b)


def test_two_office_holders_of_one_country_can_be_opposed() -> None:
    rels = relate_document(
        [st("s1", "arin", "tax", 1), st("s2", "tamm", "tax", -1)], [], actors=ACTORS
    )
    assert _rel(rels, "arin", "tamm").score < 0


def test_states_follow_their_leaders_over_a_background_act() -> None:
    statements = [st("s1", "arin", "alignment:bosk", -1), st("s2", "bosk", "alignment:arin", -1)]
    trade = ev("e1", "COOPERATE", ["EST"], ["LVA"])  # "the two trade a lot": the story is a break
    rel = _rel(relate_document(statements, [trade], actors=ACTORS), "EST", "LVA")
    assert rel is not None and rel.score < 0
    assert {"s1", "s2", "e1"} <= set(rel.evidence)
    via = {e.id: e.via for e in rel.evidence_spans}
    assert via["s1"] == "leaders:arin~bosk" and via["e1"] is None  # the states' own act


def test_background_events_weigh_less() -> None:
    now = ev("e1", "ASSAULT", ["arin"], ["bosk"])
    old = ev("e2", "AID", ["arin"], ["bosk"], mode="historical")
    rel = _rel(relate_document([], [now, old]), "arin", "bosk")
    weights = {r.id: r.weight for r in rel.evidence_spans}
    assert weights["e2"] < weights["e1"]
    assert rel.score < 0  # the story's own event decides


def test_joint_sources_of_a_clash_are_opposed() -> None:
    rel = _rel(relate_document([], [ev("e1", "ASSAULT", ["arin", "bosk"], [])]), "arin", "bosk")
    assert rel is not None and rel.score < 0
    rel = _rel(relate_document([], [ev("e1", "AGREE", ["arin", "bosk"], ["EST"])]), "arin", "bosk")
    assert rel is not None and rel.score > 0


def test_co_sources_weigh_less_than_an_act_between_them() -> None:
    # "Arin and Bosk are vowing to ..." reads them as partners by inference only: an act of
    # one on the other (here a clash) outweighs it at equal confidence
    joint = ev("e1", "AGREE", ["arin", "bosk"], ["EST"])
    clash = ev("e2", "ACCUSE", ["arin"], ["bosk"])
    rel = _rel(relate_document([], [joint, clash]), "arin", "bosk")
    weights = {r.id: r.weight for r in rel.evidence_spans} if rel is not None else {}
    assert weights["e1"] < weights["e2"]
    # the joint act still counts in full towards its target
    toward = _rel(relate_document([], [joint]), "arin", "EST")
    alone = _rel(relate_document([], [ev("e3", "AGREE", ["arin"], ["EST"])]), "arin", "EST")
    assert toward is not None and alone is not None
    assert {r.weight for r in toward.evidence_spans} == {r.weight for r in alone.evidence_spans}


def test_no_relation_without_evidence() -> None:
    negated = ev("e1", "AID", ["arin"], ["bosk"], mode="negated")
    assert relate_document([], [negated], actors=ACTORS) == []
    for rel in relate_document([st("s1", "arin", "tax", 1), st("s2", "bosk", "tax", -1)], []):
        assert rel.evidence and rel.evidence_spans


def test_a_clash_of_states_does_not_reach_their_officials() -> None:
    """'Estonia and Latvia clash': the states are opposed, their officials are not."""
    clash = ev("e1", "ASSAULT", ["EST", "LVA"], [])
    rels = relate_document([], [clash], actors=ACTORS)
    assert _rel(rels, "EST", "LVA").score < 0
    for person in ("arin", "bosk", "kask", "tamm"):
        for state in ("EST", "LVA"):
            assert _rel(rels, person, state) is None, (person, state)
    assert _rel(rels, "arin", "bosk") is None


# ``alignment.sides.holders_answer_for_state`` (session 12) carries what is said of a state to
# its office holders; this test holds the rest of the design without it
# (tests/alignment/test_spokesperson_side.py holds the rule)
NO_HOLDERS = RuleSwitches.shipped(off=["alignment.sides.holders_answer_for_state"])


def test_a_state_follows_its_office_holder_towards_another_state() -> None:
    """'Arin thanked Latvia': Estonia ~ Latvia follows; Latvia's president gets nothing
    (without ``holders_answer_for_state``)."""
    thanks = ev("e1", "SUPPORT", ["arin"], ["LVA"])
    rels = relate_document([], [thanks], actors=ACTORS, switches=NO_HOLDERS)
    assert _rel(rels, "arin", "LVA").score > 0
    states = _rel(rels, "EST", "LVA")
    assert states is not None and states.score > 0 and states.evidence == ["e1"]
    assert _rel(rels, "arin", "bosk") is None


def test_a_country_follows_its_leader_towards_a_foreign_leader() -> None:
    """Estonia ~ Bosk: Bosk once sent Estonia aid, but Estonia's prime minister breaks
    with him in the story; the carried evidence names the leaders' pair."""
    statements = [st("s1", "arin", "alignment:bosk", -1), st("s2", "bosk", "alignment:arin", -1)]
    aid = ev("e1", "AID", ["bosk"], ["EST"])
    follows = "alignment.sides.country_follows_its_leader"
    on = RuleSwitches.shipped(on=[follows])
    rels = relate_document(statements, [aid], actors=ACTORS, switches=on)
    rel = _rel(rels, "EST", "bosk")
    assert rel is not None and rel.score < 0
    carried = {e.id: e.via for e in rel.evidence_spans}
    assert carried["s1"] == "leaders:arin~bosk" and carried["e1"] is None
    # switched off, the aid alone speaks
    off = RuleSwitches.shipped(off=[follows])
    rel_off = _rel(relate_document(statements, [aid], actors=ACTORS, switches=off), "EST", "bosk")
    assert rel_off is not None and rel_off.score > 0


def test_a_country_and_a_foreign_leader_get_no_relation_from_the_leaders_alone() -> None:
    statements = [st("s1", "arin", "alignment:bosk", -1)]
    rels = relate_document(statements, [], actors=ACTORS)
    assert _rel(rels, "arin", "bosk") is not None
    assert _rel(rels, "EST", "bosk") is None  # no evidence of its own: co-occurrence only
