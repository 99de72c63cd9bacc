"""Workers who stop work protest; they attack no one: a labour strike is PROTEST.

Session 62 (engineer EL, issue 12: events read from the wrong words). "strike" is both an
attack and a work stoppage, and the trigger lexicon reads the attack: "Banking staff at
Westpac and the National Australia Bank are striking today" read ASSAULT (events_tune_s51lee,
judged wrong: "bank staff strike: PROTEST by union staff"). CAMEO codes a strike as 143
"conduct strike or boycott" (PLOVER PROTEST); which noun names a stoppage and who stops work
is read from WordNet (``data/events/labour_nouns.tsv``, ``labour_import.py``: strike.n.01 and
walkout; the people under worker.n.01, personnel.n.01 and labor_union.n.01, soldiers and
police left out).

Rule ``events.sense.labour_strike``: a force reading (ASSAULT, COERCE) whose trigger is the
verb or noun of a work stoppage ("striking", "a strike", "the walkout") and whose doer is
workers - the verb's subject, the noun's modifier, owner or "by" object, or the subject of
the verb that carries the noun ("the union called a strike", "nurses went on strike") names
a noun of people at work or a trade union (``workers``), or an actor the KB files in the
labour sector - is PROTEST 143. "US jets carried out a strike on the base", "soldiers
struck the village" stay.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

LABOUR_STRIKE = "events.sense.labour_strike"
FORCE = frozenset({"ASSAULT", "COERCE"})
STRIKE_CODE = "143"  # CAMEO: conduct strike or boycott
LABOUR_SECTOR = "LAB"
SUBJECTS = ("nsubj", "nsubjpass")
MODIFIERS = ("compound", "amod", "poss", "nmod")
CARRIED = ("dobj", "obj", "pobj", "attr")


@lru_cache(maxsize=1)
def labour_nouns() -> dict[str, frozenset[str]]:
    """ "strike", "walkout" (stoppage); "staff", "union", "miner" (workers)."""
    return words_by_kind("events/labour_nouns.tsv", ("stoppage", "workers"))


def _doers(tok: Token) -> list[Token]:
    """The words that may name who stops work."""
    if tok.pos_ == "VERB":
        return [c for c in tok.children if c.dep_ in SUBJECTS]
    out = [c for c in tok.children if c.dep_ in MODIFIERS]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            out += [c for c in prep.children if c.dep_ == "pobj"]
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ in CARRIED and verb.pos_ in ("VERB", "AUX"):  # "called a strike", "went on"
        out += [c for c in verb.children if c.dep_ in SUBJECTS]
    return out


def _workers(word: Token, ctx: DocContext) -> bool:
    """The word (or its phrase's head) is people at work or a union, or a labour actor."""
    workers = labour_nouns()["workers"]
    if word.lemma_.lower() in workers or word.lower_ in workers:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in workers for c in word.children):
        return True  # "Finance Sector Union members", "bank staff"
    for actor_id in args.phrase_actors(word, ctx.actors, head_only=True):
        actor = ctx.actors.actors.get(actor_id)
        if actor is not None and actor.sector == LABOUR_SECTOR:
            return True
    return False


@rule(
    LABOUR_STRIKE,
    order=33.23,
    doc="'banking staff are striking today', 'the union called a strike': a force reading on "
    "the verb or noun of a work stoppage (WordNet strike.n.01) done by workers or a union "
    "(WordNet worker/personnel/labor_union, KB labour sector; not soldiers or police) is "
    "PROTEST 143",
)
def labour_strike(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE:
        return frame
    if (
        tok.lemma_.lower() not in labour_nouns()["stoppage"]
        and tok.lower_ not in labour_nouns()["stoppage"]
    ):
        return frame
    if not any(_workers(word, ctx) for word in _doers(tok)):
        return frame
    return replace(frame, code=STRIKE_CODE, type="PROTEST")
