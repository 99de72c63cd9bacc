"""Session 19's verb-effect tables (WordNet verb classes, ``effect_import``), read as
features by the learned claim model. (The rule that composed them into claims,
``stances.claims.verb_effect``, shipped off and was removed in session 21.)
"""

from __future__ import annotations

import pytest

from stancemap.stances.effects import effect_verbs, theme_signs


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
