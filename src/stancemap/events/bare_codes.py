"""A dictionary verb's bare code with no party is no event.

Rule ``events.sense.bare_code_needs_party``: the imported CAMEO dictionary gives many
common verbs a code with no condition ("come": 040, "want": 030, "lead": 060). A
PETRARCH-style coder codes such a verb only between two actors; here, where the verb's
arguments name no actor and no one at all (no name, no agent noun such as "police") ("where is the money supposed to come from?", "states
that may not want to chip in"), it predicates nothing between anyone and is dropped. The
project's own rows (weight 1) and rows with conditions on their words keep their event.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .lexicon import is_bare
from .matching import is_agent_noun
from .parts import DocContext, Frame

# the arguments that may hold a party: subject, object, passive agent
PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "dative")
NAMED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def _party_like(tok: Token) -> bool:
    """A name, or a noun of the agents lexicon ("police", "protesters", "officials")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAMED or is_agent_noun(tok)


def names_a_party(verb: Token) -> bool:
    """Some subject, object or "by" agent of the verb names someone, even with no actor."""
    heads = args.children(verb, *PARTY_DEPS)
    heads += [p for a in args.children(verb, "agent") for p in args.children(a, "pobj")]
    return any(_party_like(h) for h in heads)


@rule(
    "events.sense.bare_code_needs_party",
    order=30,
    doc="a verb coded only by the imported dictionary's bare code (no condition on its "
    "words), whose arguments name no actor as source or target, is no event",
)
def bare_code_needs_party(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.source or frame.target:
        return frame
    if frame.row.weight >= 1 or not is_bare(frame.row) or frame.row.role == "light":
        return frame
    return frame if names_a_party(tok) else None


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """ "come", "want", "expect", "use": verbs whose most frequent WordNet sense is of
    change, cognition, consumption, emotion, motion, perception, possession or state."""
    return word_list("events/light_verbs.txt")


@rule(
    "events.sense.light_verb_needs_party",
    order=30,
    doc="bare_code_needs_party for light verbs only: a verb whose most frequent WordNet sense "
    "is of motion, state, cognition, emotion, perception, possession, consumption or change "
    "('come', 'want', 'expect', 'use'), coded only by the dictionary's bare code, with no one "
    "as an argument, is no event",
)
def light_verb_needs_party(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if tok.lemma_.lower() not in light_verbs():
        return frame
    return bare_code_needs_party(frame, tok, ctx)
