"""A government body or a spokesperson speaks for its country (rule
alignment.sides.bodies_speak_for_their_country): its relation with a foreign person
is also its country's; it is never set against its own side."""

from __future__ import annotations

from test_sides import ACTORS, _rel, st

from stancemap.alignment import relate_document
from stancemap.rules import RuleSwitches

OFF = RuleSwitches(["alignment.sides.bodies_speak_for_their_country"])


def test_a_ministry_relation_with_a_foreign_leader_is_its_country_s() -> None:
    statements = [st("s1", "est-mfa", "claim-vote", -1), st("s2", "bosk", "claim-vote", 1)]
    rels = relate_document(statements, [], actors=ACTORS)
    assert _rel(rels, "est-mfa", "bosk").score < 0
    rel = _rel(rels, "EST", "bosk")
    assert rel is not None and rel.score < 0
    assert {e.via for e in rel.evidence_spans} == {None}  # evidence named, not a leaders' pair
    assert set(rel.evidence) == {"s1", "s2"}
    assert _rel(relate_document(statements, [], actors=ACTORS, switches=OFF), "EST", "bosk") is None


def test_a_spokeswoman_speaks_for_her_country_but_a_minister_alone_does_not() -> None:
    spoken = [st("s1", "kask", "alignment:bosk", -1)]
    assert _rel(relate_document(spoken, [], actors=ACTORS), "EST", "bosk").score < 0
    # a prime minister's relation with a foreign leader makes no country pair by itself
    said = [st("s1", "arin", "alignment:bosk", -1)]
    assert _rel(relate_document(said, [], actors=ACTORS), "EST", "bosk") is None


def test_a_voice_is_never_set_against_its_own_side() -> None:
    statements = [
        st("s1", "kask", "claim-vote", 1),
        st("s2", "arin", "claim-vote", -1),
        st("s3", "est-mfa", "claim-vote", -1),
        st("s4", "bosk", "claim-vote", -1),
    ]
    rels = relate_document(statements, [], actors=ACTORS)
    for a, b in [("kask", "arin"), ("kask", "EST"), ("est-mfa", "EST"), ("kask", "est-mfa")]:
        assert _rel(rels, a, b) is None, (a, b)
    assert _rel(rels, "kask", "bosk").score < 0
    assert _rel(rels, "EST", "LVA") is not None  # the states follow their voices
