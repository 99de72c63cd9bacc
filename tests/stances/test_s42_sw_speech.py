"""Session 42 (SW): a speaker's words about another person read as a relation.

``stances.claims.hedged_charge`` ("Y said X may have violated the law": a weak modal over a
perfect is a charge the speaker lays, kept at a hypothetical statement's weight) and
``stances.claims.judged_owner_naming`` ("Y called X's ignorance dangerous": a verb of naming
judging a party's own act, words or quality). Each test switches its rule on and off
explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

HEDGED = "stances.claims.hedged_charge"
OWNER = "stances.claims.judged_owner_naming"
MINE = (HEDGED, OWNER)


def analyzer(on: frozenset[str]) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in MINE]
    off += [r for r in MINE if r not in on]
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


OFF = analyzer(frozenset())
ONLY_HEDGED = analyzer(frozenset({HEDGED}))
ONLY_OWNER = analyzer(frozenset({OWNER}))


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    result = analyzer.analyze_text(text, doc_id="s42sw", date="2016-05-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


CRUZ_TRUMP = frozenset(("Ted Cruz", "Donald Trump"))


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz said that Donald Trump may have violated the law.",
        "Ted Cruz said that Donald Trump might have lied to voters.",
        "Ted Cruz said that Donald Trump may have been a liar.",
    ],
)
def test_hedged_charge_is_the_speakers_charge(text: str) -> None:
    assert CRUZ_TRUMP not in pairs(text, OFF)
    assert CRUZ_TRUMP not in pairs(text, ONLY_OWNER)
    assert pairs(text, ONLY_HEDGED)[CRUZ_TRUMP] < 0


@pytest.mark.parametrize(
    "text",
    [
        # a weak modal over no perfect: what may happen, no charge
        "Ted Cruz said that Donald Trump may violate the law.",
        # under "if": a condition, not a charge
        "Ted Cruz said that if Donald Trump took the money, he may have violated the law.",
        # a hedged praise is not read
        "Ted Cruz said that Donald Trump may have been a hero.",
    ],
)
def test_hedged_charge_reads_nothing_else(text: str) -> None:
    assert CRUZ_TRUMP not in pairs(text, ONLY_HEDGED)


def test_hedged_charge_weighs_less_than_the_plain_charge() -> None:
    text = "Ted Cruz said that Donald Trump may have violated the law."
    result = ONLY_HEDGED.analyze_text(text, doc_id="s42sw", date="2016-05-02")
    plain = ONLY_HEDGED.analyze_text(
        "Ted Cruz said that Donald Trump violated the law.", doc_id="s42sw", date="2016-05-02"
    )
    hedged = [s for s in result.statements if s.polarity < 0]
    told = [s for s in plain.statements if s.polarity < 0]
    assert hedged and told
    assert hedged[0].mode == "hypothetical"
    assert max(s.confidence for s in hedged) < max(s.confidence for s in told)


def test_owner_naming_judges_the_owner() -> None:
    text = "Ted Cruz called Donald Trump's ignorance dangerous."
    assert CRUZ_TRUMP not in pairs(text, OFF)
    assert CRUZ_TRUMP not in pairs(text, ONLY_HEDGED)
    assert pairs(text, ONLY_OWNER)[CRUZ_TRUMP] < 0


@pytest.mark.parametrize(
    "text",
    [
        # an act done to the owner (force) is not his
        "Ted Cruz called Donald Trump's arrest unlawful.",
        # a person of his is no act or quality of his
        "Ted Cruz called Donald Trump's wife dangerous.",
    ],
)
def test_owner_naming_reads_no_other_noun(text: str) -> None:
    assert CRUZ_TRUMP not in pairs(text, ONLY_OWNER)
