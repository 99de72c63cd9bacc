"""A country's short name that is also part of another country's name: "Congo".

"Congo" is the KB's short name of the Republic of the Congo, and also the last word of
"Democratic Republic of the Congo". Like a demonym of several countries ("Congolese",
``actors.agent.shared_demonym``), such a name takes the one of those countries that the
other names of its sentence (else its document) place ("claims by Congo that ... in
North Kivu": the Democratic Republic); where none decides, or both are named, the KB's
reading stays (``actors.names.shared_country_name``). A name that is a country's own
full name ("Sudan", "Guinea") is never shared.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .linker import Resolution
    from .resolve import DocumentResolver

SHARED_COUNTRY_NAME = declare(
    "actors.names.shared_country_name",
    "'Congo': a country's short name that is also the end of another country's full name "
    "takes the one its sentence (else its document) places; the KB's reading otherwise",
)


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """ISO3 -> the folded full (canonical) name of every country actor."""
    from .countries import country_actors

    return {a.id.split(":", 1)[1]: fold(a.name) for a in country_actors()}


def sharing(code: str, text: str) -> list[str]:
    """The countries a country name ``text`` (read as ``code``) may name: ``code`` and
    every other country whose full name ends with it as whole words; [] if none other."""
    names = _full_names()
    word = fold(text)
    if not word or names.get(code) == word:
        return []  # the country's own full name
    others = [c for c, n in names.items() if c != code and n.endswith(" " + word)]
    return [code, *others] if others else []


def _place_country(resolver: DocumentResolver, ent: Span) -> str | None:
    """The country of a place or country named by ``ent`` (its resolved mention's actor,
    else the gazetteer's reading of the words, whatever the tagger's label: "Goma" tagged
    a person is still the town); a person's nationality does not place a name."""
    mention = resolver.named_mention_at(ent.start_char)
    if mention is not None:
        actor = resolver.actors.get(mention.actor_id)
        if actor is not None and actor.type in ("country", "location"):
            return actor.country
        return None
    where = resolver.linker.places.place(ent.text)
    return where[0] if where is not None else None


def shared_country(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution:
    """``found`` (a country) read again as the one of the countries sharing its name that
    the span's sentence, else its document, places; ``found`` where none or several do."""
    if found.type != "country" or not found.country:
        return found
    codes = sharing(found.country, span.text)
    if not codes:
        return found
    doc = resolver.doc
    sentence = span.sent
    for ents in (
        [e for e in doc.ents if sentence.start <= e.start < sentence.end],
        list(doc.ents),
    ):
        named = {
            c
            for e in ents
            if fold(e.text) != fold(span.text) and (c := _place_country(resolver, e)) in codes
        }
        if len(named) == 1:
            code = named.pop()
            if code == found.country:
                return found
            other = resolver.linker.country(code, resolver.date, how=found.how)
            return other if other is not None else found
        if len(named) > 1:
            return found
    return found
