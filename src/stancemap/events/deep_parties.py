"""Targets the verb's own arguments miss because the parser hung them one level too deep.

Each rule only fills an empty target (``parts.fill_empty_target``), from one shape of the
parse; the words live in ``data/events/deep_parties.tsv``:

* ``medium_partner``: "spoke by telephone with X": the parser hangs "with X" on the
  channel ("telephone"), not on the verb; a channel noun is a call medium
  (``call_media.txt``) or a WordNet medium.n.01 noun (``medium_nouns.txt``), or is
  compounded with one ("video link").
* ``stacked_preposition``: "handed the suspect over to Turkey": the first word of a
  two-word preposition is parsed as a preposition of the verb with no object of its own,
  and the second hangs under it.
* ``between_parties``: "offered to mediate between X and Y": the parties an act's doer
  stands between, when none of them is its doer ("A and B signed a pact between the two
  countries" names no other party).
* ``deep_passive_agent`` (a source): "was threatened with sanctions by X": the parser
  hangs a passive's "by" agent on its object or "with" object.
* ``protested_act_doer``: "struck over the removal of subsidies by X's government", "a
  hunger strike in protest at his treatment by prison authorities": a protest is aimed
  at whoever did the act protested (its "by" agent), never at that act's patient.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import constants, words_by_kind
from ..rules import declare
from . import arguments as args
from .calls import call_media
from .cause_phrases import cause_nouns
from .parts import DocContext, Frame, Tuning, fill_empty_target
from .support_verbs import medium_nouns

MEDIUM_PARTNER = declare(
    "events.args.medium_partner",
    "'spoke by telephone with X', 'talked via video link with X': a 'with' phrase the parser "
    "hung on the channel of the act (a call medium or WordNet medium.n.01 noun after "
    "by/via/over/on/through) names the act's partner, its target when it has none",
    order=66.5,
)
STACKED_PREPOSITION = declare(
    "events.args.stacked_preposition",
    "'handed the suspect over to Turkey', 'sent them back to X': a two-word preposition "
    "parsed as a preposition or adverb of the verb with no object of its own and a second "
    "preposition (to, into, against, at, with) under it: that object is the act's target "
    "when it has none",
    order=66.6,
)
BETWEEN_PARTIES = declare(
    "events.args.between_parties",
    "'offered to mediate between X and Y', 'offered mediation between X and Y': the actors "
    "of a 'between'/'among' phrase on the predicate, its object or its infinitive are the "
    "targets of an act with a source and no target, unless one of them is a source (the "
    "phrase then restates the doers)",
    order=66.7,
)
PROTESTED_ACT_DOER = declare(
    "events.args.protested_act_doer",
    "'struck over the removal of subsidies by X's government', 'a hunger strike in protest "
    "at his treatment by prison authorities': a protest (PLOVER PROTEST) with no target is "
    "aimed at the 'by' agent of the act noun its over/against/at/about phrase (or its "
    "'in protest' phrase) names, never at that act's patient",
    order=66.8,
)
DEEP_PASSIVE_AGENT = declare(
    "events.args.deep_passive_agent",
    "'was threatened with sanctions by X', 'was given a credit line by X': a passive verb "
    "with no 'by' agent of its own, whose object or 'with' object the parser gave the 'by' "
    "phrase, has that phrase's actor as its source when it has none (never its patient)",
    order=66.9,
)
KINDS = ("medium_prep", "stacked_head", "stacked_prep", "between_prep", "protested_prep")
PROTEST = "PROTEST"
# on the verb, "of" names what the act is of ("a strike of dockworkers"), not the act protested
_VERB_PROTESTED_PREPS = ("over", "against", "at", "about")


@lru_cache(maxsize=1)
def deep_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/deep_parties.tsv``."""
    return words_by_kind("events/deep_parties.tsv", KINDS)


def _heads(frame: Frame) -> list[Token]:
    """The predicate's tokens and, for a noun a support verb carries, that verb."""
    heads = list(frame.tokens)
    if frame.nominal and frame.head.head.i != frame.head.i:
        heads.append(frame.head.head)
    return heads


def _others(tokens: list[Token], frame: Frame, ctx: DocContext) -> list[str]:
    """The actors of the first phrase among ``tokens`` that names one not a source."""
    for tok in tokens:
        found = [a for a in args.phrase_actors(tok, ctx.actors) if a not in frame.source]
        if found:
            return found
    return []


def _medium(noun: Token) -> bool:
    media = call_media() | medium_nouns()
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.lemma_.lower() in media:  # "by telephone", "over the phone"
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in media for c in noun.children)


def medium_partner(frame: Frame, ctx: DocContext) -> list[str]:
    preps = sorted(deep_words()["medium_prep"])
    partners = [
        w
        for head in _heads(frame)
        for channel in args.prep_objects(head, preps)
        if _medium(channel)
        for w in args.prep_objects(channel, ["with"])
    ]
    found = _others(partners, frame, ctx)
    press = frozenset(constants("events")["press_and_public_sectors"])
    if all(_sector(a, ctx) in press for a in found):
        return []  # "spoke by phone with reporters": no partner, a statement
    return found


def _sector(actor_id: str, ctx: DocContext) -> str:
    actor = ctx.actors.actor(actor_id)
    return (actor.sector or "") if actor is not None else ""


def _objectless(word: Token) -> bool:
    return not args.children(word, "pobj", "pcomp", "dobj")


def stacked_preposition(frame: Frame, ctx: DocContext) -> list[str]:
    words = deep_words()
    inner = sorted(words["stacked_prep"])
    found = [
        obj
        for head in _heads(frame)
        for first in args.children(head, "prep", "prt", "advmod")
        if first.lower_ in words["stacked_head"] and _objectless(first)
        for obj in args.prep_objects(first, inner)
    ]
    return _others(found, frame, ctx)


def between_parties(frame: Frame, ctx: DocContext) -> list[str]:
    if not frame.source:
        return []
    preps = sorted(deep_words()["between_prep"])
    owners = _heads(frame)
    owners += [c for h in list(owners) for c in args.children(h, "dobj", "obj", "xcomp")]
    named: list[str] = []
    for owner in owners:
        for party in args.prep_objects(owner, preps):
            named += args.phrase_actors(party, ctx.actors)
    if not named or any(a in frame.source for a in named):
        return []  # "A and B signed a pact between the two countries": the doers again
    return list(dict.fromkeys(named))


def _act_doers(noun: Token) -> list[Token]:
    """The "by" agents of an act noun, also where the parser hung "by" on its "of"
    object ("the removal of subsidies by X")."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return []
    doers = args.prep_objects(noun, ["by"])
    for patient in args.prep_objects(noun, ["of"]):
        doers += args.prep_objects(patient, ["by"])
    return doers


def protested_act_doer(frame: Frame, ctx: DocContext) -> list[str]:
    if frame.type != PROTEST:
        return []
    acts = [a for head in _heads(frame) for a in args.prep_objects(head, _VERB_PROTESTED_PREPS)]
    preps = sorted(deep_words()["protested_prep"])
    acts += [a for noun in cause_nouns(frame) for a in args.prep_objects(noun, preps)]
    return _others([d for act in acts for d in _act_doers(act)], frame, ctx)


def deep_passive_agent(frame: Frame, ctx: DocContext) -> list[str]:
    if frame.nominal:
        return []
    verb = frame.head
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    if args.prep_objects(verb, ["by"]):
        return []  # the verb's own agent: the roles' passive_agent reads it
    things = args.children(verb, "dobj", "obj") + args.prep_objects(verb, ["with"])
    agents = [
        b for thing in things if thing.pos_ == "NOUN" for b in args.prep_objects(thing, ["by"])
    ]
    for agent in agents:
        found = [a for a in args.phrase_actors(agent, ctx.actors) if a not in frame.target]
        if found:
            return found
    return []


def aim_deeper(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty source from a passive's agent hung on its object, then an empty
    target from the first of the four shapes that names one."""
    if not frame.source and tuning.on(DEEP_PASSIVE_AGENT):
        frame.source = deep_passive_agent(frame, ctx)
    frame = fill_empty_target(frame, ctx, tuning, MEDIUM_PARTNER, medium_partner)
    frame = fill_empty_target(frame, ctx, tuning, STACKED_PREPOSITION, stacked_preposition)
    frame = fill_empty_target(frame, ctx, tuning, BETWEEN_PARTIES, between_parties)
    return fill_empty_target(frame, ctx, tuning, PROTESTED_ACT_DOER, protested_act_doer)
