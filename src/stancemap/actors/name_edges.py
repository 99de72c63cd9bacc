"""A person's name that NER cut inside its own noun phrase: "Maria Corina" of "Maria Corina
Machado", "Marine Le" of "Marine Le Pen", "Idriss Deby" of "President Mahamat Idriss Deby".

The parser still binds the words: every name word but the last is a ``compound`` of the
last. A PERSON entity whose last word is a compound of the capitalised proper noun right
after it, outside any entity, takes that word when the longer name is in the KB or the
word is written again elsewhere in the document ("Machado said"); one whose words are the
head of the capitalised proper noun right before it, a compound outside any entity, takes
that word only when the longer name is in the KB ("Mahamat Idriss Deby"). Never a title,
honorific or demonym ("President", "Mr", "Chadian"). On real news, growing without that
evidence took in titles the agents lexicon lacks ("Chairman", "Director"), capitalised
headline words ("Donald Trump Ties") and sentence-initial words ("Injecting Clinton").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

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


def _known(resolver: DocumentResolver, doc: Any, start: int, end: int) -> bool:
    """The words doc[start:end] are a name or alias in the KB."""
    return bool(resolver.linker.kb.lookup(" ".join(t.text for t in doc[start:end])))


def _named_again(doc: Any, token: Token, start: int, end: int) -> bool:
    """The word is written again in the document outside doc[start:end] ("Machado said")."""
    text = doc.text
    pattern = re.compile(rf"(?<!\w){re.escape(token.text)}(?!\w)")
    return any(
        not (doc[start].idx <= m.start() < doc[end - 1].idx + len(doc[end - 1]))
        for m in pattern.finditer(text)
    )


def name_compound_edges(resolver: DocumentResolver, ent: Span) -> Span:
    """See ``NAME_COMPOUND_EDGES``: the entity grown over its compound's name words."""
    if ent.label_ != "PERSON":
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        word = doc[end]
        if not _name_word(resolver, word) or not doc[end - 1].whitespace_:
            break
        if not (_known(resolver, doc, start, end + 1) or _named_again(doc, word, start, end + 1)):
            break
        end += 1
    while start > 0:
        before = doc[start - 1]
        if before.dep_ != "compound" or not (start <= before.head.i < end):
            break
        if not before.whitespace_ or not _name_word(resolver, before):
            break
        if not _known(resolver, doc, start - 1, end):
            break
        start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)
