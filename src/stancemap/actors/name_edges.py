"""A person's name that NER cut inside its own noun phrase: "Maria Corina" of "Maria Corina
Machado", "Marine Le" of "Marine Le Pen", "Idriss Deby" of "President Mahamat Idriss Deby".

The parser still binds the words: every name word but the last is a ``compound`` of the
last. A PERSON entity whose last word is a compound of the capitalised proper noun right
after it, outside any entity, takes that word (and so on while this holds); one whose
words are the head of the capitalised proper noun right before it, a compound outside any
entity, takes that word too, unless it is a title, honorific or demonym ("President",
"Mr", "Chadian") - a title stays the title the linker reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..rules import declare
from .lexicon import singular
from .normalize import fold
from .titles import HONORIFICS

if TYPE_CHECKING:
    from .resolve import DocumentResolver

NAME_COMPOUND_EDGES = declare(
    "actors.names.name_compound_edges",
    "'Maria Corina Machado', 'Marine Le Pen', 'President Mahamat Idriss Deby': a PERSON "
    "name NER cut inside its compound takes the adjacent capitalised proper nouns the parse "
    "binds to it as compounds (no title, honorific or demonym)",
)


def _name_word(resolver: DocumentResolver, token: Token) -> bool:
    """A capitalised proper noun outside any entity that is no title or demonym."""
    if token.pos_ != "PROPN" or not token.is_alpha or not token.text[:1].isupper():
        return False
    if token.ent_iob_ != "O":
        return False
    key = fold(token.text)
    agents = resolver.linker.agents
    return not (
        key in HONORIFICS
        or key in resolver.linker.demonyms
        or singular(token.lower_) in agents
        or token.lower_ in agents
    )


def name_compound_edges(resolver: DocumentResolver, ent: Span) -> Span:
    """See ``NAME_COMPOUND_EDGES``: the entity grown over its compound's name words."""
    if ent.label_ != "PERSON":
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        if not _name_word(resolver, doc[end]) or not doc[end - 1].whitespace_:
            break
        end += 1
    while start > 0:
        before = doc[start - 1]
        if before.dep_ != "compound" or not (start <= before.head.i < end):
            break
        if not before.whitespace_ or not _name_word(resolver, before):
            break
        start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)
