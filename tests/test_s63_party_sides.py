"""A party and its own member or officer are one side (session 63, engineer PS, issue 14).
Sentences written for these tests.

* ``actors.affiliation.party_member`` (shipped off): a person whose title words name a party
  ("Tory chairman Liam Fox", "Democratic candidate X") is recorded as its member;
* ``alignment.sides.party_member_one_side`` (shipped off): a person and an organisation she
  is an official or member of are one side - no relation - unless the pair is a rift.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.alignment.intensity import default_intensity
from stancemap.alignment.scoring import Observation, PairScore
from stancemap.alignment.sides_members import drop_member_sides
from stancemap.records import Actor, Affiliation, Span

MEMBER = "actors.affiliation.party_member"
SIDE = "alignment.sides.party_member_one_side"
DATE = "2005-02-10"

CO_CRITICS = (
    "Tory chairman Liam Fox attacked Labour's record on tax. "
    "The Conservative Party also attacked Labour's record on tax."
)


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[MEMBER, SIDE]))


def _read(
    pipeline: Any, text: str
) -> tuple[dict[str, list[tuple[str, str]]], dict[frozenset[str], float]]:
    result = pipeline.analyze(text, date=DATE)
    names = {a.id: a.name for a in result.actors}
    ties = {
        a.name: [(names.get(t.actor, t.actor), t.kind) for t in a.affiliations]
        for a in result.actors
    }
    pairs = {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}
    return ties, pairs


def test_both_ship_off(off: Any) -> None:
    ties, pairs = _read(off, CO_CRITICS)
    assert ties["Liam Fox"] == []
    # the co-critics of Labour read as allies: the pair this session's rules remove
    assert pairs[frozenset(("Liam Fox", "Conservative Party"))] > 0


def test_a_party_and_its_chairman_are_one_side(on: Any) -> None:
    ties, pairs = _read(on, CO_CRITICS)
    assert ties["Liam Fox"] == [("Conservative Party", "member")]
    assert frozenset(("Liam Fox", "Conservative Party")) not in pairs
    # each keeps his relation with the party both attacked
    assert pairs[frozenset(("Liam Fox", "Labour Party"))] < 0
    assert pairs[frozenset(("Conservative Party", "Labour Party"))] < 0


def test_a_candidate_named_by_her_party_is_its_member(on: Any) -> None:
    text = (
        "The Democrats praised Hillary Clinton on Monday. "
        "Democratic candidate Hillary Clinton attacked the Republicans."
    )
    ties, pairs = _read(on, text)
    assert ("Democratic Party", "member") in ties["Hillary Clinton"]
    assert frozenset(("Hillary Clinton", "Democratic Party")) not in pairs


def test_a_former_or_hyphened_party_word_ties_no_one(on: Any) -> None:
    text = (
        "Former Labour MP Robert Kilroy-Silk attacked the Conservative Party. "
        "Anti-Tory campaigner John Smith attacked the Conservative Party."
    )
    ties, _ = _read(on, text)
    assert all(kind != "member" for held in ties.values() for _, kind in held)


def _span(words: str) -> Span:
    return Span(start=0, end=len(words), text=words)


ACTORS = [
    Actor(id="p1", name="Ann Ruiz", type="person",
          affiliations=[Affiliation(actor="party", kind="member", span=_span("Labour MP Ann Ruiz"))]),
    Actor(id="p2", name="Bo Lind", type="person",
          affiliations=[Affiliation(actor="party", kind="member", span=_span("Labour MP Bo Lind"))]),
    Actor(id="party", name="Labour Party", type="organization", sector="PTY"),
]  # fmt: skip


def _pair(a: str, b: str, *obs: Observation) -> PairScore:
    return PairScore(a, b, observations=list(obs))


def test_support_or_a_co_stance_between_a_member_and_her_party_is_dropped() -> None:
    pairs = {
        ("p1", "party"): _pair("p1", "party", Observation(0.5, 0.8, "event", "SUPPORT", ["e1"])),
        ("p2", "party"): _pair(
            "p2", "party", Observation(-1.0, 0.8, "issue", "policy:tax", ["s1", "s2"], shared=True)
        ),
    }
    assert drop_member_sides(pairs, ACTORS, default_intensity()) == {}


def test_a_rift_and_two_members_keep_their_pairs() -> None:
    table = default_intensity()
    rift = _pair("p1", "party", Observation(-0.4, 0.8, "event", "ACCUSE", ["e1"]))
    request = _pair("p2", "party", Observation(-0.1, 0.8, "event", "REQUEST", ["e2"]))
    members = _pair("p1", "p2", Observation(-0.4, 0.8, "event", "ACCUSE", ["e3"]))
    pairs = {("p1", "party"): rift, ("p2", "party"): request, ("p1", "p2"): members}
    out = drop_member_sides(pairs, ACTORS, table)
    assert set(out) == {("p1", "party"), ("p1", "p2")}  # a request alone is no rift


def test_a_list_of_names_is_no_title(on: Any) -> None:
    text = (
        "The group, including Sir George Young, Labour's Robin Cook and Liberal Democrat "
        "Paul Tyler, criticised the Labour Party."
    )
    ties, _ = _read(on, text)
    assert ("Labour Party", "member") not in ties.get("George Young", [])


def test_a_rival_or_an_indefinite_description_is_no_member(on: Any) -> None:
    text = (
        "Republican rival Ted Cruz attacked the Democratic Party on Monday. "
        "The Republicans hope voters elect a Republican president who will cut taxes."
    )
    ties, _ = _read(on, text)
    assert ("Republican Party", "member") not in ties.get("Ted Cruz", [])
    assert all(kind != "member" for held in ties.values() for _, kind in held)
