"""Session 19: judgements told by a verb phrase, read by sentiment composition (issue 14).

``stances.claims.verb_effect``: "the truce was holding", "the reform had met its targets",
"the sanctions damaged farming" judge their subject with the sign of the verb's effect on
its theme times the theme's own sign (WordNet verb classes; the theme signed by the
lexicons or its WordNet hypernym); a negated theme ("achieved no ...") turns it. Passages
written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.effects import effect_verbs, theme_signs

RULE = "stances.claims.verb_effect"


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[RULE]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    # the learned claim-polarity model (on since session 20) reads some of these verb phrases
    # too; "off" is the tree with no reader of verb-phrase judgements at all
    return Pipeline(with_rules(disable=[RULE, "stances.claims.learned_polarity"]), nlp=analyzer.nlp)


def _scores(pipeline: Pipeline, text: str) -> list[float]:
    return [r.score for r in pipeline.analyze(text).relations]


def _claims(pipeline: Pipeline, text: str) -> dict[str, int]:
    return {s.actor: s.polarity for s in pipeline.analyze(text).statements}


TRUCE = (
    "Colombian President Gustavo Petro said on Monday that the truce in Cauca was holding."
    " Opposition senator Maria Fernanda Cabal said the truce had collapsed within a week."
)


def test_a_truce_holding_and_a_truce_collapsing_disagree(on, off) -> None:  # type: ignore[no-untyped-def]
    scores = _scores(on, TRUCE)
    assert len(scores) == 1 and scores[0] < 0
    assert _scores(off, TRUCE) == []  # "was holding" judges nothing without the rule


def test_a_goal_met_is_a_good_outcome_and_a_negated_theme_turns_it(on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chilean President Gabriel Boric said on Tuesday that the pension reform had met"
        " its targets. Opposition leader Jose Antonio Kast said the pension reform had met"
        " no targets at all."
    )
    signs = sorted(_claims(on, text).values())
    assert signs == [-1, 1]


def test_harm_to_an_unsigned_theme_is_bad_and_a_conflict_theme_ending_is_good(on) -> None:  # type: ignore[no-untyped-def]
    harm = (
        "Polish Agriculture Minister Czeslaw Siekierski said on Monday that the import quotas"
        " had impaired the harvest."
    )
    assert list(_claims(on, harm).values()) == [-1]
    # "shelling" is signed by its WordNet hypernym "fire" (-): its ending is good news
    assert theme_signs()["shelling"][0] == -1
    ended = "Ukrainian President Volodymyr Zelensky said the shelling of the port had ceased."
    assert list(_claims(on, ended).values()) == [1]
    # an unsigned head takes its "of" complement's sign: helping the spread of lies is bad
    spread = (
        "Canadian Prime Minister Mark Carney said the new platform had facilitated the"
        " spread of lies."
    )
    assert list(_claims(on, spread).values()) == [-1]


def test_predictions_people_and_questions_are_no_claims(on, off) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Brazilian President Lula said on Monday that the truce would hold.",  # a prediction
        "Brazilian President Lula said on Monday that the delegates had prevailed.",  # people
        "Brazilian President Lula asked whether the truce was holding.",  # asked
        "Brazilian President Lula said the deal allows the truce to hold.",  # infinitive
        "Brazilian President Lula said the report raised concerns.",  # a causer, no sign
        "Brazilian President Lula said the dispute continues to grow.",  # governs a verb
    ):
        assert _claims(on, text) == _claims(off, text), text


def test_the_verb_classes_come_from_wordnet() -> None:
    verbs = effect_verbs()
    assert verbs["collapse"][:2] == (-1, "times")
    assert verbs["hold"][:2] == (1, "times")
    assert verbs["worsen"][:2] == (-1, "plain")
    assert verbs["decrease"][:2] == (-1, "signed")
    assert "give" not in verbs  # its 26th sense "collapse" is too rare to count


def test_the_tables_are_what_the_importer_builds() -> None:
    from stancemap.stances import effect_import
    from stancemap.wordnet_files import WORDNET

    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    rows = effect_import.effect_verbs(WORDNET)
    assert {w: (e, v) for w, _, e, v, _ in rows} == {w: r[:2] for w, r in effect_verbs().items()}
    themes = effect_import.theme_signs(WORDNET)
    assert {w: s for w, s, _ in themes} == {w: r[0] for w, r in theme_signs().items()}
