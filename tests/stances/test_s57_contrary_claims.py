"""Session 57 CP: opposing claims when one side is unsigned (issue 14).

``stances.claims.contrary_predicate``: two speakers' predicate claims about one thing whose
predicates stand at the two ends of one WordNet antonym scale (or one word that one of them
denies) disagree, signed or not. ``stances.claims.met_wordnet_sign``: a predicate no lexicon
signs takes its WordNet sign only where another speaker's signed claim judges the same thing.

Passages written for these tests (invented events; office holders' names so actors resolve).
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import read_table
from stancemap.pipeline import Pipeline
from stancemap.stances import contrary_import

CONTRARY = "stances.claims.contrary_predicate"
MET = "stances.claims.met_wordnet_sign"
MINE = (CONTRARY, MET)

VUCIC_KURTI = frozenset({"Aleksandar Vučić", "Albin Kurti"})
MODI_SHARIF = frozenset({"Narendra Modi", "Shehbaz Sharif"})

# both predicates unsigned by the cues, AFINN and VADER: one antonym scale
REGULAR = (
    "Serbian President Aleksandar Vucic said on Monday that the census in the north was "
    "irregular. Kosovo Prime Minister Albin Kurti said the census was regular and complete."
)
HIGH_LOW = (
    "Indian Prime Minister Narendra Modi said on Friday that the water level in the river was "
    "high. Pakistani Prime Minister Shehbaz Sharif said the water level was low."
)
# a claim told by a verb of a scale, no object: AFINN's "rise" +1 judges nothing here
ROSE_FELL = (
    "Indian Prime Minister Narendra Modi said on Friday that trade across the border had "
    "risen. Pakistani Prime Minister Shehbaz Sharif said the trade had fallen."
)
# two things on one scale: no matter shared
TWO_TRADES = (
    "Indian Prime Minister Narendra Modi said on Friday that exports had risen. "
    "Pakistani Prime Minister Shehbaz Sharif said imports had fallen."
)
# one word, denied by the other speaker
NOT_HIGH = (
    "Indian Prime Minister Narendra Modi said on Friday that the water level in the river was "
    "high. Pakistani Prime Minister Shehbaz Sharif said the water level was not high."
)
# one end of the scale, said twice: no disagreement to read
BOTH_HIGH = (
    "Indian Prime Minister Narendra Modi said on Friday that the water level in the river was "
    "high. Pakistani Prime Minister Shehbaz Sharif said the water level was high too."
)
# two things: the level and the dam
TWO_THINGS = (
    "Indian Prime Minister Narendra Modi said on Friday that the water level in the river was "
    "high. Pakistani Prime Minister Shehbaz Sharif said the new dam was low."
)
# a denied fault no lexicon signs against a signed claim on the same thing
NOTHING_ODD = (
    "Serbian President Aleksandar Vucic said on Thursday that the census in the north had been "
    "unfair. Kosovo Prime Minister Albin Kurti said there was nothing unusual about the census."
)
# the same unsigned words with no other speaker's claim on the census: nothing read
ALONE = (
    "Kosovo Prime Minister Albin Kurti said there was nothing unusual about the census. "
    "The results will be published in April."
)


def _pipeline(analyzer, *enable: str):  # type: ignore[no-untyped-def]
    off = [rule for rule in MINE if rule not in enable]
    return Pipeline(with_rules(enable=list(enable), disable=off), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer)


@pytest.fixture(scope="module")
def contrary(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, CONTRARY)


@pytest.fixture(scope="module")
def met(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, MET)


def _pairs(pipeline, text: str) -> dict[frozenset[str], float]:  # type: ignore[no-untyped-def]
    """Each related pair of names -> the relation's score."""
    analysis = pipeline.analyze(text, date="2024-03-01")
    names = {a.id: a.name for a in analysis.actors}
    return {frozenset({names[r.a], names[r.b]}): r.score for r in analysis.relations}


@pytest.mark.parametrize(
    ("text", "pair"),
    [(REGULAR, VUCIC_KURTI), (HIGH_LOW, MODI_SHARIF), (ROSE_FELL, MODI_SHARIF)],
)
def test_two_ends_of_one_scale_disagree(off, contrary, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in _pairs(off, text)
    assert _pairs(contrary, text).get(pair, 0) < 0


def test_one_word_denied_disagrees(off, contrary) -> None:  # type: ignore[no-untyped-def]
    assert MODI_SHARIF not in _pairs(off, NOT_HIGH)
    assert _pairs(contrary, NOT_HIGH).get(MODI_SHARIF, 0) < 0


@pytest.mark.parametrize("text", [BOTH_HIGH, TWO_THINGS, TWO_TRADES])
def test_one_end_or_two_things_read_nothing(contrary, text) -> None:  # type: ignore[no-untyped-def]
    assert MODI_SHARIF not in _pairs(contrary, text)


def test_a_met_claim_takes_its_wordnet_sign(off, met) -> None:  # type: ignore[no-untyped-def]
    assert VUCIC_KURTI not in _pairs(off, NOTHING_ODD)
    assert _pairs(met, NOTHING_ODD).get(VUCIC_KURTI, 0) < 0


def test_an_unmet_claim_stays_unsigned(met, contrary) -> None:  # type: ignore[no-untyped-def]
    for pipeline in (met, contrary):
        analysis = pipeline.analyze(ALONE, date="2024-03-01")
        assert not analysis.statements


def test_the_importer_reproduces_the_shipped_table() -> None:
    if not (contrary_import.WORDNET / "data.adj").exists():
        pytest.skip("no WordNet (Debian package wordnet-base)")
    shipped = {
        (r["word"], r["pos"], r["scale"], r["side"])
        for r in read_table(contrary_import.OUT, required=("word", "pos", "scale", "side"))
    }
    assert set(contrary_import.build(contrary_import.WORDNET)) == shipped


def test_the_scales_hold_antonyms_and_satellites() -> None:
    rows = {
        (r["word"], r["scale"]): r["side"]
        for r in read_table(contrary_import.OUT, required=("word", "pos", "scale", "side"))
    }
    assert rows[("regular", "irregular-regular")] != rows[("irregular", "irregular-regular")]
    assert rows[("rise", "fall-rise")] != rows[("fall", "fall-rise")]
    # a satellite stands on its head's side
    assert rows[("anomalous", "abnormal-normal")] == rows[("abnormal", "abnormal-normal")]
