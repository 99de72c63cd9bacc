"""A word NER took for a person that names the group on the noun after it.

"Soldiers overran a Karen guerrilla camp": NER tags "Karen" a person. A one-word PERSON
right before an agents-lexicon noun of a group or body (guerrilla, rebels, militia) that
it modifies, that is no demonym, place or KB person's name and no person of the document
is named in full with, is no person (rule ``actors.names.word_on_group_noun``); the
phrase "Karen guerrilla" is then the agent phrase, which takes its sentence's one country
as any generic agent does, and with none is a group of its own, of the agent noun's sector
and no country (``named_group``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..datafiles import constants
from ..rules import declare
from .lexicon import AgentWord
from .linker import Resolution, new_id
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]


WORD_ON_GROUP_NOUN = declare(
    "actors.names.word_on_group_noun",
    "'a Karen guerrilla stronghold': a one-word PERSON right before an agents-lexicon noun "
    "of a group or body (guerrilla, rebels, militia) that it modifies, that is no demonym, "
    "place or KB person's name and no person here is named in full with, is the group's "
    "name: 'Karen guerrilla' a group of the noun's sector, no person",
)


def word_on_group_noun(resolver: DocumentResolver, ent: Span) -> bool:
    """See ``WORD_ON_GROUP_NOUN``."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    token = ent[0]
    if token.dep_ not in ("compound", "amod") or token.i + 1 >= len(token.doc):
        return False
    noun = token.doc[token.i + 1]  # its head, or a fellow modifier of its head
    if noun.pos_ != "NOUN" or token.head.i not in (noun.i, noun.head.i) or token.head.i < noun.i:
        return False
    from .nominals import agent_entry  # nominals imports this module

    entry = agent_entry(resolver, noun)
    if entry is None or entry.kind == "person":
        return False  # "Smith aides", "a Karen spokesman": left to the names
    linker = resolver.linker
    kb = linker.kb
    if kb.lookup(token.text) or kb.surnames.get(fold(token.text)):
        return False
    if fold(token.text) in linker.demonyms or linker.places.place(token.text) is not None:
        return False  # "the Nigerien junta leader": a demonym or place NER read as a person
    return not any(
        other.label_ == "PERSON" and len(other) > 1 and token.text in other.text.split()
        for other in resolver.doc.ents
    )


def named_start(resolver: DocumentResolver, start_tok: int, token: Token, entry: AgentWord) -> int:
    """The agent noun ``token`` (its phrase from ``start_tok``) follows a word that
    ``word_on_group_noun`` took from NER ("Karen guerrilla"): the phrase starts at that
    word, and with no one country in its sentence it is a group of its own, of the entry's
    sector and no country (``sentence_country.place_countryless``). Else ``start_tok``."""
    doc = resolver.doc
    if start_tok == 0 or entry.kind == "person" or entry.sector in (None, "UNK"):
        return start_tok
    if not resolver.switches.enabled(WORD_ON_GROUP_NOUN):
        return start_tok
    word = doc[start_tok - 1]
    if word.i + 1 != token.i:
        return start_tok
    ents = [e for e in doc.ents if e.start == word.i and e.end == word.i + 1]
    if not ents or not word_on_group_noun(resolver, ents[0]):
        return start_tok
    return word.i


def named_group(resolver: DocumentResolver, start_tok: int, token: Token, sector: str) -> None:
    """See ``named_start``: "Karen guerrilla" as a new group of no country."""
    text = resolver.phrase_text(start_tok, token)
    found = Resolution(
        id=new_id(text, "group"),
        name=text,
        type="group",
        sector=sector,
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )
    resolver.add_phrase(start_tok, token, found)
