"""Lemmas when the tagger's are missing or wrong: one fallback for every stage.

    lemma(token)            the lower-case lemma, else the lower-case form
    inflections("say")      {"says", "sayed", "saying", ...}: regular forms
    irregular_past("said")  "say"

The small English model lemmatises some forms wrongly ("hoping" -> "hop",
"eyeing" -> "eye"); a stage with a word list maps inflected forms back to its
own lemmas with ``inflections`` instead of trusting the tagger.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..datafiles import read_table

_VOWELS = frozenset("aeiou")


def lemma(token: Token) -> str:
    """The lower-case lemma (the lower-case form where the lemmatiser gives none)."""
    return token.lemma_.lower() or token.lower_


def inflections(base: str) -> set[str]:
    """Regular English forms of a verb: -s, -ed, -ing, with the usual spelling changes."""
    if " " in base or len(base) < 2:
        return set()
    forms = {base + "s", base + "ed", base + "ing"}
    last, before = base[-1], base[-2]
    if last == "e":
        forms |= {base + "d", base[:-1] + "ing"}
    elif last == "y" and before not in _VOWELS:
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    elif last in "sxzh":
        forms.add(base + "es")
    if last not in _VOWELS and last not in "wxy" and before in _VOWELS and len(base) <= 4:
        forms |= {base + last + "ed", base + last + "ing"}  # "plan" -> "planned"
    return forms


@cache
def irregular_pasts() -> dict[str, str]:
    """Past form -> base, for the verbs no spelling rule covers (``data/lexicon``)."""
    return {
        row["past"]: row["base"]
        for row in read_table(
            "lexicon/irregular_past.tsv", required=("past", "base"), unique="past"
        )
    }


def irregular_past(form: str) -> str | None:
    """The base of an irregular past form ("said" -> "say"), else None."""
    return irregular_pasts().get(form.lower())
