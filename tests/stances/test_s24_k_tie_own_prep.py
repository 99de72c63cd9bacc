"""Session 24 (engineer K): the verb's "with/to/between" phrase that holds the tie noun
itself is no phrase around the tie (``stances.ties.partners_around``). spaCy builds a
new Token object on every access, so the old identity test (``prep is tie.head``) never
held and the tie's own preposition lent the tie's conjuncts as its partners. Invented
sentence, parsed; a stub context names the actors."""

from __future__ import annotations

from dataclasses import dataclass, field

import spacy

from stancemap.nlp import resolve_model_name
from stancemap.stances.ties import _partners_around


@dataclass
class _Ctx:
    names: dict[str, str]
    on: frozenset[str] = field(default_factory=frozenset)

    def actor_of(self, tok):  # type: ignore[no-untyped-def]
        return self.names.get(tok.text)


def test_the_tie_nouns_own_preposition_lends_no_partner() -> None:
    nlp = spacy.load(resolve_model_name("auto"))
    doc = nlp("Prime Minister Arben Kola returned to the alliance and Serbia.")
    tie = next(t for t in doc if t.text == "alliance")
    assert tie.dep_ == "pobj" and tie.head.lower_ == "to"  # the parse this test is about
    assert [c.text for c in tie.conjuncts] == ["Serbia"]
    assert _partners_around(_Ctx({"Serbia": "serbia", "Kola": "kola"}), tie) == []  # type: ignore[arg-type]
