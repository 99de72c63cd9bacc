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
from .owner_limits import (
    POSSESSOR_JOINED_SUBJECT,
    POSSESSOR_PARAGRAPH,
    joined_subject,
    named_in_paragraph,
    paragraph_start,
    resolver_country_at,
)

if TYPE_CHECKING:
    from .resolve import DocumentResolver

POSSESSOR_COUNTRY = declare(
    "actors.agent.possessor_country",
    "'its forces', 'their troops': a generic agent owned by a possessive pronoun takes the "
    "country of the actor the pronoun refers to, else of the body or group subject before it",
)
PREVIOUS_OWNER = declare(
    "actors.agent.possessor_before",
    "'The militia attacked a village. Its fighters ...': 'its'/'their' that coreference "
    "and the clause's subject leave open is the nearest body, group or country named before "
    "it in its sentence or the one before",
)
PERSON_POSSESSOR = declare(
    "actors.agent.person_possessor",
    "'Minister X said his ministry ...': a nominal owned by 'his'/'her' is of the person the "
    "pronoun refers to, so of that person's country, and never of a country its sentence "
    "merely names ('contracts with Turkey'); its display name is the owner's ('X's "
    "ministry'), not 'his ministry'",
)
_OWNER_PRONOUNS = frozenset({"its", "their"})
_PERSON_PRONOUNS = frozenset({"his", "her"})
_BODY_TYPES = ("organization", "country", "group")


def owner_pronoun(token: Token) -> Token | None:
    """The possessive pronoun ("its", "their", "his", "her") that owns ``token``."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS | _PERSON_PRONOUNS
        ),
        None,
    )


def _referent(resolver: DocumentResolver, owner: Token) -> Actor | None:
    for mention in resolver.mentions:  # the pronoun as coref resolved it
        if mention.start <= owner.idx < mention.end:
            return resolver.actors.get(mention.actor_id)
    return None


def possessor_country(resolver: DocumentResolver, token: Token) -> str | None:
    """The country of whoever "its"/"their" (or, rule ``PERSON_POSSESSOR``, "his"/"her")
    before ``token`` refers to, or None."""
    if not resolver.switches.enabled(POSSESSOR_COUNTRY):
        return None
    owner = owner_pronoun(token)
    if owner is None:
        return None
    actor = _referent(resolver, owner)
    if owner.lower_ in _PERSON_PRONOUNS:
        if not resolver.switches.enabled(PERSON_POSSESSOR) or actor is None:
            return None
        return actor.country if actor.type == "person" else None
    joined = resolver.switches.enabled(POSSESSOR_JOINED_SUBJECT)
    if joined and joined_subject(owner, resolver_country_at(resolver)):
        return None  # "India and Pakistan said their armies": both, so neither alone
    paragraph = resolver.switches.enabled(POSSESSOR_PARAGRAPH)
    if paragraph and actor is not None and not named_in_paragraph(resolver, owner, actor):
        actor = None  # "Its troops" opening a paragraph: no owner from the one before
    if actor is None:
        actor = subject_before(resolver, owner)
    if actor is None and resolver.switches.enabled(PREVIOUS_OWNER):
        actor = _body_before(resolver, owner, paragraph)
    if actor is None or actor.type == "person":
        return None  # "his troops" is a person's: the person's sector decides, not here
    return actor.country


def person_owned(resolver: DocumentResolver, token: Token) -> bool:
    """``token`` is owned by "his"/"her" (rule ``PERSON_POSSESSOR``): its owner, not its
    sentence, says whose it is."""
    if not resolver.switches.enabled(PERSON_POSSESSOR):
        return False
    owner = owner_pronoun(token)
    return owner is not None and owner.lower_ in _PERSON_PRONOUNS


def owner_name(resolver: DocumentResolver, token: Token, text: str) -> str:
    """The display name of a nominal owned by a pronoun: the owner's name in the pronoun's
    place ("his ministry" -> "Hakan Fidan's ministry"), else the text as written."""
    owner = owner_pronoun(token)
    if owner is None or not resolver.switches.enabled(PERSON_POSSESSOR):
        return text
    actor = _referent(resolver, owner)
    if actor is None or not text.lower().startswith(owner.lower_ + " "):
        return text
    return f"{actor.name}'s {text[len(owner.text) + 1 :]}"


def _body_before(resolver: DocumentResolver, owner: Token, paragraph: bool = False) -> Actor | None:
    """The body, group or country named last before the pronoun, in its sentence or the
    one before (rule ``PREVIOUS_OWNER``); ``paragraph``: within its paragraph only (rule
    ``POSSESSOR_PARAGRAPH``)."""
    sentence = owner.sent
    start = sentence.start_char
    if sentence.start > 0:
        start = resolver.doc[sentence.start - 1].sent.start_char
    if paragraph:
        start = max(start, paragraph_start(resolver, owner.idx))
    best = None
    for mention in resolver.mentions:
        if start <= mention.start and mention.end <= owner.idx:
            actor = resolver.actors.get(mention.actor_id)
            body = actor is not None and actor.type in _BODY_TYPES and actor.country is not None
            if body and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best is not None else None


def subject_before(resolver: DocumentResolver, owner: Token) -> Actor | None:
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
