"""An engagement with someone called off is a cut in relations with them, not a concession.

Rule ``events.sense.joint_event_called_off``: the CAMEO dictionary codes "cancel/call off
a rally" as easing dissent (082, CONCEDE): protesters calling off their own protest. When
the thing called off is held with a named counterpart ("a joint rally with Y", "their
summit with Y", "the joint exercises with Y"), calling it off reduces relations with that
counterpart (CAMEO 160, as "cancelled a visit to Y"), aimed at it. Read from the parse and
the actor layer: a "with" phrase on the object that names an actor.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare, rule
from . import arguments as args
from .codes import COOPERATIVE
from .matching import particle_verb_table, particles
from .parts import DocContext, Frame

CALLED_OFF_CODE = "160"  # reduce relations
# ease political dissent: "called off the rally/strike" (not 08's other codes: "opened the
# border crossing with Gaza" eases a restriction, RETREAT)
EASED_DISSENT = "082"


def _counterparts(tok: Token, ctx: DocContext, source: list[str]) -> list[str]:
    """Actors named in a "with" phrase of the verb's objects (not the source itself)."""
    out: list[str] = []
    for obj in args.children(tok, "dobj", "obj"):
        for partner in args.prep_objects(obj, ["with"]):
            out += [a for a in args.phrase_actors(partner, ctx.actors) if a not in source]
    return list(dict.fromkeys(out))


@rule(
    "events.sense.joint_event_called_off",
    order=13,
    doc="'cancelled a joint rally with Y': the code of easing dissent (CAMEO 082, 'called "
    "off the rally') on an object held with a named counterpart is reduced relations with it "
    "(CAMEO 160), not a concession",
)
def joint_event_called_off(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or not frame.code or not frame.code.startswith(EASED_DISSENT):
        return frame
    partners = _counterparts(tok, ctx, frame.source)
    if not partners:
        return frame
    frame.code = CALLED_OFF_CODE
    frame.type = "SANCTION"
    frame.target = partners
    return frame


# the WordNet sense of calling off: "cancel" and the verbs of its most frequent sense that
# particle_verbs.tsv gives a particle verb ("call off": cancel scratch scrub)
CANCEL = "cancel"


@lru_cache(maxsize=1)
def calling_off_verbs() -> frozenset[str]:
    """ "cancel", "call off", "scrub", "scratch": the particle verbs whose WordNet sense is
    cancel's, and that sense's one-word verbs."""
    out = {CANCEL}
    for phrase, synonyms in particle_verb_table().items():
        if CANCEL in synonyms:
            out |= {phrase, *synonyms}
    return frozenset(out)


PUT_OFF = "events.sense.cooperation_put_off"
declare(
    PUT_OFF,
    "'scrapped / postponed its joint exercises with Y': a cooperative event noun that is the "
    "object of a verb of putting off or discarding (WordNet delay.v.01, discard.v.01) did not "
    "happen as planned: reduced relations (CAMEO 160), as 'called off'",
    order=13,
)


@lru_cache(maxsize=1)
def put_off_verbs() -> frozenset[str]:
    """ "postpone", "shelve", "scrap", "put off": from WordNet (``wordnet_import``)."""
    return word_list("events/put_off_verbs.txt")


def _putting_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {p}" for p in particles(verb)}
    return bool(keys & put_off_verbs()) and not keys & calling_off_verbs()


def _with_partners(verb: Token, obj: Token, ctx: DocContext, source: list[str]) -> list[str]:
    """Actors of a "with" phrase on the object or, as the parser often hangs it, the verb."""
    partners = args.prep_objects(obj, ["with"]) + args.prep_objects(verb, ["with"])
    out = [a for p in partners for a in args.phrase_actors(p, ctx.actors) if a not in source]
    return list(dict.fromkeys(out))


def put_off_object(verb: Token, ctx: DocContext, matcher, frames, tuning) -> Frame | None:
    """The reduced-relations frame of "scrapped its joint exercises with Y", or None."""
    if verb.pos_ != "VERB" or not tuning.on(PUT_OFF):
        return None
    if not _putting_off(verb):
        return None
    for obj in args.children(verb, "dobj", "obj"):
        row = matcher.match_noun(obj)
        if row is None or row.type not in COOPERATIVE:
            continue
        subjects = args.children(verb, "nsubj")
        source = [a for s in subjects for a in args.phrase_actors(s, ctx.actors)]
        frame = frames.frame_noun(obj, ctx, row, source)
        if frame is None:
            return None
        frame.source = frame.source or source
        partners = _with_partners(verb, obj, ctx, frame.source)
        frame.code = CALLED_OFF_CODE
        frame.type = "SANCTION"
        frame.target = list(dict.fromkeys([*partners, *frame.target]))
        frame.target = [a for a in frame.target if a not in frame.source]
        return frame
    return None


CALLED_OFF_NOUN = "events.trigger.called_off_noun"
declare(
    CALLED_OFF_NOUN,
    "'called off their joint rally in Ohio': an event noun that is the object of a verb of "
    "calling off or putting off (WordNet cancel.v.01, delay.v.01, discard.v.01) did not "
    "happen: no free-standing event of its own (a cooperative one is reduced relations)",
    order=40,
)


def called_off_object(noun: Token, event_type: str, tuning) -> bool:
    """``noun`` is what a verb of calling off or putting off takes as object (a cooperative
    noun is left alone)."""
    if not tuning.on(CALLED_OFF_NOUN) or noun.dep_ not in ("dobj", "obj"):
        return False
    if event_type in COOPERATIVE:
        return False
    verb = noun.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {p}" for p in particles(verb)}
    return bool(keys & (put_off_verbs() | calling_off_verbs()))
