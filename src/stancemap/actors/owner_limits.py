"""Where "its"/"their" may not find the owner of a generic agent.

Session 57, engineer AR (issue 12: the source and target country; both noticed in session
56 by AP). ``possessor.possessor_country`` gives "its forces", "their troops" the country
of the pronoun's owner: the actor coreference resolved the pronoun to, else the subject
before it in its clause, else the nearest body named before it (its sentence or the one
before). Two cases went wrong:

* "India and Pakistan said their armies exchanged fire": "their" stands for both
  countries, but coreference (and ``subject_before``) took the first conjunct, so the
  armies were India's alone and India the source. Rule
  ``actors.agent.possessor_joined_subject``: where the subject before "their" in its
  clause is a coordination naming two or more countries, the pronoun is left unresolved
  (``resolve._pronoun``), the agent it owns takes no country from it (neither country;
  ``sentence_country`` then leaves it out too, the sentence naming two) and the events
  stage reads no owner for the phrase from it (``roles.actors``: no salient group, no
  speaker).
* "Kenya held talks on Monday. / Its troops later crossed ..." across a paragraph break:
  the owner was taken from another paragraph. Rule ``actors.agent.possessor_paragraph``:
  the pronoun's referent counts only when that actor is named (not by a pronoun) before
  it in its own paragraph, and the body looked for before it is looked for in its
  paragraph only (a line break ends the window, as ``owned_sector_names`` reads it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..rules import declare

if TYPE_CHECKING:
    from ..records import Actor
    from .layer import ActorLayer
    from .resolve import DocumentResolver

POSSESSOR_JOINED_SUBJECT = declare(
    "actors.agent.possessor_joined_subject",
    "'India and Pakistan said their armies ...': 'their' after a coordinated subject naming "
    "two or more countries stands for no one of them: left unresolved, its generic agent of no "
    "country (not the first conjunct's)",
)
POSSESSOR_PARAGRAPH = declare(
    "actors.agent.possessor_paragraph",
    "'its'/'their' owning a generic agent takes its owner only from its own paragraph: a "
    "referent named only before a line break, or a body named there, gives no country",
)
_PLURAL = frozenset({"their"})


def joined_subject(owner: Token, country_at: Callable[[Token], str | None]) -> bool:
    """The subject before ``owner`` ("their") in its clause is a coordination whose
    conjuncts name two or more countries (``country_at``: the country a token's mention
    names, or None)."""
    if owner.lower_ not in _PLURAL:
        return False
    verb = owner.head
    while verb.dep_ != "ROOT" and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    for head in (verb, verb.head):
        for child in head.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= owner.i:
                continue
            countries = {country_at(conj) for conj in [child, *child.conjuncts]}
            if len(countries - {None}) >= 2:
                return True
    return False


def resolver_country_at(resolver: DocumentResolver) -> Callable[[Token], str | None]:
    """``country_at`` for ``joined_subject`` on the resolver's mentions so far."""

    def country_at(token: Token) -> str | None:
        mention = resolver.named_mention_at(token.idx)
        actor = resolver.actors.get(mention.actor_id) if mention is not None else None
        return actor.country if actor is not None else None

    return country_at


def layer_country_at(layer: ActorLayer) -> Callable[[Token], str | None]:
    """``country_at`` for ``joined_subject`` on a finished actor layer (the events stage)."""

    def country_at(token: Token) -> str | None:
        mention = layer.mention_at(token.idx, token.idx + len(token))
        actor = layer.actor(mention.actor_id) if mention is not None else None
        return actor.country if actor is not None else None

    return country_at


def paragraph_start(resolver: DocumentResolver, position: int) -> int:
    """The offset just after the last line break before ``position`` (0 if none)."""
    return resolver.document.text.rfind("\n", 0, position) + 1


def named_in_paragraph(resolver: DocumentResolver, owner: Token, actor: Actor) -> bool:
    """``actor`` has a mention that is no pronoun between the start of ``owner``'s
    paragraph and ``owner``."""
    start = paragraph_start(resolver, owner.idx)
    return any(
        m.actor_id == actor.id and m.how != "pronoun" and start <= m.start and m.end <= owner.idx
        for m in resolver.mentions
    )
