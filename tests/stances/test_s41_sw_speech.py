"""Session 41 (SW): a speaker's words about another person read as a relation.

``stances.campaign.for_gerund`` ("X criticized Y for attacking Z": the one judged did the
act the reason clause tells) and ``stances.claims.naming_hypernym_sign`` ("X called Y a
bigot": a name WordNet places under a bad kind of person). Each test switches its rule on
and off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

FOR_GERUND = "stances.campaign.for_gerund"
HYPERNYM = "stances.claims.naming_hypernym_sign"
MINE = (FOR_GERUND, HYPERNYM)


def analyzer(on: frozenset[str]) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in MINE]
    off += [r for r in MINE if r not in on]
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


OFF = analyzer(frozenset())
ONLY_GERUND = analyzer(frozenset({FOR_GERUND}))
ONLY_HYPERNYM = analyzer(frozenset({HYPERNYM}))
BOTH = analyzer(frozenset(MINE))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    result = analyzer.analyze_text(text, doc_id="s41sw", date="2016-05-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def pair(one: str, other: str) -> frozenset[str]:
    return frozenset((one, other))


@pytest.mark.parametrize(
    ("text", "doer", "target", "sign"),
    [
        (
            "Jeb Bush criticized Donald Trump for attacking Ted Cruz.",
            "Donald Trump",
            "Ted Cruz",
            -1,
        ),
        (
            "Barack Obama thanked Joe Biden for endorsing Hillary Clinton.",
            "Joe Biden",
            "Hillary Clinton",
            1,
        ),
        ("Donald Trump was mocked for insulting Ted Cruz.", "Donald Trump", "Ted Cruz", -1),
        ("Jeb Bush accused Donald Trump of insulting Ted Cruz.", "Donald Trump", "Ted Cruz", -1),
        (
            "Jeb Bush ridiculed Donald Trump for criticizing Barack Obama's decision.",
            "Donald Trump",
            "Barack Obama",
            -1,
        ),
    ],
)
def test_the_one_judged_does_the_act_of_the_reason(
    text: str, doer: str, target: str, sign: int
) -> None:
    assert pair(doer, target) not in pairs(text, OFF)
    assert pair(doer, target) not in pairs(text, ONLY_HYPERNYM)
    found = pairs(text, ONLY_GERUND)
    assert pair(doer, target) in found
    assert found[pair(doer, target)] * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        # a reason clause with a subject of its own: not the judged one's act
        "Jeb Bush criticized Donald Trump for Marco Rubio's attacking Ted Cruz.",
        # a verb that judges no one: "hired ... for" gives no reason of judgement
        "Jeb Bush hired Donald Trump for attacking Ted Cruz.",
        # a negated attack is no position
        "Jeb Bush praised Donald Trump for not attacking Ted Cruz.",
    ],
)
def test_no_act_of_the_judged_one(text: str) -> None:
    assert pairs(text, ONLY_GERUND).get(pair("Donald Trump", "Ted Cruz")) == pairs(text, OFF).get(
        pair("Donald Trump", "Ted Cruz")
    )


def test_the_reason_hung_on_the_last_of_the_judged_ones() -> None:
    # the parser hangs "for" on the last conjunct of the object: up to the verb's object
    text = (
        "The column ridiculed Donald Trump, Ben Carson, and Carly Fiorina for criticizing "
        "Barack Obama's decision."
    )
    assert pair("Donald Trump", "Barack Obama") not in pairs(text, OFF)
    assert pairs(text, ONLY_GERUND)[pair("Donald Trump", "Barack Obama")] < 0


def test_a_naming_for_which_one_is_judged_is_held_by_the_judged_one() -> None:
    text = "Paul Ryan rebuked Donald Trump for calling Hillary Clinton a liar."
    assert pair("Donald Trump", "Hillary Clinton") not in pairs(text, OFF)
    found = pairs(text, ONLY_GERUND)
    assert found[pair("Donald Trump", "Hillary Clinton")] < 0


@pytest.mark.parametrize("name", ["a bigot", "a clown", "a demagogue"])
def test_a_bad_kind_of_person_is_a_bad_name(name: str) -> None:
    text = f"Donald Trump called Hillary Clinton {name}."
    if name == "a demagogue":  # neither file places it under a bad kind of person
        assert pair("Donald Trump", "Hillary Clinton") not in pairs(text, ONLY_HYPERNYM)
        return
    assert pair("Donald Trump", "Hillary Clinton") not in pairs(text, OFF)
    assert pair("Donald Trump", "Hillary Clinton") not in pairs(text, ONLY_GERUND)
    assert pairs(text, ONLY_HYPERNYM)[pair("Donald Trump", "Hillary Clinton")] < 0


def test_a_possessor_naming_with_a_gerund_and_a_bad_kind_of_person() -> None:
    text = "Asked about Trump's calling Hillary Clinton a bigot, Chris Christie spoke."
    assert pair("Donald Trump", "Hillary Clinton") not in pairs(text, OFF)
    assert pairs(text, BOTH)[pair("Donald Trump", "Hillary Clinton")] < 0


def test_a_name_of_no_bad_kind_of_person_gives_nothing() -> None:
    # "a socialist": no sign file signs it and WordNet places it under no bad person
    text = "Donald Trump called Bernie Sanders a socialist."
    assert pair("Donald Trump", "Bernie Sanders") not in pairs(text, BOTH)
