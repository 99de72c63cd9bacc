"""Session 54 (SP): the nouns a rejection answers, read from WordNet.

"Y said the islands were armed. X brushed aside the complaint", "X waved away warnings
from Y", "X pushed back against that account": the response readings of
``stances.relations`` (``response``, ``response_prep``, the dismissing phrases and
particles, ``response_nominal``, ``response_passive``, ``in_response_to``,
``judged_claim``, ``response_naming``) and ``stances.campaign.phrase_claim`` set X against
the claimant only when the answered noun is a ``claim`` row of
``data/stances/relations.tsv`` - 17 words written by hand (accusation, claim, charge,
demand, ...). Issue 14's relation set and the blind relation sets' tune parts lose
opposed pairs where the noun is another word for the same thing: "complaint", "warning",
"account", "objection", "appeal". With rule ``stances.relations.wordnet_claim_nouns`` on
(shipped off) a noun of ``data/stances/claim_nouns_wordnet.txt`` - one-word nouns one of
whose first three WordNet 3.0 senses is a speech act charged against or asked of another
(``claim_noun_import``) - is a claim noun too. What a claim noun then does is the response
rules' own: the author it names ("warnings from Y"), else the earlier claimant they find.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .topics import lemma

WORDNET_CLAIM_NOUNS = declare(
    "stances.relations.wordnet_claim_nouns",
    "'X brushed aside the complaint', 'waved away warnings from Y': a noun naming another's "
    "words by WordNet (a charge, claim, complaint, request, warning, account; "
    "data/stances/claim_nouns_wordnet.txt) is a claim noun of the response rules, beside "
    "relations.tsv's own",
    order=29.9,
)


class _Words(Protocol):
    def get(self, kind: str, word: str) -> tuple[int, float] | None: ...


class _Ctx(Protocol):
    @property
    def words(self) -> _Words: ...

    @property
    def on(self) -> frozenset[str]: ...


@lru_cache(maxsize=1)
def wordnet_claim_nouns() -> frozenset[str]:
    """The nouns of ``data/stances/claim_nouns_wordnet.txt``."""
    return word_list("stances/claim_nouns_wordnet.txt")


def is_claim_noun(ctx: _Ctx, tok: Token) -> bool:
    """Whether ``tok`` names another's words: a ``claim`` row of relations.tsv, or with
    ``wordnet_claim_nouns`` on a noun of WordNet's list."""
    word = lemma(tok)
    if ctx.words.get("claim", word) is not None:
        return True
    return (
        WORDNET_CLAIM_NOUNS in ctx.on
        and tok.pos_ == "NOUN"
        and (word in wordnet_claim_nouns() or tok.lower_ in wordnet_claim_nouns())
    )
