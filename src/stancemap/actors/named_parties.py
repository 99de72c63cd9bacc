"""The named party a token or a clause stands for, as later stages ask it of the actor layer.

Both the events stage (a quote's content judging a party) and the stances stage (a speaker
judging a party) need the same answer; it lives here, with the layer it reads, so that
neither stage reaches into the other.
"""

from __future__ import annotations

from spacy.tokens import Token

from .layer import ActorLayer

PARTY_TYPES = frozenset({"person", "country", "organization", "group"})  # who one can side with
UNNAMED_HOWS = frozenset({"agent", "pronoun"})  # a generic agent or a pronoun names no party
# how a mention names its actor by its name (ActorMention.how): no pronoun, role or agent word
BY_NAME_HOWS = frozenset({"name", "alias", "fuzzy", "short", "new"})
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def named_party(tok: Token, actors: ActorLayer) -> str | None:
    """The actor id of the party the token names, or None ("some people", "he": none)."""
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is None or mention.how in UNNAMED_HOWS:
        return None
    actor = actors.actor(mention.actor_id)
    if actor is None or actor.type not in PARTY_TYPES:
        return None
    return mention.actor_id


def clause_subject_party(head: Token, actors: ActorLayer) -> str | None:
    """The party the clause headed by ``head`` is about: its subject's actor, or the actor
    owning its subject noun ("X's remarks")."""
    subj = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    if (party := named_party(subj, actors)) is not None:
        return party
    if subj.pos_ != "NOUN":
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return named_party(owner, actors) if owner is not None else None
