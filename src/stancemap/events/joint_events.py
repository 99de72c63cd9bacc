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

from ..rules import rule
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


def _calling_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {p}" for p in particles(verb)}
    return bool(keys & calling_off_verbs())


@rule(
    "events.sense.cooperation_called_off",
    order=13,
    doc="'called off its joint exercises with Y': a cooperative event noun that is the object "
    "of a verb of calling off (WordNet's sense of 'cancel') did not happen; calling it off "
    "reduces relations (CAMEO 160), as 'cancelled a visit to Y'",
)
def cooperation_called_off(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not frame.nominal or frame.type not in COOPERATIVE or tok.dep_ not in ("dobj", "obj"):
        return frame
    if tok.head.pos_ != "VERB" or not _calling_off(tok.head):
        return frame
    frame.code = CALLED_OFF_CODE
    frame.type = "SANCTION"
    if not frame.source:  # the one who called it off
        subjects = args.children(tok.head, "nsubj")
        frame.source = [a for s in subjects for a in args.phrase_actors(s, ctx.actors)]
        frame.target = [a for a in frame.target if a not in frame.source]
    return frame
