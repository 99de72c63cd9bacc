"""An act that gives in to a demand is a concession to whoever made the demand.

Rule ``events.sense.yielded_to_demand`` (session 19): "gave in to protesters' demands",
"resigned, bowing to the demands of protesters", "agreed to cut fuel prices, meeting a key
demand of indigenous groups". A verb of yielding or satisfying (any WordNet 3.0 sense at or
below yield.v "give in", assent.v.01 "accede", meet.v.04 "satisfy" or comply.v.01:
``data/events/yielding_verbs.txt``, written by ``events.wordnet_import``) whose object, or
the object of its "to", is a demand noun (the lexicon types it REQUEST) is CAMEO 083
(accede to demands, CONCEDE). Said of the event's own verb ("gave in to X's demands": the
demand noun is no request by X then, the subject concedes), or of a participle clause on it
("resigned, bowing to the demands of protesters": the resignation is the concession). The
target is whoever made the demand (the noun's possessor, "of"/"by" phrase or nationality
adjective), unless the event already has one.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .matching import TriggerMatcher, particles
from .parts import DocContext, Frame, Tuning
from .roles import RoleFinder

YIELDED_TO_DEMAND = declare(
    "events.sense.yielded_to_demand",
    "'gave in to protesters' demands', 'resigned, bowing to the demands of X': an act of "
    "yielding to or meeting a demand (WordNet give in, accede, satisfy, comply) is a "
    "concession (CAMEO 083, CONCEDE) to whoever made the demand",
    order=60,
)
ACCEDE_CODE = "083"
DEMAND_TYPE = "REQUEST"
DEMANDERS_PREPS = ("of", "by", "from")


@lru_cache(maxsize=1)
def yielding_verbs() -> frozenset[str]:
    """ "give in", "bow", "accede", "meet", "satisfy", "comply" (``events.wordnet_import``)."""
    return word_list("events/yielding_verbs.txt")


def _yielding(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {p}" for p in particles(verb)}
    return bool(keys & yielding_verbs())


def _demand(verb: Token, matcher: TriggerMatcher) -> Token | None:
    """The demand noun ``verb`` takes as object or through "to" ("bowed to the demands")."""
    for noun in args.children(verb, "dobj", "obj") + args.prep_objects(verb, ["to"]):
        row = matcher.match_noun(noun)
        if row is not None and row.type == DEMAND_TYPE:
            return noun
    return None


def _participles(tok: Token) -> list[Token]:
    """Participle clauses (VBG) on the verb or on its infinitive complement."""
    heads = [tok, *args.children(tok, "xcomp")]
    return [c for h in heads for c in args.children(h, "advcl") if c.tag_ == "VBG"]


def yielded_to_demand(
    frame: Frame,
    tok: Token,
    ctx: DocContext,
    matcher: TriggerMatcher,
    roles: RoleFinder,
    tuning: Tuning,
) -> Frame:
    """``frame`` (the event of the verb ``tok``) as a concession, where it yields to a
    demand (``YIELDED_TO_DEMAND``)."""
    if not tuning.on(YIELDED_TO_DEMAND) or tok.pos_ != "VERB":
        return frame
    own = _demand(tok, matcher) if _yielding(tok) else None
    demand = own
    if demand is None:
        for verb in _participles(tok):
            if _yielding(verb):
                demand = _demand(verb, matcher)
                if demand is not None:
                    break
    if demand is None:
        return frame
    demanders = roles.noun_source(demand, ctx) or [
        a
        for p in args.prep_objects(demand, DEMANDERS_PREPS)
        for a in args.phrase_actors(p, ctx.actors)
    ]
    if own is not None:  # the subject gives in: the demand noun's maker is no source
        frame.source = [a for a in roles.source(tok, ctx, None) if a not in demanders]
    frame.code = ACCEDE_CODE
    frame.type = "CONCEDE"
    demanders = [a for a in demanders if a not in frame.source]
    if demanders and (own is not None or not frame.target):
        frame.target = demanders
    return frame
