"""Session 62 (RS, issue 14): relation signs turned by a third party or a request (both off).

``alignment.score.direct_sign_over_shared``: "X criticised Y", and X and Y both attacked Z,
read X ~ Y aligned - the co-stance towards Z (+1) outweighed the accusation (-0.3).
``alignment.sides.official_request_no_pair``: "X, the head of Oxfam, urged Oxfam to ..." read
X against her own organisation. Sentences written for these tests.
"""

from __future__ import annotations

from functools import lru_cache

from rule_pairs import pairs_of
from rule_settings import with_rules
from stancemap.pipeline import Analyzer

DIRECT = "alignment.score.direct_sign_over_shared"
DATE = "2005-02-10"


@lru_cache(maxsize=8)
def analyzer(enable: tuple[str, ...], disable: tuple[str, ...]) -> Analyzer:
    return Analyzer(with_rules(enable=list(enable), disable=list(disable)))


def pairs(
    text: str, enable: tuple[str, ...], disable: tuple[str, ...]
) -> dict[frozenset[str], float]:
    return pairs_of(analyzer(enable, disable).analyze_text(text, doc_id="s62rs", date=DATE))


def score(
    text: str, a: str, b: str, enable: tuple[str, ...], disable: tuple[str, ...]
) -> float | None:
    return pairs(text, enable, disable).get(frozenset((a, b)))


CRITICS = (
    "Caroline Lucas criticised Gordon Brown on Monday. Caroline Lucas condemned the "
    "Conservatives over their tax plans. Gordon Brown also condemned the Conservatives "
    "over their tax plans."
)


def test_a_criticism_between_the_two_signs_them_against_each_other() -> None:
    off = score(CRITICS, "Caroline Lucas", "Gordon Brown", (), (DIRECT,))
    on = score(CRITICS, "Caroline Lucas", "Gordon Brown", (DIRECT,), ())
    assert off is not None and off > 0  # the co-critics of the Tories read as allies
    assert on is not None and on < -0.5


def test_a_shared_stance_of_the_same_sign_stays() -> None:
    text = (
        "Simon Hughes praised Charles Kennedy on Monday. Simon Hughes condemned the "
        "Conservatives over their tax plans. Charles Kennedy also condemned the "
        "Conservatives over their tax plans."
    )
    off = pairs(text, (), (DIRECT,))
    on = pairs(text, (DIRECT,), ())
    assert on == off
    assert on[frozenset(("Simon Hughes", "Charles Kennedy"))] > 0


def test_co_critics_with_no_direct_evidence_are_untouched_by_the_direct_rule() -> None:
    text = (
        "Michael Howard condemned Tony Blair over the war. Charles Kennedy condemned Tony "
        "Blair over the war."
    )
    assert pairs(text, (DIRECT,), ()) == pairs(text, (), (DIRECT,))


OFFICIAL = "alignment.sides.official_request_no_pair"


def test_an_official_urging_her_own_organisation_is_no_relation() -> None:
    text = "Jane Smith, the head of Oxfam in Kenya, urged Oxfam to send more food to the region."
    off = pairs(text, (), (OFFICIAL,))
    assert off[frozenset(("Jane Smith", "Oxfam"))] < 0  # a request read as opposition
    assert frozenset(("Jane Smith", "Oxfam")) not in pairs(text, (OFFICIAL,), ())


def test_an_official_accusing_her_own_organisation_keeps_the_rift() -> None:
    text = (
        "Jane Smith, the head of Oxfam in Kenya, accused Oxfam of betraying the refugees "
        "and condemned its leadership."
    )
    off = pairs(text, (), (OFFICIAL,))
    on = pairs(text, (OFFICIAL,), ())
    assert on == off
    assert on.get(frozenset(("Jane Smith", "Oxfam")), 0.0) < 0


def test_a_request_to_an_organisation_she_does_not_serve_stays() -> None:
    text = "Jane Smith, the head of Oxfam in Kenya, urged the Red Cross to send more food."
    assert pairs(text, (OFFICIAL,), ()) == pairs(text, (), (OFFICIAL,))


def test_only_a_position_outweighs_a_shared_third_party_and_never_a_shared_issue() -> None:
    from stancemap.alignment.direct_sign import direct_over_shared
    from stancemap.alignment.scoring import Observation, PairScore

    def pair(shared_key: str, position: bool) -> PairScore:
        direct = [Observation(-0.3, 0.4, "event", "ACCUSE", ["e1"])]
        if position:
            direct.append(Observation(-1.0, 0.4, "issue", "alignment:person:b", ["s3"]))
        return PairScore(
            "a",
            "b",
            agree=[shared_key],
            observations=[
                *direct,
                Observation(1.0, 0.6, "issue", shared_key, ["s1", "s2"], shared=True),
            ],
        )

    def run(shared_key: str, position: bool) -> PairScore:
        return direct_over_shared({("a", "b"): pair(shared_key, position)})[("a", "b")]

    third = "alignment:country:RUS"
    assert run(third, position=False).score > 0  # an event alone: the shared third party stays
    fixed = run(third, position=True)
    assert fixed.score < 0 and fixed.agree == []
    assert run("migration", position=True).agree == ["migration"]  # a shared issue stays
