"""Where a meeting is held is no party to it (issue 12, session 14).

* ``events.args.venue_not_party``: "The early January meeting at the Capitol Hill Club",
  "held talks at the Hilton in Nairobi", "met at the Kremlin": the object of "at" on an
  event of consultation (PLOVER CONSULT: meetings, talks, visits, mediation; and CAMEO 036,
  the dictionary's "meet at"), or on a verb
  whose object is such an event noun, is where it happens, never the one consulted. "at"
  stays a target preposition for every other type ("fired at X", "lashed out at X").
  The place may still be the event's location (``arguments.location_of``). A verb's
  object that is such an event noun ("held talks at the Hilton in Nairobi") is read
  through its other target phrases only, so the venue does not become its actor.

Reads the parse and the trigger lexicon's types only; adds no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .matching import TriggerMatcher

VENUE_NOT_PARTY = declare(
    "events.args.venue_not_party",
    "'the meeting at the Capitol Hill Club', 'held talks at the Hilton': the 'at' object "
    "of a consultation (PLOVER CONSULT, CAMEO 036) is its venue, not the target",
    order=40.5,
)

# PLOVER types whose "at" object is a venue, and the CAMEO codes of meeting outside them
# (036: express intent to meet or negotiate, the dictionary's "meet at")
VENUE_TYPES = frozenset({"CONSULT"})
VENUE_CODES = ("04", "036")


def _meeting(row: TriggerEntry) -> bool:
    return row.type in VENUE_TYPES or (row.cameo or "").startswith(VENUE_CODES)


def is_consultation(tok: Token, matcher: TriggerMatcher, actors: ActorLayer | None) -> bool:
    """``tok`` is a consultation (its lexicon row), or a verb whose direct object is one
    ("held talks", "hosted a meeting")."""
    row = matcher.match_noun(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    if row is None and tok.pos_ == "VERB":
        row = matcher.match_verb(tok, actors)
    if row is not None and _meeting(row):
        return True
    if tok.pos_ != "VERB":
        return False
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
        noun = matcher.match_noun(obj)
        if noun is not None and _meeting(noun):
            return True
    return False


def venues(
    tok: Token, preps: list[Token], matcher: TriggerMatcher, actors: ActorLayer | None
) -> set[int]:
    """The token indices among ``preps`` (prepositional objects of ``tok``) that are the
    objects of "at" on a consultation."""
    at = {p.i for p in preps if p.head.lower_ == "at" and p.head.head.i == tok.i}
    if not at or not is_consultation(tok, matcher, actors):
        return set()
    return at


def venue_free(obj: Token, matcher: TriggerMatcher, actors: ActorLayer | None) -> list[Token]:
    """An object that is itself a consultation held at a venue ("held talks at the Hilton
    in Nairobi") stands for its other target phrases ("talks with Iran at X": Iran), so
    its venue is not read as the phrase's actor; any other object stands for itself."""
    preps = args.prep_objects(obj, args.TARGET_PREPS)
    held = venues(obj, preps, matcher, actors)
    if not held:
        return [obj]
    return [p for p in preps if p.i not in held]
