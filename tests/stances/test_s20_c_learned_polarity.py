"""Session 20: the judgement inside a quote read by a learned model (issue 14).

``stances.claims.learned_polarity``: a quote whose content no claim rule signs ("the
vaccination campaign has saved thousands of lives") takes the sign of the claim-polarity
model (``stances.claim_model``, weights fitted by ``bench/fit_claim_polarity.py``) when it
is confident; two speakers' opposite claims about one matter - one head noun, WordNet
synonyms ("truce", "ceasefire") - disagree. Claims about different
matters never meet. Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.claim_model import features, load_model, matter_links

RULE = "stances.claims.learned_polarity"
NEAR = "stances.claims.two_claimants"


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    # without stances.claims.two_claimants (its own tests), which meets two claimants'
    # adjacent claims (the noun link, learned_same_matter, was removed in session 21)
    return Pipeline(with_rules(enable=[RULE], disable=[NEAR]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[RULE]), nlp=analyzer.nlp)


def _scores(pipeline: Pipeline, text: str) -> list[float]:
    return [r.score for r in pipeline.analyze(text).relations]


TRUCE = (
    "Interior Minister Omar Haddad said on Sunday that the truce has brought calm and let"
    " thousands of families return to their homes. Militia commander Youssef Karam said"
    " the ceasefire has collapsed, villages are burning and dozens of civilians have been"
    " killed."
)


def test_opposite_claims_about_different_matters_do_not_meet(on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Energy Minister Lena Vogt said on Friday that the dam has brought electricity and"
        " prosperity to millions of families. Senator Paul Brandt said the vaccination"
        " campaign has been chaotic, slow and deeply unfair."
    )
    assert _scores(on, text) == []


def test_a_fact_is_no_judgement(analyzer) -> None:  # type: ignore[no-untyped-def]
    nlp = analyzer.nlp
    model = load_model()
    fact = nlp("The new dam will be inspected by engineers next week.")
    good = nlp("The dam has brought electricity and prosperity to millions of families.")
    assert model.judge(list(fact)) is None
    judged = model.judge(list(good))
    assert judged is not None and judged[0] == 1


def test_negation_scope_marks_the_governed_words(analyzer) -> None:  # type: ignore[no-untyped-def]
    doc = analyzer.nlp("The reform did not create jobs, but wages rose.")
    feats = features(list(doc))
    assert "w:~create" in feats and "w:~job" in feats  # the negated verb and its object
    assert "w:rise" in feats and "w:~rise" not in feats  # another clause: its own scope


def test_matter_links_spell_wordnet_multiwords_as_one_word() -> None:
    assert "ceasefire" in matter_links()  # WordNet's "cease-fire", spelt as one word


def test_the_wordnet_tables_are_what_the_importer_builds() -> None:
    from stancemap.stances import claim_wordnet_import
    from stancemap.stances.claim_model import verb_classes
    from stancemap.wordnet_files import WORDNET

    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    rows = claim_wordnet_import.verb_classes(WORDNET)
    assert {w: (lex, hyp) for w, lex, hyp in rows} == verb_classes()
    links = claim_wordnet_import.matter_links(WORDNET)
    assert {n: s for n, s, _, _ in links} == {n: r[0] for n, r in matter_links().items()}


def test_the_shipped_model_records_its_cross_validation() -> None:
    model = load_model()
    cv = model.payload["cv"]
    assert len(cv["folds"]) == 5 and cv["mean"] > 0.6  # grouped by matter, 3 classes
    assert model.classes == [-1, 0, 1] and model.coef.shape == (3, len(model.index))
    assert 0.5 < model.threshold < 1.0


def test_without_the_noun_link_only_two_adjacent_claimants_meet(analyzer) -> None:  # type: ignore[no-untyped-def]
    # shipped: learned_polarity and two_claimants on - a learned claim meets only the other
    # speaker's opposite claim in the same or the next sentence
    shipped = Pipeline(with_rules(enable=[RULE]), nlp=analyzer.nlp)
    assert [r.score < 0 for r in shipped.analyze(TRUCE).relations] == [True]
    apart = Pipeline(with_rules(enable=[RULE], disable=[NEAR]), nlp=analyzer.nlp)
    assert apart.analyze(TRUCE).relations == []
