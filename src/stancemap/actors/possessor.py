"""Generic agents owned by a pronoun: "its forces", "their troops".

"Ethiopia said its forces repelled the attack", "The Kenyan government said its troops
would stay in Somalia": the agent's own phrase names no country, and its sentence may
name two ("Somalia" is where the troops are). The possessive pronoun says whose they are:
the actor it refers to (``coref`` resolved it), else the subject body or group of the
same clause before it ("The Kenyan government said its troops": the government, which
"its" cannot take back as a person). Rule ``actors.agent.possessor_country``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

POSSESSOR_COUNTRY = declare(
    "actors.agent.possessor_country",
    "'its forces', 'their troops': a generic agent owned by a possessive pronoun takes the "
    "country of the actor the pronoun refers to, else of the body or group subject before it",
)
_OWNER_PRONOUNS = frozenset({"its", "their"})
_BODY_TYPES = ("organization", "country", "group")


def possessor_country(resolver: DocumentResolver, token: Token) -> str | None:
    """The country of whoever "its"/"their" before ``token`` refers to, or None."""
    if not resolver.switches.enabled(POSSESSOR_COUNTRY):
        return None
    owner = next(
        (c for c in token.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None
    )
    if owner is None:
        return None
    actor = None
    for mention in resolver.mentions:  # the pronoun as coref resolved it
        if mention.start <= owner.idx < mention.end:
            actor = resolver.actors.get(mention.actor_id)
    if actor is None:
        actor = _subject_before(resolver, owner)
    if actor is None or actor.type == "person":
        return None  # "his troops" is a person's: the person's sector decides, not here
    return actor.country


def _subject_before(resolver: DocumentResolver, owner: Token) -> Actor | None:
    """The body or group that is the subject of the verb governing the pronoun's clause,
    named before it in the same sentence."""
    verb = owner.head
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    for head in (verb, verb.head):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < owner.i:
                mention = resolver.named_mention_at(child.idx)
                if mention is not None:
                    actor = resolver.actors.get(mention.actor_id)
                    if actor is not None and actor.type in _BODY_TYPES:
                        return actor
    return None
