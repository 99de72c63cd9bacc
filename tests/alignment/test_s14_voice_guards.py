"""Session 14: what one voice lends the other (``voices.pool_voices``) - only its words on
the third actor, and never to a generic agent."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Issue, Quote, Span, Statement
from stancemap.rules import RuleSwitches

TEXT = "x" * 200
LVA = Actor(id="LVA", name="Latvia", type="country", country="LVA")
EST = Actor(id="EST", name="Estonia", type="country", country="EST")
ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV",
             role="Prime Minister of Estonia")  # fmt: skip
KASK = Actor(id="kask", name="Mart Kask", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV",
             role="President of Latvia")  # fmt: skip
FARMERS = Actor(id="agent:lva:agr", name="Latvian farmers", type="group", country="LVA",
                sector="AGR")  # fmt: skip
ACTORS = [LVA, EST, ARIN, KASK, BOSK, FARMERS]
WORDS = "alignment.sides.voice_words_on_third"
NAMED = "alignment.sides.voice_named_third"


def _span() -> Span:
    return Span(start=0, end=10, text=TEXT[:10])


def st(sid: str, actor: str, issue: str, polarity: int, evidence: list[str]) -> Statement:
    return Statement(id=sid, actor=actor, issue=Issue(id=issue, label=issue),
                     polarity=polarity, evidence=evidence, confidence=0.8,  # type: ignore[arg-type]
                     text=_span())  # fmt: skip


# Kask speaks for Arin ("a spokesman for Prime Minister Arin, Mart Kask, said ...")
QUOTES = [
    Quote(
        id="q1", kind="indirect", content=_span(), speaker="kask", speaks_for="arin", confidence=0.8
    ),  # fmt: skip
    Quote(id="q2", kind="indirect", content=_span(), speaker="arin", confidence=0.8),
    Quote(id="q3", kind="indirect", content=_span(), speaker="bosk", confidence=0.8),
]


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def _relate(statements: list[Statement], off: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    # the shipped rules with the two guards on but for ``off`` (session 64: not every rule on)
    on = [r for r in (WORDS, NAMED) if r not in off]
    switches = RuleSwitches.shipped(on=on, off=off)
    return relate_document(statements, [], actors=ACTORS, quotes=QUOTES, switches=switches)


def test_a_shared_issue_is_not_lent_to_the_spokesman() -> None:
    # Arin backs the fuel tax, Bosk opposes it: Arin ~ Bosk disagree; that is no word of
    # Arin's on Bosk, so Kask (her spokesman) is not set against Bosk by it
    statements = [st("s1", "arin", "fuel-tax", 1, ["q2"]), st("s2", "bosk", "fuel-tax", -1, ["q3"])]
    assert _rel(_relate(statements), "arin", "bosk") is not None
    assert _rel(_relate(statements), "kask", "bosk") is None
    lent = _rel(_relate(statements, off=(WORDS,)), "kask", "bosk")
    assert lent is not None and lent.score < 0  # the rule off: the shared issue is lent


def test_a_position_towards_the_third_is_still_lent() -> None:
    statements = [st("s1", "arin", "alignment:bosk", -1, ["q2"])]  # Arin criticised Bosk
    lent = _rel(_relate(statements), "kask", "bosk")
    assert lent is not None and lent.score < 0
    assert any(e.via == "voice:arin" for e in lent.evidence_spans if e.id == "s1")
    # Bosk's word on Arin is a word on one of the voices: the spokesman holds it too
    back = _rel(_relate([st("s3", "bosk", "alignment:arin", -1, ["q3"])]), "kask", "bosk")
    assert back is not None and back.score < 0


def test_a_generic_agent_gets_nothing_across_the_voices() -> None:
    # Arin praised "Latvian farmers": a group named by a common noun, not Kask's counterpart
    statements = [st("s1", "arin", "alignment:agent:lva:agr", 1, ["q2"])]
    assert _rel(_relate(statements), "arin", "agent:lva:agr") is not None
    assert _rel(_relate(statements), "kask", "agent:lva:agr") is None
    lent = _rel(_relate(statements, off=(NAMED,)), "kask", "agent:lva:agr")
    assert lent is not None and lent.score > 0  # the rule off: lent as to a named actor
