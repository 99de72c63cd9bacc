"""A state body's common noun that NER took for a name, owned by "its"/"their".

Session 56, engineer AP (issue 12: "possessives ('its forces') not used for the country of
the source"). "Pakistan said its navy seized an Indian fishing boat": the tagger marks the
lower-case "navy" an ORG entity, so the linker makes it a new organisation of no country,
and the event's source has none. Written "its army" or "its forces" (no entity), the same
phrase is a generic agent, and ``actors.agent.possessor_country`` gives it the country of
the actor "its" refers to. Coreference already resolves the pronoun ("its" -> Pakistan):
this module does not resolve it again, it only lets the entity be read as the agent.

Rule ``actors.agent.owned_sector_entity``: an entity written wholly in lower case whose
head is owned by "its"/"their" and is a group noun the agents lexicon reads as a state
sector (``national_bodies.STATE_SECTORS``: government, legislature, courts, military,
police, intelligence) is read as that generic agent, with the country the possessive
gives it, when that country is safe:

* the subject of the verb governing the pronoun's clause, before it in its sentence, is
  the body or country that gives it ("Pakistan said its navy ...");
* else every body, group or country named before the pronoun in its sentence and the one
  before (never across a paragraph: the previous sentence counts only when no line break
  lies between) is of that one country ("Two countries before it": no country, left as
  it was).

Rule ``actors.agent.owned_sector_name`` (session 56 AP, the same for a capitalised
entity the KB knows by no name: "Turkey said its Foreign Ministry summoned ...").

A lower-case entity of any other noun ("its board", a company's) stays as it was; so does
one owned by "his"/"her" (a person's: ``actors.agent.person_possessor`` decides those).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..rules import declare
from .national_bodies import STATE_SECTORS
from .nominals import agent_entry, nominal
from .possessor import possessor_country, subject_before

if TYPE_CHECKING:
    from .resolve import DocumentResolver

OWNED_SECTOR_ENTITY = declare(
    "actors.agent.owned_sector_entity",
    "'Pakistan said its navy seized ...': an entity written wholly in lower case whose head "
    "is owned by 'its'/'their' and is a group noun the agents lexicon reads as a state sector "
    "is no name but that generic agent, of the country the possessive's owner gives it ("
    "actors.agent.possessor_country) when the clause's subject gives it or it is the one "
    "country named before the pronoun in its sentence and the one before in its paragraph",
)
OWNED_SECTOR_NAME = declare(
    "actors.agent.owned_sector_name",
    "'Turkey said its Foreign Ministry summoned ...': owned_sector_entity also for an entity "
    "written capitalised that the KB knows by no name, read as the same generic agent",
)
_OWNER_PRONOUNS = frozenset({"its", "their"})
_BODY_TYPES = frozenset({"organization", "country", "group"})


def read_owned_sector(resolver: DocumentResolver, ent: Span) -> bool:
    """See ``OWNED_SECTOR_ENTITY``: read ``ent`` as the generic agent it names and return
    True, or return False (the entity is then resolved as a name)."""
    lower = resolver.switches.enabled(OWNED_SECTOR_ENTITY)
    upper = resolver.switches.enabled(OWNED_SECTOR_NAME)
    if not lower and not upper:
        return False
    owner = _owner(resolver, ent, lower, upper)
    if owner is None:
        return False
    country = possessor_country(resolver, ent.root)
    if country is None or not _safe(resolver, owner, country):
        return False
    nominal(resolver, ent.root)
    return True


def _owner(resolver: DocumentResolver, ent: Span, lower: bool, upper: bool) -> Token | None:
    """The "its"/"their" owning a state-sector group noun heading ``ent``: written in lower
    case (``lower``), or capitalised and no KB name (``upper``)."""
    words = [t for t in ent if t.lower_ not in _OWNER_PRONOUNS]
    if not words or any(not t.is_alpha for t in words):
        return None
    if all(t.is_lower for t in words):
        if not lower:
            return None
    elif not upper or resolver.linker.kb.lookup(ent.text):
        return None
    if any(resolver.linker.where([t.text for t in words])):
        return None  # "Coast Guard": a word the gazetteer reads as a place; no guess
    head = ent.root
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in _OWNER_PRONOUNS:
        return None
    entry = agent_entry(resolver, head)
    if entry is None or entry.kind != "group" or entry.sector not in STATE_SECTORS:
        return None
    return owner


def _safe(resolver: DocumentResolver, owner: Token, country: str) -> bool:
    """The clause's subject gives ``country``, or it is the one country of the bodies named
    in the window before the pronoun (its sentence, and the one before in its paragraph)."""
    subject = subject_before(resolver, owner)
    if subject is not None and subject.country == country:
        return True
    text = resolver.document.text
    start = owner.sent.start_char
    if owner.sent.start > 0:
        before = resolver.doc[owner.sent.start - 1].sent.start_char
        if "\n" not in text[before:start]:
            start = before
    countries = set()
    for mention in resolver.mentions:
        if start <= mention.start and mention.end <= owner.idx:
            actor = resolver.actors.get(mention.actor_id)
            if actor is not None and actor.type in _BODY_TYPES and actor.country is not None:
                countries.add(actor.country)
    return countries == {country}
