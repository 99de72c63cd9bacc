"""Session 66 (RS, issue 14): a request relates only the one who asks and the one asked.

``alignment.relations.request_several_addressees`` (shipped off): a pair resting only on
requests (REQUEST is neutral, -0.1), each addressed to two or more parties, is no pair - a
third party's appeal to both sides; a request to one party alone (by one asker or several)
and signed evidence keep a pair as before. Sentences written for these tests.
"""

from __future__ import annotations

from rule_pairs import pair_scores, rule_analyzer
from rule_settings import switches
from stancemap.alignment.scoring import EventObs, Observation, PairScore

RULE = "alignment.relations.request_several_addressees"
DATE = "2002-01-10"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s66rs", DATE)


def test_the_rule_is_shipped_off() -> None:
    assert not switches().enabled(RULE)
    assert switches(enable=[RULE]).enabled(RULE)


JOINT = (
    "The United States and the European Union called on India and Pakistan to exercise "
    "restraint and to resume talks."
)


def test_a_joint_appeal_to_two_parties_relates_none_of_them() -> None:
    off = pairs(JOINT, on=False)
    asked = [
        p for p in off if {"India", "Pakistan"} & p and {"United States", "European Union"} & p
    ]
    assert asked, off  # the default reads the appealers against those asked (-0.1)
    assert all(off[p] < 0 for p in asked)
    on = pairs(JOINT, on=True)
    assert not [p for p in on if p in asked], on


ONE = "Vincent Cable urged Gordon Brown to open the government's books to the auditors."
JOINT_DEMAND = (
    "Vincent Cable and Michael Howard urged Gordon Brown to open the government's books to "
    "the auditors."
)


def test_one_asker_of_one_addressee_keeps_the_pair() -> None:
    pair = frozenset(("Vincent Cable", "Gordon Brown"))
    off, on = pairs(ONE, on=False), pairs(ONE, on=True)
    assert pair in off and off[pair] < 0
    assert on == off


def test_several_askers_of_one_addressee_keep_their_pairs() -> None:
    off, on = pairs(JOINT_DEMAND, on=False), pairs(JOINT_DEMAND, on=True)
    assert frozenset(("Vincent Cable", "Gordon Brown")) in off
    assert on == off


SIGNED = (
    "The United States and the European Union called on India and Pakistan to exercise "
    "restraint. The United States also condemned Pakistan over the attack on parliament."
)


def test_signed_evidence_keeps_a_pair_a_joint_appeal_touches() -> None:
    pair = frozenset(("United States", "Pakistan"))
    off, on = pairs(SIGNED, on=False), pairs(SIGNED, on=True)
    assert pair in off and pair in on
    assert on[pair] == off[pair]
    assert frozenset(("European Union", "India")) not in on


def _table():  # type: ignore[no-untyped-def]
    from stancemap.alignment.intensity import default_intensity

    return default_intensity()


def _request(ref: str, source: tuple[str, ...], target: tuple[str, ...]) -> EventObs:
    return EventObs("REQUEST", source, target, 0.8, ref)


def test_only_pairs_resting_on_requests_to_several_parties_go() -> None:
    from stancemap.alignment.request_parties import drop_several_addressees

    acts = [_request("e1", ("a",), ("b",)), _request("e2", ("c",), ("b", "d"))]

    def obs(ref: str, via: str = "", kind: str = "REQUEST", value: float = -0.1) -> Observation:
        return Observation(value, 0.4, "event", kind, [ref], via=via)

    given = {
        ("a", "b"): PairScore("a", "b", observations=[obs("e1")]),  # one addressee
        ("a", "x"): PairScore("a", "x", observations=[obs("e1", via="leaders:b~x")]),
        ("b", "c"): PairScore("b", "c", observations=[obs("e2")]),  # to b and d at once
        ("c", "y"): PairScore("c", "y", observations=[obs("e2", via="leaders:d~y")]),
        ("c", "d"): PairScore(
            "c", "d", observations=[obs("e2"), obs("e3", kind="ACCUSE", value=-0.3)]
        ),
        ("b", "z"): PairScore("b", "z", observations=[obs("e2"), obs("e1")]),
    }
    kept = drop_several_addressees(given, acts, _table())
    assert set(kept) == {("a", "b"), ("a", "x"), ("c", "d"), ("b", "z")}
