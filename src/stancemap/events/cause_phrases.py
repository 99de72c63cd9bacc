"""Whom an act is aimed at by a cause phrase: "in defiance of X", "in protest against X".

"Thousands blocked streets in defiance of the authorities", "workers struck in protest
against the government", "marched in solidarity with the strikers": the phrase names
the one the act is done against (or for); the verb's own arguments often name no one
but a place. Rule ``events.args.cause_phrase_target`` fills an empty target from it:
the object of a preposition of ``data/events/cause_phrases.tsv`` (kind ``prep``) on a
noun of its kind ``noun`` that is the object of "in" on the predicate. Only the phrase's
own actor counts ("in protest of the arrest of activists" is no act against the
activists), and never the act's source.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list, words_by_kind
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning

CAUSE_PHRASE_TARGET = declare(
    "events.args.cause_phrase_target",
    "'in defiance of X', 'in protest against X', 'in solidarity with X': X is the target "
    "of an act whose own arguments name none",
    order=65,
)
SUPPORTED_NOT_STRUCK = declare(
    "events.args.supported_party_not_struck",
    "'conducted air strikes in support of the Syrian government': a cause noun of acting "
    "with or for someone (WordNet's support and solidarity kinds, "
    "data/events/backing_nouns.txt) names the party the act backs, which is no target of "
    "an act of force or coercion (the types of data/events/place_targets.tsv: ASSAULT, "
    "COERCE, MOBILIZE, RETREAT, THREATEN); a rally or a statement 'in support of X' keeps X",
    order=65.1,
)
KINDS = ("noun", "prep")


@lru_cache(maxsize=1)
def cause_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/cause_phrases.tsv``."""
    return words_by_kind("events/cause_phrases.tsv", KINDS)


def cause_nouns(frame: Frame) -> list[Token]:
    """The cause nouns ("defiance", "protest") that "in" puts on the predicate."""
    nouns = cause_words()["noun"]
    heads = list(frame.tokens)
    if frame.nominal and frame.head.head.i != frame.head.i:
        heads.append(frame.head.head)  # "staged a strike in protest of X"
    return [n for h in heads for n in args.prep_objects(h, ["in"]) if n.lemma_.lower() in nouns]


@lru_cache(maxsize=1)
def backing_nouns() -> frozenset[str]:
    """The cause nouns of acting with or for someone (``SUPPORTED_NOT_STRUCK``)."""
    return word_list("events/backing_nouns.txt")


def backed_by_force(frame: Frame, noun: Token) -> bool:
    """``noun`` backs the party it names and the act is one of force or coercion
    (``SUPPORTED_NOT_STRUCK``): "air strikes in support of the government"."""
    from .place_targets import place_words  # place_targets reads the arguments module

    return noun.lemma_.lower() in backing_nouns() and frame.type in place_words()["type"]


def cause_target(frame: Frame, ctx: DocContext, backed: bool = False) -> list[str]:
    """``backed``: a party a force act backs is no target (``SUPPORTED_NOT_STRUCK``)."""
    preps = sorted(cause_words()["prep"])
    for noun in cause_nouns(frame):
        if backed and backed_by_force(frame, noun):
            continue
        for aimed in args.prep_objects(noun, preps):
            found = [
                a
                for a in args.phrase_actors(aimed, ctx.actors, head_only=True)
                if a not in frame.source
            ]
            if found:
                return found
    return []


PLACE_TYPES = frozenset({"country", "location"})


def only_places(ids: list[str], ctx: DocContext) -> bool:
    """Every actor is a place ("blocked streets in Hong Kong"): where the act happened,
    which an explicit cause phrase outranks."""
    actors = ctx.actors.actors
    return all(a in actors and actors[a].type in PLACE_TYPES for a in ids)


def aim_by_cause(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty target from a cause phrase (rule ``CAUSE_PHRASE_TARGET``); a target
    that is only a place ("people blocked streets in Hong Kong in defiance of X") gives
    way to the one the phrase names, unless that is a place too."""
    if not tuning.on(CAUSE_PHRASE_TARGET) or (frame.target and not only_places(frame.target, ctx)):
        return frame
    found = cause_target(frame, ctx, tuning.on(SUPPORTED_NOT_STRUCK))
    if found and not (frame.target and only_places(found, ctx)):
        frame.target = found
    return frame
