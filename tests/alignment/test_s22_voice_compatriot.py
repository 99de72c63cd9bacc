"""Session 22 (S2): a compatriot's own words on her state are not lent to the state's
spokesperson (``alignment.sides.voice_compatriot_words``). On a PolNeAR tune article a
presidential candidate's "As Secretary I championed the United States' pivot ..." (her word
on the US) became the White House press secretary's relation with her once the quotes named
him speaking for the US. A foreign actor's words on the state are still lent. Records written
by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Issue, Quote, Span, Statement
from stancemap.rules import RuleSwitches

RULE = "alignment.sides.voice_compatriot_words"
TEXT = "x" * 200
USA = Actor(id="USA", name="United States", type="country", country="USA")
FRA = Actor(id="FRA", name="France", type="country", country="FRA")
WARD = Actor(id="ward", name="Dana Ward", type="person", country="USA", sector="GOV",
             role="White House press secretary")  # fmt: skip
QUILL = Actor(id="quill", name="Mara Quill", type="person", country="USA")  # a candidate
ACTORS = [USA, FRA, WARD, QUILL]


def _span() -> Span:
    return Span(start=0, end=10, text=TEXT[:10])


def st(sid: str, actor: str, issue: str, polarity: int, evidence: list[str]) -> Statement:
    return Statement(id=sid, actor=actor, issue=Issue(id=issue, label=issue),
                     polarity=polarity, evidence=evidence, confidence=0.8,  # type: ignore[arg-type]
                     text=_span())  # fmt: skip


# "White House press secretary Dana Ward said ...": Ward speaks for the United States
QUOTES = [
    Quote(
        id="q1", kind="indirect", content=_span(), speaker="ward", speaks_for="USA", confidence=0.8
    ),  # fmt: skip
    Quote(id="q2", kind="direct", content=_span(), speaker="quill", confidence=0.8),
    Quote(id="q3", kind="indirect", content=_span(), speaker="FRA", confidence=0.8),
]


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


# session 49 RX: alignment.sides.own_country (shipped off) drops a person ~ her own country's
# pair by design; these tests switch it off but where they say (session 64: over the shipped
# rules, not every rule on) and are about the voice's lending
OWN = "alignment.sides.own_country"


def _relate(statements: list[Statement], off: tuple[str, ...] = (OWN,)):  # type: ignore[no-untyped-def]
    # the shipped rules with RULE and OWN on but for ``off`` (session 64: not every rule on)
    on = [r for r in (RULE, OWN) if r not in off]
    switches = RuleSwitches.shipped(on=on, off=off)
    return relate_document(statements, [], actors=ACTORS, quotes=QUOTES, switches=switches)


def test_a_compatriots_word_on_her_state_is_not_the_spokesmans() -> None:
    statements = [st("s1", "quill", "alignment:USA", 1, ["q2"])]  # "I championed America's pivot"
    assert _rel(_relate(statements), "USA", "quill") is not None  # her own relation stays
    assert _rel(_relate(statements), "ward", "quill") is None
    assert _rel(_relate(statements, off=()), "USA", "quill") is None  # own_country on: one side


def test_without_the_rule_it_is_lent() -> None:
    statements = [st("s1", "quill", "alignment:USA", 1, ["q2"])]
    lent = _rel(_relate(statements, off=(RULE, OWN)), "ward", "quill")
    assert lent is not None and lent.score > 0
    assert any(e.via == "voice:USA" for e in lent.evidence_spans)


def test_a_foreign_word_on_the_state_is_still_lent() -> None:
    statements = [st("s2", "FRA", "alignment:USA", -1, ["q3"])]  # France criticised the US
    lent = _rel(_relate(statements), "ward", "FRA")
    assert lent is not None and lent.score < 0


def test_the_states_own_word_on_a_compatriot_is_still_lent() -> None:
    statements = [st("s3", "USA", "alignment:quill", -1, ["q1"])]  # the state's word on her
    lent = _rel(_relate(statements), "ward", "quill")
    assert lent is not None and lent.score < 0
