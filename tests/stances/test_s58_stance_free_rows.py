"""Session 58 CP: a claim's predicate takes no sign from a word of movement (issue 14).

``stances.claims.stance_free_rows``: AFINN-165 signs "increase" +1 and "drop" -1; "the toll
was an increase on last year" judges nothing with it, so beside another speaker's "the
toll was a tragedy" it makes no disagreement. The rows are listed from WordNet 3.0 by
``stance_free_import`` (``data/stances/stance_free_words.tsv``); the lexicons are unchanged.

Passages written for these tests (invented events; office holders' names so actors resolve).
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.datafiles import read_table
from stancemap.pipeline import Pipeline
from stancemap.stances import stance_free_import

RULE = "stances.claims.stance_free_rows"

MODI_SHARIF = frozenset({"Narendra Modi", "Shehbaz Sharif"})
VUCIC_KURTI = frozenset({"Aleksandar Vučić", "Albin Kurti"})

# a report of a movement ("an increase") beside a judgement of the same thing
TOLL_FLOODS = (
    "Indian Prime Minister Narendra Modi said on Friday that the death toll in the floods was "
    "an increase on last year. Pakistani Prime Minister Shehbaz Sharif said the death toll "
    "was a disgrace."
)
TOLL_CLASHES = (
    "Serbian President Aleksandar Vucic said on Monday that the toll of the clashes was an "
    "increase on last year. Kosovo Prime Minister Albin Kurti said the toll of the clashes "
    "was a tragedy."
)
# two judgements: the rule leaves them alone
TALKS = (
    "Indian Prime Minister Narendra Modi said on Friday that the trade talks were a success. "
    "Pakistani Prime Minister Shehbaz Sharif said the trade talks were a failure."
)


def _pipeline(analyzer, on: bool):  # type: ignore[no-untyped-def]
    settings = with_rules(enable=[RULE]) if on else with_rules(disable=[RULE])
    return Pipeline(settings, nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, False)


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, True)


def _pairs(pipeline, text: str) -> dict[frozenset[str], float]:  # type: ignore[no-untyped-def]
    """Each related pair of names -> the relation's score."""
    analysis = pipeline.analyze(text, date="2024-03-01")
    names = {a.id: a.name for a in analysis.actors}
    return {frozenset({names[r.a], names[r.b]}): r.score for r in analysis.relations}


@pytest.mark.parametrize(
    ("text", "pair"), [(TOLL_FLOODS, MODI_SHARIF), (TOLL_CLASHES, VUCIC_KURTI)]
)
def test_a_movement_word_signs_no_claim(off, on, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(off, text).get(pair, 0) < 0  # AFINN's "increase" +1 against the judgement
    assert pair not in _pairs(on, text)
    signs = [s.polarity for s in on.analyze(text, date="2024-03-01").statements]
    assert signs == [-1]  # the judgement is kept


def test_judging_words_are_left_alone(off, on) -> None:  # type: ignore[no-untyped-def]
    for pipeline in (off, on):
        assert _pairs(pipeline, TALKS).get(MODI_SHARIF, 0) < 0


def _shipped() -> set[tuple[str, str, str, str]]:
    rows = read_table(stance_free_import.OUT, required=("word", "file", "sign", "source"))
    return {(r["word"], r["file"], r["sign"], r["source"]) for r in rows}


def test_the_importer_reproduces_the_shipped_table() -> None:
    if not (stance_free_import.WORDNET / "cntlist.rev").exists():
        pytest.skip("no WordNet (Debian package wordnet-base)")
    assert set(stance_free_import.build()) == _shipped()


def test_the_class_holds_movements_not_judgements() -> None:
    free = {(word, name) for word, name, _sign, _source in _shipped()}
    for word in ("rise", "increase", "drop", "fallen", "collapse"):
        assert (word, "claim_words.tsv") in free
    assert ("decrease", "wordnet_signs.tsv") in free
    for word in ("disgrace", "tragedy", "success", "failure", "growth", "gain", "loss"):
        assert (word, "claim_words.tsv") not in free
    assert ("waiting", "wordnet_signs.tsv") not in free  # a state, not a movement
