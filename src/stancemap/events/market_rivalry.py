"""Firms that overtake one another in a market tell a ranking, not an act of force.

Session 64 (engineer FN, issue 12: "figurative triggers"). The CAMEO verb dictionary
codes "overtake", "beat", "top" and "crush" as force (ASSAULT) or coercion, and on the BBC
business tune articles the tree read "Boeing ... has been overtaken by European plane
maker Airbus as the world's biggest-selling maker" and "Reuters beat profit forecasts" as
ASSAULT; session 63 noted "Toyota overtook Ford as ..." the same way. Between firms, over
a market, a sales figure or a forecast, such a verb ranks them: commercial rivalry, which
docs/judging.md codes as no event ("Commercial and personal acts are no event").

Rule ``events.sense.market_rivalry_not_force``: an ASSAULT, COERCE or THREATEN reading
of a verb of surpassing (WordNet: surpass, exceed, overtake, beat, outdo and what is under
them - outsell, outpace, trounce; ``data/events/market_rivalry.tsv``,
``market_rivalry_import.py``) is no event where

* what it ranks by is a market measure: its object, or the object of an "as", "in",
  "on", "for" or "by" phrase under it, holds a noun of what a firm has (sales, share,
  profit, revenue: ``lexicon/firm_nouns.tsv`` kind commercial), a noun of a firm or of a
  firm's description (carmaker, maker, giant: ``firm_nouns.tsv``, ``firm_heads.tsv``), a
  WordNet measure (forecast, estimate, expectation, market, ranking, rating) or a sum,
  share or number (the parse's MONEY, PERCENT, CARDINAL, QUANTITY entities);
* every party read (one at least) is a firm or an organisation: an actor of no type but
  organisation, or of a business sector, or a new person (a firm's name the actors stage
  took for a person's: "Ford"), never a country, a place, a KB person, nor an actor of a
  political or armed sector;
* no word of an armed actor is around it (the ``armed`` kind of ``sense.kinds_around``;
  a weapon's or a physical target's word is not read: a firm's trade names them, "plane
  maker Airbus", and the parties are no country, place or armed actor).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..actors.firm_head_import import KINDS as HEAD_KINDS
from ..actors.firm_import import KINDS as FIRM_KINDS
from ..datafiles import words_by_kind
from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame
from .sense import ARMED_SECTORS, POLITICAL_SECTORS, kinds_around

RIVALRY = "events/market_rivalry.tsv"
KINDS = ("surpass", "measure")
FORCE_TYPES = ("ASSAULT", "COERCE", "THREATEN")
# how a verb of surpassing names what it ranks by: "as the biggest carmaker", "in sales"
RANKING_PREPS = ("as", "in", "on", "for", "by")
OBJECTS = ("dobj", "obj", "attr", "oprd")
NUMBER_ENTITIES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
# sectors of a firm; the new person's id prefix (a name the actors stage could not type)
FIRM_SECTORS = ("BUS", "MNC")
NEW_PERSON = "new:person:"
# words of an armed actor around the verb ("troops", "militia"): a weapon or physical word
# is not read - a firm's trade names them ("plane maker Airbus", "arms group BAE")
ARMED_WORDS = ("armed",)


@cache
def rivalry_words() -> dict[str, frozenset[str]]:
    """kind -> words of ``events/market_rivalry.tsv``."""
    return words_by_kind(RIVALRY, KINDS)


@cache
def market_nouns() -> frozenset[str]:
    """Nouns a firm is ranked by or named with: what it has, a firm noun, a description's
    head, a WordNet measure."""
    firms = words_by_kind("lexicon/firm_nouns.tsv", FIRM_KINDS)
    heads = words_by_kind("lexicon/firm_heads.tsv", HEAD_KINDS)
    return frozenset().union(*firms.values(), *heads.values(), rivalry_words()["measure"])


def _market_word(token: Token) -> bool:
    if token.ent_type_ in NUMBER_ENTITIES:
        return True
    if token.pos_ != "NOUN":
        return False
    nouns = market_nouns()
    return token.lemma_.lower() in nouns or token.lower_ in nouns


def ranked_by_market(verb: Token) -> bool:
    """The verb's object or its as/in/on/for/by phrase holds a market measure."""
    phrases = args.children(verb, *OBJECTS) + args.prep_objects(verb, RANKING_PREPS)
    return any(_market_word(t) for phrase in phrases for t in phrase.subtree)


def _firm_like(actor_id: str, ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    if actor is None:
        return False
    if actor.sector in POLITICAL_SECTORS or actor.sector in ARMED_SECTORS:
        return False
    if actor.type == "organization" or actor.sector in FIRM_SECTORS:
        return True
    return actor.type == "person" and actor_id.startswith(NEW_PERSON)


@rule(
    "events.sense.market_rivalry_not_force",
    order=7,
    doc="'Toyota overtook Ford as the world's biggest carmaker', 'Reuters beat profit "
    "forecasts': an ASSAULT, COERCE or THREATEN reading of a WordNet verb of surpassing "
    "(overtake, beat, outsell; events/market_rivalry.tsv) whose object or as/in/on/for/by "
    "phrase holds a market measure (sales, share, a firm noun, forecast, market, a sum or "
    "number), every party read a firm or organisation (no country, KB person, political or "
    "armed actor), no armed actor's word around, is commercial rivalry: no event",
)
def market_rivalry_not_force(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in FORCE_TYPES:
        return frame
    if tok.lemma_.lower() not in rivalry_words()["surpass"]:
        return frame
    parties = [*frame.source, *frame.target]
    if not parties or not all(_firm_like(a, ctx) for a in parties):
        return frame
    if not ranked_by_market(tok) or kinds_around(frame, tok, ARMED_WORDS):
        return frame
    return None
