"""Session 21 (C): the learned matter link of two claims (``stances/matter_model.py``, rule
``stances.claims.learned_matter_link``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.stances.matter_model import (
    common_lemmas,
    load_matter_model,
    pair_features,
    terms,
)

RULE = "stances.claims.learned_matter_link"
# three claimants (two_claimants does not apply), the two opposite claims four sentences
# apart and naming the matter with different nouns ("contract" / "plant")
THREE = (
    "The government signed the Lake Kivu gas contract last week. "
    '"The Lake Kivu gas contract will bring cheap power to every village," said Energy '
    'Minister Paul Mbeki. "The new school programme has failed our children," said Senator '
    "John Okafor. The parliament meets on Tuesday. The minister travels to Kigali on Friday. "
    '"The Lake Kivu plant has poisoned the fishing grounds and ruined families," said Anna '
    "Weber, an activist."
)
# the same shape, the two opposite claims on different matters
APART = (
    '"The Volta bridge will bring trade to every village," said Transport Minister Paul '
    'Mbeki. "The new school programme has failed our children," said Senator John Okafor. '
    "The parliament meets on Tuesday. The minister travels to Accra on Friday. "
    '"The measles vaccination drive has been a disaster for families," said Anna Weber, '
    "an activist."
)


def analyzer(*, on: bool) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in (RULE, "stances.claims.learned_polarity")]
    if not on:
        off.append(RULE)
    rules = settings.rules.model_copy(update={"disable": off})
    return Analyzer(settings.model_copy(update={"rules": rules}))


def pairs(text: str, *, on: bool) -> dict[frozenset[str], float]:
    result = analyzer(on=on).analyze_text(text, doc_id="s21c")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from stancemap.nlp.pipeline import load_pipeline

    return load_pipeline(load_settings().nlp)


def test_features_are_symmetric_and_read_shared_names(nlp) -> None:  # type: ignore[no-untyped-def]
    a = terms(list(nlp("The Lake Kivu gas contract will bring cheap power.")))
    b = terms(list(nlp("The Lake Kivu plant has poisoned the fishing grounds.")))
    assert pair_features(a, b) == pair_features(b, a)
    assert pair_features(a, b)["names"] >= 1.0


def test_model_ranks_one_matter_above_another(nlp) -> None:  # type: ignore[no-untyped-def]
    model = load_matter_model()
    a = terms(list(nlp("The Lake Kivu gas contract will bring cheap power to every village.")))
    b = terms(list(nlp("The Lake Kivu plant has poisoned the fishing grounds.")))
    c = terms(list(nlp("The new school programme has failed our children.")))
    assert model.probability(a, b) > model.probability(a, c)
    assert model.linked(a, b)
    assert not model.linked(a, c)


def test_opposite_claims_on_one_matter_disagree_with_the_rule_on() -> None:
    key = frozenset(("Paul Mbeki", "Anna Weber"))
    assert pairs(THREE, on=True).get(key, 0.0) < 0
    assert key not in pairs(THREE, on=False)


def test_different_matters_do_not_meet() -> None:
    assert not any(score < 0 for score in pairs(APART, on=True).values())


def test_words_of_the_whole_document_link_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Kivu voters went to the polls on Sunday. Kivu officials counted late. "
        "The Kivu count was slow. Kivu radio said little. "
        "The Kivu vote was clean and fair. "
        "The Kivu harbour has been dredged badly."
    )
    common = common_lemmas(doc)
    assert "kivu" in common and "harbour" not in common
    sents = list(doc.sents)
    model = load_matter_model()
    plain = model.probability(terms(list(sents[4])), terms(list(sents[5])))
    kept = model.probability(terms(list(sents[4]), common), terms(list(sents[5]), common))
    assert "kivu" not in terms(list(sents[4]), common).names
    assert kept < plain
