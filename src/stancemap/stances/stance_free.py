"""A claim's predicate takes no sign from a word of movement, amount or time (session 58,
engineer CP).

Issue 14 (claims with a polarity) signs a speaker's claim by its predicate word:
the cues, AFINN-165 / VADER (``claim_words.tsv``) and, under
``stances.claims.wordnet_predicate_sign``, the WordNet signs built from them
(``wordnet_signs.tsv``). AFINN and VADER sign some words by what usually moves in the
texts they were made from: "rise" +1, "increase" +1, "dropped" -1, "fallen" -1; and
WordNet carries those signs on ("decrease" -1, "climb" +1). "Turnout rose" and "the
number of refugees has risen" judge nothing with the verb: whether a rise is good is the
risen thing's. Two such reports of one movement then read as a signed claim, and two
speakers' opposite ones as a disagreement.

``stance_free_import`` lists, from WordNet 3.0, the rows of both files whose word is mostly
(by WordNet's tagged sense counts) a movement, a change of amount or a stretch of time
(``data/stances/stance_free_words.tsv``); under rule ``stances.claims.stance_free_rows``
a claim's predicate word takes no sign from those rows (the cues still sign it). The
files are unchanged, and so is every other reader of them (the events stage, the learned
claim model's features, the judged-party and judged-deed rules).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare
from .claim_signs import WORDNET_PREDICATE, wordnet_sign
from .lexicon import claim_words

STANCE_FREE_ROWS = declare(
    "stances.claims.stance_free_rows",
    "a claim's predicate word takes no AFINN/VADER or WordNet sign from a row whose word "
    "WordNet gives mostly as a movement, a change of amount or a time ('turnout rose', "
    "'prices have fallen'; data/stances/stance_free_words.tsv, from stance_free_import)",
    order=44.6,
)

TABLE = "stances/stance_free_words.tsv"


@lru_cache(maxsize=1)
def stance_free_rows() -> dict[str, frozenset[str]]:
    """Sign file name -> the words of its rows that carry no stance."""
    out: dict[str, set[str]] = {}
    for row in read_table(TABLE, required=("word", "file", "sign", "source")):
        out.setdefault(row["file"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in out.items()}


@lru_cache(maxsize=2)
def claim_words_with_stance(derived: bool) -> dict[str, tuple[int, float]]:
    """``lexicon.claim_words`` less its stance-free rows."""
    free = stance_free_rows().get("claim_words.tsv", frozenset())
    return {w: hit for w, hit in claim_words(derived).items() if w not in free}


@lru_cache(maxsize=1)
def _wordnet_signs_with_stance() -> dict[str, tuple[int, float]]:
    from .claims import wordnet_signs

    free = stance_free_rows().get("wordnet_signs.tsv", frozenset())
    return {w: hit for w, hit in wordnet_signs().items() if w not in free}


def predicate_sign(
    tok: Token, on: Container[str], derived: bool, lemma_of: Callable[[Token], str]
) -> tuple[int, float] | None:
    """The AFINN/VADER sign of a claim's predicate word, else (``stances.claims.
    wordnet_predicate_sign`` on) its WordNet sign, leaving out the stance-free rows."""
    words = claim_words_with_stance(derived)
    hit = words.get(tok.lower_) or words.get(lemma_of(tok))
    if hit is None and WORDNET_PREDICATE in on:
        hit = wordnet_sign(tok, _wordnet_signs_with_stance())
    return hit
