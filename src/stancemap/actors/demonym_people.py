"""'Afghan interpreters', 'Yemeni tribesmen': a demonym before a plural noun of people.

A plural role noun the agents lexicon lists ("Ethiopian soldiers", "Kenyan police")
is one agent phrase already, with the lexicon's sector. A noun of people it does not
list ("interpreters", "tribesmen", "truckers") left the demonym alone as the mention:
the argument read "Afghan", the people of the whole country. With
``DEMONYM_PEOPLE_NOUN`` the mention runs on to the noun, and the actor is that kind of
people of the demonym's country: no sector (the KB's role data has none for the noun,
and none is guessed), an id of its own per noun, so "Afghans" elsewhere stay the
country's people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import constants
from ..rules import declare
from .linker import Resolution, agent_id
from .nominals import agent_head
from .normalize import fold
from .spans import ethnic
from .speaking_groups import people_nouns

if TYPE_CHECKING:
    from .resolve import DocumentResolver

DEMONYM_PEOPLE_NOUN = declare(
    "actors.agent.demonym_people_noun",
    "'Afghan interpreters', 'Yemeni tribesmen': a demonym (whatever the tagger's label) of one country written right "
    "before the plural noun it modifies, a noun whose most frequent WordNet sense is a person "
    "(lexicon/people_nouns.txt) and that the agents lexicon does not list, is one mention with "
    "it: those people of that country (no sector, an id per noun), not the whole country's "
    "people",
)
_CONFIDENCE = constants("actors")["confidence"]["country_group"]  # as the country's people
_DEMONYM_LABELS = frozenset({"NORP", "GPE", "PERSON"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _one_country(resolver: DocumentResolver, text: str) -> str | None:
    codes = resolver.linker.demonyms.get(fold(text))
    return codes[0] if codes and len(codes) == 1 else None


def demonym_people_span(resolver: DocumentResolver, ent: Span) -> Span:
    """See ``DEMONYM_PEOPLE_NOUN``: the NORP entity run on to its plural people noun,
    else the entity."""
    doc = ent.doc
    # the ruler tags a demonym that is a KB country alias GPE, NER some PERSON ("Moldovan")
    if ent.label_ not in _DEMONYM_LABELS or ent.end >= len(doc) or ethnic(doc, ent.start):
        return ent
    noun = doc[ent.end]
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_:
        return ent
    if ent[-1].head.i != noun.i or ent[-1].dep_ not in _MODIFIER_DEPS:
        return ent
    if noun.lemma_.lower() not in people_nouns() or agent_head(resolver, noun):
        return ent
    if _one_country(resolver, ent.text) is None:
        return ent
    return Span(doc, ent.start, noun.i + 1, label="NORP")


def demonym_people(resolver: DocumentResolver, span: Span) -> Resolution | None:
    """The group a span ``demonym_people_span`` made reads as, or None for any other span."""
    if len(span) < 2 or span[-1].tag_ != "NNS" or span[-1].lemma_.lower() not in people_nouns():
        return None
    code = _one_country(resolver, span[:-1].text)
    if code is None:
        return None
    return Resolution(
        id=agent_id(code, None, ":" + fold(span[-1].lemma_)),
        name=span.text,
        type="group",
        country=code,
        sector=None,
        how="agent",
        confidence=_CONFIDENCE,
    )
