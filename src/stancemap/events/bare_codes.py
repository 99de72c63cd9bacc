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


# CAMEO's verbal families a light verb's bare code falls in: appeal (02), intent (03),
# consult (04). A material code ("march": 140 PROTEST) is the verb's own deed.
VERBAL_FAMILIES = ("02", "03", "04")


@rule(
    "events.sense.light_verb_needs_pattern",
    order=31,
    doc="a light verb ('come', 'want', 'expect') coded only by the dictionary's bare row "
    "with an appeal, intent or consultation code (CAMEO 02-04) is no event even with a party "
    "('Clinton wants to raise taxes'); a patterned row ('came to Ohio'), a material code, a "
    "support verb's event noun ('held talks'), a direct object ('weighs the bill') or a "
    "consultation with a plural or coordinated subject ('the two leaders met') still codes",
)
def light_verb_needs_pattern(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.lemma_.lower() not in light_verbs():
        return frame
    if frame.row.weight >= 1 or not is_bare(frame.row) or frame.row.role == "light":
        return frame
    code = frame.code or ""
    if code != frame.row.cameo or code[:2] not in VERBAL_FAMILIES:  # recoded, or material
        return frame
    if code.startswith("04") and _several(tok):  # "the two leaders met": among themselves
        return frame
    if args.children(tok, "dobj", "obj"):  # "weighs the decree": the topic stays the verb's
        return frame
    return None


def _several(verb: Token) -> bool:
    """The verb's subject is plural or coordinated ("the leaders", "X and Y")."""
    subjects = args.children(verb, "nsubj", "nsubjpass")
    return any(s.tag_ in ("NNS", "NNPS") or args.children(s, "conj") for s in subjects)
