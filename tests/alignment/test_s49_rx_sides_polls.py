"""Session 49 (RX): a person and their own country are one side
(``alignment.sides.own_country``), and a relation of a group or organisation resting only
on a poll's shares is none (``alignment.relations.poll_share_no_party``). The first is on
since session 49, the second ships off: each test reads the rule on and off. Sentences written for these tests."""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment.nationals import national_pairs
from stancemap.alignment.poll_shares import poll_only
from stancemap.records import Actor, EvidenceRef, Relation, Span

OWN = "alignment.sides.own_country"
POLL = "alignment.relations.poll_share_no_party"


def pairs(rule: str, text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(rule, on), text, "s49rx", "2016-06-14")


def test_a_national_urging_her_own_country_is_no_pair() -> None:
    text = "Hillary Clinton called on the United States to do more to protect its voting machines."
    pair = frozenset(("Hillary Clinton", "United States"))
    assert pairs(OWN, text, False).get(pair, 0.0) < 0  # the request's weak sign
    assert pair not in pairs(OWN, text, True)


def test_a_foreign_country_stays_a_party() -> None:
    text = "Hillary Clinton accused Russia of hacking the Democratic National Committee."
    pair = frozenset(("Hillary Clinton", "Russia"))
    assert pairs(OWN, text, True)[pair] < 0
    text = "Angela Merkel criticized the United States over its tariffs on German steel."
    assert pairs(OWN, text, True)[frozenset(("Angela Merkel", "United States"))] < 0


def test_national_pairs_reads_the_records_country() -> None:
    actors = [
        Actor(id="country:USA", name="United States", type="country", country="USA"),
        Actor(id="p1", name="A", type="person", country="USA"),
        Actor(id="p2", name="B", type="person", country="DEU"),
        Actor(id="p3", name="C", type="person"),
        Actor(id="g1", name="D", type="group", country="USA"),
    ]
    keys = [
        ("country:USA", "p1"),
        ("country:USA", "p2"),
        ("country:USA", "p3"),
        ("g1", "country:USA"),
    ]
    assert national_pairs(keys, actors) == {("country:USA", "p1")}


def test_a_poll_share_is_no_party_relation() -> None:
    text = "In the poll, Democrats favored Hillary Clinton by 70 percent to 20 percent."
    pair = frozenset(("Hillary Clinton", "Democratic Party"))
    assert pairs(POLL, text, False)[pair] > 0
    assert pair not in pairs(POLL, text, True)


def test_a_party_that_acts_keeps_its_relation() -> None:
    text = "The Republican Party endorsed Donald Trump at its convention in Cleveland on Tuesday."
    assert pairs(POLL, text, True)[frozenset(("Donald Trump", "Republican Party"))] > 0


def _relation(texts: list[str]) -> Relation:
    spans = [
        EvidenceRef(id=f"e{i}", kind="event", span=Span(start=0, end=len(t), text=t))
        for i, t in enumerate(texts)
    ]
    return Relation(a="g", b="p", score=0.5, evidence_spans=spans)


def test_poll_only_needs_a_collective_and_a_share_in_every_piece() -> None:
    kinds: dict[str, str | None] = {"g": "group", "p": "person"}
    assert poll_only(_relation(["Voters backed him, 57 percent to 22 percent."]), kinds)
    assert poll_only(_relation(["Backed by them 57%-22%."]), kinds)
    assert not poll_only(_relation(["The plan drew the support of 41 percent."]), kinds)
    assert not poll_only(_relation(["Voters backed him, 57 percent.", "They endorsed him."]), kinds)
    assert not poll_only(
        _relation(["Voters backed him, 57 percent."]), {"g": "person", "p": "person"}
    )
    assert not poll_only(_relation(["He won in 2016 by a wide margin."]), kinds)


def test_a_states_deed_against_its_national_keeps_the_pair() -> None:
    text = "Russia arrested Alexei Navalny at a Moscow airport on Sunday."
    pair = frozenset(("Russia", "Alexei Navalny"))
    off = pairs(OWN, text, False)
    assert off.get(pair, 0.0) < 0
    assert pairs(OWN, text, True).get(pair, 0.0) < 0
