"""The project's relation test set (tests/alignment/data/relation_set.toml).

Short passages written for stancemap with the expected sign of actor pairs:
sign accuracy above a floor on each part (tune: the items rules were written
against; check: a third held back by a hash of the item id), every relation
backed by evidence, no relation between actors of one side.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.evaluate.relation_set import SetResult, evaluate_relation_set, load_items

pytestmark = pytest.mark.slow

SET = Path(__file__).parent / "data" / "relation_set.toml"


@pytest.fixture(scope="module")
def scored(analyzer) -> dict[str, SetResult]:  # type: ignore[no-untyped-def]
    # the evaluator itself: it skips an item whose ``needs`` names a rule that is off
    return {part: evaluate_relation_set(SET, analyzer, part) for part in ("tune", "check")}


def test_the_set_is_large_and_split() -> None:
    items = load_items(SET)
    assert len(items) >= 80
    assert len({i["id"] for i in items}) == len(items)
    assert 10 <= len(load_items(SET, "check")) <= len(items) // 2
    for item in items:
        for pair in item.get("pairs", []):  # an item may hold only no_relation pairs
            assert pair["evidence"] in item["text"], item["id"]


# Floors one pair below the figures measured in session 6 on the 86-item set (tune
# 55/58 = 0.948, check 31/34 = 0.912; docs/benchmarks.md "Session 6 - relations").
# LOWERED for check (0.92 -> 0.88): the set gained seven held-back pairs (rel-81..88),
# three of them missed; the older 80 items still score 26/27 = 0.963 on check.
# Check errors are not read.
# RAISED for check (0.88 -> 0.91), session 10 (engineer G2): the evaluator's name matching
# (``match_actor``: exact name or id, whole words, a surname's person before a body named
# after him, a country before a person whose given name is the string) finds one more
# right check pair on the same analyses, 31/34 -> 32/34; one pair below is 31/34 = 0.912.
FLOORS = {"tune": 0.93, "check": 0.91}


# The session-9 passages (rel-101..132, with a ``kind``: opposing claims, headline
# rivalries in full articles, spokespeople) were written to be hard and are floored
# apart, one pair below the counts measured at the end of session 9 (docs/benchmarks.md,
# "Session 9 - opposing claims, rivalries and spokespeople"); the floors above stay on the
# older passages.
# Measured (tune 9/27, check 11/14) with stances.claims.predicate shipped off.
# Session 10 (engineer G): 13 more such passages (rel-133..145, written before any run;
# 14 tune and 8 check pairs) and stances.claims.predicate, judged_act and the spokesperson
# rules as shipped (spokesperson_voice off): tune 22/41, check 16/22 (docs/benchmarks.md,
# "Session 10 - relations and spokespeople"). Floors one pair below; check re-based on the
# larger part (0.71 -> 0.68).
# LOWERED at the end of session 10 (lead): stances.claims.predicate shipped off again (it
# paired claims about different things into false agreements on PolNeAR articles and added a
# false turn on a control pair); the kind passages then score tune 16/41, check 14/22.
# Floors one pair below.
KIND_FLOORS = {"tune": 0.36, "check": 0.59}


def _accuracy(pairs: list) -> float:  # type: ignore[type-arg]
    return sum(p.correct for p in pairs) / (len(pairs) or 1)


@pytest.mark.parametrize("part", ["tune", "check"])
def test_sign_accuracy(scored, part) -> None:  # type: ignore[no-untyped-def]
    older = [p for p in scored[part].pairs if not p.kind]
    wrong = [(p.item, p.a, p.b, p.score) for p in older if not p.correct]
    assert _accuracy(older) >= FLOORS[part], wrong
    written = [p for p in scored[part].pairs if p.kind]
    assert len(written) >= 10
    assert _accuracy(written) >= KIND_FLOORS[part]


@pytest.mark.parametrize("part", ["tune", "check"])
def test_every_relation_has_evidence_and_none_is_within_one_side(scored, part) -> None:  # type: ignore[no-untyped-def]
    assert scored[part].unsupported == []
    assert scored[part].one_side == []
    assert scored[part].cooccurrence == []
    assert scored[part].unnamed == []  # each piece of evidence named with its words


def test_evidence_names_the_words(scored) -> None:  # type: ignore[no-untyped-def]
    pairs = scored["tune"].pairs + scored["check"].pairs
    hits = sum(p.evidence_ok for p in pairs if p.correct)
    assert hits >= 0.85 * sum(p.correct for p in pairs)


def test_names_match_without_accents() -> None:
    """The set writes "Erdogan"; the KB's actor is "Recep Tayyip Erdoğan"."""
    from stancemap.evaluate.relation_set import find_actor
    from stancemap.records import Actor, Analysis, DocumentInfo

    actors = [
        Actor(id="p:e", name="Recep Tayyip Erdoğan", type="person"),
        Actor(id="p:v", name="Aleksandar Vučić", type="person"),
    ]
    result = Analysis(document=DocumentInfo(id="d", sha256="0"), text="", actors=actors)
    assert find_actor(result, "Erdogan") == "p:e"
    assert find_actor(result, "VUCIC") == "p:v"
    assert find_actor(result, "Mitsotakis") is None


def _analysis(*actors: tuple[str, str, str], relations: list | None = None):  # type: ignore[no-untyped-def, type-arg]
    from stancemap.records import Actor, Analysis, DocumentInfo

    return Analysis(
        document=DocumentInfo(id="d", sha256="0"),
        text="",
        actors=[Actor(id=i, name=n, type=t) for i, n, t in actors],  # type: ignore[arg-type]
        relations=relations or [],
    )


def test_a_country_or_body_outranks_a_person_whose_given_name_is_the_string() -> None:
    """ "Israel" is the country, not the minister Israel Katz, also where the country's
    actor is not named "Israel" exactly."""
    from stancemap.evaluate.relation_set import find_actor

    katz = ("person:israel-katz", "Israel Katz", "person")
    assert find_actor(_analysis(katz, ("country:ISR", "Israel", "country")), "Israel") == (
        "country:ISR"
    )
    body = ("gov:ISR", "Government of Israel", "organization")
    assert find_actor(_analysis(katz, body), "Israel") == "gov:ISR"
    assert find_actor(_analysis(katz, body), "Katz") == "person:israel-katz"
    # alone, the person is still found by the string
    assert find_actor(_analysis(katz), "Israel") == "person:israel-katz"


def test_a_surname_means_the_person_before_a_body_named_after_him() -> None:
    from stancemap.evaluate.relation_set import find_actor

    kishida = ("person:fumio-kishida", "Fumio Kishida", "person")
    cabinet = ("agent:jpn:gov", "Kishida's cabinet", "group")
    assert find_actor(_analysis(cabinet, kishida), "Kishida") == "person:fumio-kishida"
    assert find_actor(_analysis(cabinet, kishida), "cabinet") == "agent:jpn:gov"


def test_whole_words_outrank_parts_of_words_and_ids_match() -> None:
    from stancemap.evaluate.relation_set import find_actor

    actors = (
        ("person:xi-jinping", "Xi Jinping", "person"),
        ("country:MEX", "Mexico", "country"),
        ("org:xinhua", "Xinhua", "organization"),
        ("person:pedro-sanchez", "Pedro Sánchez", "person"),
    )
    result = _analysis(*actors)
    assert find_actor(result, "Xi") == "person:xi-jinping"
    assert find_actor(result, "nchez") == "person:pedro-sanchez"
    assert find_actor(result, "country:mex") == "country:MEX"


def test_two_actors_matching_equally_are_an_ambiguity() -> None:
    from stancemap.evaluate.relation_set import SetResult, match_actor, score_item
    from stancemap.records import Relation

    joe, hunter = ("person:joe", "Joe Biden", "person"), ("person:hunter", "Hunter Biden", "person")
    trump = ("person:trump", "Donald Trump", "person")
    relation = Relation(a="person:joe", b="person:trump", score=-1.0, evidence=[])
    result = _analysis(joe, hunter, trump, relations=[relation])
    found = match_actor(result, "Biden")
    assert found.ambiguous and found.id is None
    assert set(found.candidates) == {"person:joe", "person:hunter"}
    assert match_actor(result, "Joe Biden").id == "person:joe"
    out = SetResult()
    item = {"id": "x", "pairs": [{"a": "Biden", "b": "Trump", "sign": -1, "evidence": "e"}]}
    score_item(item, result, out)
    assert out.pairs[0].score is None  # not settled by chance
    assert out.ambiguous == ["x: Biden -> person:hunter, person:joe"]
    assert out.summary()["ambiguous_names"] == 1
    item["pairs"][0]["a"] = "Joe Biden"
    score_item(item, result, out)
    assert out.pairs[1].score == -1.0
