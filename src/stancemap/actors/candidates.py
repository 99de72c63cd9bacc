"""What the resolver reads in a document, in text order, outside boilerplate.

Names (NER and KB entity-ruler spans of the labels in ``spans.NAME_LABELS``),
proper-noun runs NER missed ("Orbon then left ..."), nouns heading an agents
lexicon phrase, and pronouns. At one offset a name comes before a token.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .coref import BODY_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS
from .nominals import agent_head
from .spans import NAME_LABELS, UNTAGGED

if TYPE_CHECKING:
    from ..ingest import Document
    from .resolve import DocumentResolver

ALL_PRONOUNS = frozenset(PERSON_PRONOUNS) | GROUP_PRONOUNS | BODY_PRONOUNS


class Excluded:
    """Boilerplate stretches of a document, asked whether a span touches one."""

    def __init__(self, document: Document) -> None:
        self.stretches = sorted((ex.start, ex.end) for ex in document.excluded)
        self._starts = [start for start, _ in self.stretches]

    def __call__(self, start: int, end: int) -> bool:
        """True when ``start`` or ``end`` falls inside an excluded stretch."""
        if not self.stretches:
            return False
        # only stretches starting at or before ``end`` can hold either edge
        for ex_start, ex_end in self.stretches[: bisect_right(self._starts, end)]:
            if ex_start <= start < ex_end or ex_start < end <= ex_end:
                return True
        return False


def candidates(resolver: DocumentResolver) -> list[Span | Token]:
    """Entities, agent-noun heads and pronouns, in text order, outside boilerplate."""
    doc = resolver.doc
    excluded = Excluded(resolver.document)
    items: list[tuple[int, int, Span | Token]] = []
    ent_tokens: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and not excluded(ent.start_char, ent.end_char):
            items.append((ent.start_char, 0, ent))
            ent_tokens.update(range(ent.start, ent.end))
    run: list[Token] = []
    for token in doc:
        if token.i in ent_tokens or excluded(token.idx, token.idx + len(token)):
            run = _flush_run(run, items)
            continue
        pronoun = token.lower_ in ALL_PRONOUNS and (token.pos_ == "PRON" or token.tag_ == "PRP$")
        if pronoun or token.pos_ in ("NOUN", "PROPN") and agent_head(resolver, token):
            items.append((token.idx, 1, token))
            run = _flush_run(run, items)
        elif token.pos_ == "PROPN" and token.text[:1].isupper():
            run.append(token)  # a name NER missed ("Orbon then left ...")
        else:
            run = _flush_run(run, items)
    _flush_run(run, items)
    items.sort(key=lambda x: (x[0], x[1]))
    return [item for _, _, item in items]


def _flush_run(run: list[Token], items: list[tuple[int, int, Span | Token]]) -> list[Token]:
    if run:
        span = Span(run[0].doc, run[0].i, run[-1].i + 1, label=UNTAGGED)
        items.append((span.start_char, 0, span))
    return []
