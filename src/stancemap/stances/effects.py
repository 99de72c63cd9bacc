"""The verb-effect tables the learned claim model reads as features (``claim_model``).

``data/stances/effect_verbs.tsv``: a verb's effect on its theme (WordNet verb hierarchies
under a few anchor synsets, ``effect_import``); ``data/stances/theme_signs.tsv``: nouns
AFINN/VADER leave unsigned, signed by their first sense's WordNet hypernym. (The rule that
composed them into claims, ``stances.claims.verb_effect``, shipped off and was removed in
session 21.)
"""

from __future__ import annotations

from functools import lru_cache

from ..datafiles import read_table


@lru_cache(maxsize=1)
def effect_verbs() -> dict[str, tuple[int, str, float]]:
    """verb (multiword with "_") -> (effect, valence mode, weight), from
    ``data/stances/effect_verbs.tsv`` (built by ``effect_import``)."""
    rows = read_table(
        "stances/effect_verbs.tsv", required=("verb", "effect", "valence", "weight"), unique="verb"
    )
    return {r["verb"]: (int(r["effect"]), r["valence"], float(r["weight"])) for r in rows}


@lru_cache(maxsize=1)
def theme_signs() -> dict[str, tuple[int, float]]:
    """noun -> (sign, 1.0): nouns AFINN/VADER leave unsigned, signed by their first
    sense's WordNet hypernym (``data/stances/theme_signs.tsv``, ``effect_import``)."""
    rows = read_table("stances/theme_signs.tsv", required=("word", "sign"), unique="word")
    return {r["word"]: (int(r["sign"]), 1.0) for r in rows}
