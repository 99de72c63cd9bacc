"""A demonym of several countries ("Congolese": COD and COG; "Dominican": DOM and DMA).

Such a word names no country by itself, so "Congolese soldiers attacked the village" made
no actor at all: a generic agent whose words name no country is set aside for its
sentence to decide, and this sentence names none. Rule ``actors.agent.shared_demonym``:

* the country is the one of the demonym's countries that its sentence names (a country,
  a seat, a city of one of them, a person the KB places in one of them: "Congolese troops
  near Kinshasa"), else the one the whole document names;
* when neither decides (or both are named), the phrase is still a group actor, of no
  country, with its own id (``agent:xxx:mil:congolese``), never another country of the
  sentence ("Congolese troops fought Rwandan-backed rebels" is not Rwanda's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..rules import declare
from .normalize import fold
from .spans import NAME_LABELS

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SHARED_DEMONYM = declare(
    "actors.agent.shared_demonym",
    "'Congolese soldiers': a demonym of several countries takes the one its sentence (else "
    "its document) names; when none decides, the phrase is a group of no country",
)


def shared_demonym(resolver: DocumentResolver, words: list[str]) -> tuple[str, list[str]] | None:
    """(the demonym, its countries) when ``words`` hold a demonym of several countries."""
    for word in words:
        codes = resolver.linker.demonyms.get(fold(word))
        if codes and len(codes) > 1:
            return word, list(codes)
    return None


def decided_country(resolver: DocumentResolver, token: Token, codes: list[str]) -> str | None:
    """The one of ``codes`` the token's sentence names, else the one its document names."""
    doc = resolver.doc
    sentence = token.sent
    for ents in (
        [e for e in doc.ents if sentence.start <= e.start < sentence.end],
        list(doc.ents),
    ):
        named = {c for e in ents if (c := _country_of(resolver, e)) in codes}
        if len(named) == 1:
            return named.pop()
        if len(named) > 1:
            return None  # both named: the text does not say which
    return None


def _country_of(resolver: DocumentResolver, ent: Span) -> str | None:
    """The country of a name: its resolved mention's actor (names before the phrase are
    resolved already: "Goma" the town, not a namesake), else the linker's reading."""
    if ent.label_ not in NAME_LABELS:
        return None
    mention = resolver.named_mention_at(ent.start_char)
    if mention is not None:
        actor = resolver.actors.get(mention.actor_id)
        return actor.country if actor is not None else None
    linker = resolver.linker
    if NAME_LABELS[ent.label_] == "person":
        found = linker.by_name(ent.text, resolver.date)
        return found.country if found is not None and found.type == "person" else None
    where = linker.places.place(ent.text)
    return where[0] if where is not None else None
