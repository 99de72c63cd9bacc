"""Closed-class word lists every stage shares, read once from ``data/lexicon/``.

    pronouns(person=3, number="sg", gender="m")   {"he", "him", "his", "himself"}
    pronoun_gender("her")                           "f"

One list per concept: the actors stage (pronoun resolution), the quotes stage
("I"/"we" speaking inside a quotation) and the speaker rules read these, not
lists of their own. The reporting verbs are in ``stancemap.nlp.reporting``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_table
from ..errors import KnowledgeBaseError

_PATH = "lexicon/pronouns.tsv"
_FORMS = frozenset({"subject", "object", "possessive", "reflexive"})


@dataclass(frozen=True)
class Pronoun:
    word: str
    person: int
    number: str | None  # "sg", "pl", or None (either: "you")
    gender: str | None  # "m", "f", "n", or None (any)
    form: str


@cache
def pronoun_table() -> dict[str, Pronoun]:
    table: dict[str, Pronoun] = {}
    for row in read_table(_PATH, required=("word", "person", "form"), unique="word"):
        line = int(row["_line"])
        if row["person"] not in ("1", "2", "3"):
            raise KnowledgeBaseError(_PATH, line, "person", "must be 1, 2 or 3")
        if row["form"] not in _FORMS:
            raise KnowledgeBaseError(_PATH, line, "form", f"one of {', '.join(sorted(_FORMS))}")
        if row["number"] not in ("", "sg", "pl") or row["gender"] not in ("", "m", "f", "n"):
            raise KnowledgeBaseError(_PATH, line, None, "number sg/pl, gender m/f/n, or empty")
        table[row["word"]] = Pronoun(
            word=row["word"],
            person=int(row["person"]),
            number=row["number"] or None,
            gender=row["gender"] or None,
            form=row["form"],
        )
    return table


@cache
def _select(
    person: int | None, number: str | None, gender: str | None, forms: tuple[str, ...] | None
) -> frozenset[str]:
    return frozenset(
        p.word
        for p in pronoun_table().values()
        if (person is None or p.person == person)
        and (number is None or p.number == number)
        and (gender is None or p.gender == gender)
        and (forms is None or p.form in forms)
    )


def pronouns(
    person: int | None = None,
    number: str | None = None,
    gender: str | None = None,
    forms: Iterable[str] | None = None,
) -> frozenset[str]:
    """The pronouns with these features (None: any)."""
    return _select(person, number, gender, tuple(sorted(forms)) if forms is not None else None)


def pronoun_gender(word: str) -> str | None:
    """ "m" or "f" for a gendered pronoun, else None."""
    entry = pronoun_table().get(word.lower())
    return entry.gender if entry is not None and entry.gender in ("m", "f") else None
