"""A noun of two-sided conflict names a contest, not an act (session 50 EP, issue 12).

On the judged tune files, nominal force words the pipeline keeps as ASSAULT, or as
criticism once ``events.sense.figurative_force`` has read politicians around them, are
almost never events: "Rubio is in a five-person battle with Bush ... for second place",
"seems ready for a no-quarter fight in S.C.", "Obamacare has survived a pair of Supreme
Court battles", "our fight is to transform this country". A battle, a fight, a struggle
or a showdown (``data/events/conflict_nouns.txt``; not "war", whose most frequent WordNet
sense is armed conflict itself) names the state of two sides contending;
unlike "his attack on X" or "her criticism of X" it tells no one's act on another.
``events.sense.rival_battle`` (session 13) drops such a noun only when a verb that does not
wage it governs it and its with/against counterpart is a rival; this rule reads the noun
wherever it stands:

- ``events.sense.conflict_noun_unarmed``: a nominal event read on a conflict noun that
  does not name both sides (a source and a target: "the battle between X and Y" is the
  opposition the relations stage reads), not
  waged by its governing verb ("waged war on", "launched a fight against"), with nothing
  armed around (an armed actor, weapon or physical target: the sense rules' ``_armed`` and
  ``armed_around``) and no party that is a country, a place or an armed body (a battle
  between states is force), is no event.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from .figurative_objects import _armed_or_state
from .parts import DocContext, Frame
from .rival_battles import WAGING
from .sense import _armed
from .spoken_attacks import armed_around

CONFLICT_NOUN_UNARMED = "events.sense.conflict_noun_unarmed"
CONFLICT_NOUNS = "events/conflict_nouns.txt"


@lru_cache(maxsize=1)
def conflict_nouns() -> frozenset[str]:
    """The nouns of two-sided conflict (``data/events/conflict_nouns.txt``)."""
    return word_list(CONFLICT_NOUNS)


def _waged(noun: Token) -> bool:
    """The noun is the object of a verb that wages it ("waged war", "launched a fight")."""
    verb = noun.head
    if noun.dep_ == "pobj":  # "launched into a fight": the preposition's verb
        verb = verb.head
    return noun.dep_ in ("dobj", "obj", "pobj") and verb.lemma_.lower() in WAGING


def _conflict_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in conflict_nouns() or tok.lower_ in conflict_nouns()
    )


@rule(
    CONFLICT_NOUN_UNARMED,
    order=33.1,
    doc="'a no-quarter fight in S.C.', 'survived two Supreme Court battles', 'our fight is "
    "to transform': a nominal event naming not both sides on a noun of two-sided conflict "
    "(conflict_nouns.txt: battle, fight, struggle, showdown), not waged by its verb, nothing "
    "armed around and no country, place or armed body among its parties, names a contest: "
    "no event",
)
def conflict_noun_unarmed(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not frame.nominal or not _conflict_noun(tok) or _waged(tok):
        return frame
    # a battle between two named sides is the opposition the relations stage reads from
    # the event (a first version that dropped these lost right relations on the checks)
    if frame.source and frame.target:
        return frame
    if _armed_or_state(frame.source, ctx) or _armed_or_state(frame.target, ctx):
        return frame
    if _armed(frame, tok, ctx) or armed_around(frame, tok):
        return frame
    return None
