"""A name that only modifies an agreement, a deal or talks is no party to an act on them.

"Glenn Beck spoke at a rally to protest the Iran nuclear deal": the deal is between Iran
and others; protesting it is not protesting Iran. "Cotton attacked the US-Iran talks": not
an attack on the US or Iran. The head's meaning decides, not its syntax: a deal, an
agreement, a treaty, talks (WordNet 3.0 agreement.n.01, deal.n.01, negotiation.n.01,
``lexicon/joint_thing_nouns.txt`` from ``events/joint_import.py``) have several parties, so
a name before them (a compound or adjective modifier: "the Iran nuclear deal", "the Paris
accord") names one of them or a place (only a country or place is set aside: a body named
there is the deal's own name, "the Trans-Pacific Partnership trade agreement"); "US sanctions" or "Russian strikes" (acts whose
modifier is their doer) and "Obama's immigration plan", "the Trump campaign ad" (a thing
owned by its modifier, which an act on the thing is aimed at) are left alone, and so is a
possessor ("Obama's Iran deal": the one who made it). Joining, signing or holding talks
(``events/joint_party_types.txt``: AGREE, CONSULT, COOPERATE) is done with those parties
and keeps them. An actor named elsewhere in the sentence is kept.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .party_phrases import _only_inside

JOINT_THING_NO_PARTY = declare(
    "events.args.joint_thing_no_party",
    "'protest the Iran nuclear deal', 'attacked the US-Iran talks': an actor named only "
    "as a modifier (compound, adjective) of an object whose head is an agreement, deal or "
    "talks (WordNet agreement.n.01, deal.n.01, negotiation.n.01: "
    "lexicon/joint_thing_nouns.txt) is one of its parties, not the target of an act on it; "
    "joining, signing or talking (events/joint_party_types.txt) keeps it, and so do a "
    "possessor and an actor named elsewhere in the sentence",
    order=45.7,
)
_MODIFIERS = ("compound", "amod", "nmod")
_PLACE_TYPES = ("country", "location")


@lru_cache(maxsize=1)
def joint_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/joint_thing_nouns.txt"))


@lru_cache(maxsize=1)
def joint_party_types() -> frozenset[str]:
    return frozenset(t.upper() for t in word_list("events/joint_party_types.txt"))


def joint_heads(verb: Token, actors: ActorLayer) -> list[Token]:
    """The objects of ``verb`` (direct objects and objects of its prepositions, every
    conjunct) whose head is a joint-thing noun naming no actor itself."""
    objects = args.children(verb, "dobj", "obj") + args.prep_objects(verb, args.TARGET_PREPS)
    # "to protest the deal": the purpose clause's object
    return [
        conj
        for obj in objects
        for conj in args.conjuncts(obj)
        if conj.pos_ == "NOUN"
        and conj.lemma_.lower() in joint_nouns()
        and actors.mention_at(conj.idx, conj.idx + len(conj)) is None
    ]


def modifier_parties(
    frame_type: str, heads: list[Token], target: list[str], actors: ActorLayer
) -> set[str]:
    """The targets named only as modifiers of a joint thing the frame acts on (see the
    module's doc), nowhere else in the sentence."""
    if not target or not heads or frame_type in joint_party_types():
        return set()
    spans: list[tuple[int, int]] = []
    for head in heads:
        for noun in joint_heads(head, actors):
            for child in noun.children:
                if child.dep_ in _MODIFIERS and child.i < noun.i:
                    left, right = child.left_edge, child.right_edge
                    spans.append((left.idx, right.idx + len(right)))
    inside = _only_inside(spans, heads[0], target, actors)
    # a country or place is a party or the venue; a body's name before the noun is the
    # deal's own name ("the Trans-Pacific Partnership trade agreement")
    return {a for a in inside if _place_like(actors, a)}


def _place_like(actors: ActorLayer, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and actor.type in _PLACE_TYPES
