"""Goods sent to a party are aid: a verb of sending by its WordNet class, goods by any sense.

Rule ``events.trigger.sent_goods``: "Japan sent 200 tonnes of rice to North Korea", "China
shipped 500,000 doses of its vaccine to Zimbabwe", "Germany delivered a second air defence
system to Ukraine", "Norway flew tents and blankets to Nepal". The CAMEO dictionary codes a
verb of sending as aid only for the objects its patterns name; other goods were no event,
or a traveller's visit ("flew ... to Nepal": CAMEO 036). Here a verb with a sense of sending
things somewhere (``data/events/sending_verbs.txt``: WordNet 3.0 send.v.02, transport.v.04
(ship) and fly.v.04 (transport by aeroplane) with the words below them, and the words of
deliver.v.02 and send.v.06, within a verb's first four senses) whose object is goods, sent
by a named party to another party, provides aid (PLOVER AID; CAMEO 072 where the goods are
weapons, else 070).

Goods: the object noun, or its "of" complement under a measure ("tonnes of rice", "doses of
vaccine"), is a noun with a WordNet sense among its first three that is an artifact, food,
substance, plant or possession, and whose most frequent sense is no person, group, words,
act, event or feeling (``data/events/goods_nouns.txt``: "medicine", "wheat", "tent",
"vaccine"; not "letter", "troops", "envoy", "message", "signal"); or an amount of money
(spaCy's MONEY entity). People, words and acts keep the readings their own rows give ("sent
troops to", "sent a letter to", "delivered a speech to"). A giver must be named (the
subject, or the "by" agent of a passive) and the receiver, a "to" object or a dative, must
name another party: on real news goods with no named giver are figures of speech ("a state
that delivered him the nomination").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .sense_nouns import _imported as sense_kinds

SENT_GOODS = declare(
    "events.trigger.sent_goods",
    "'sent 200 tonnes of rice to North Korea', 'shipped vaccine doses to Zimbabwe': a verb of "
    "sending (WordNet send.v.02, ship, fly.v.04, deliver.v.02) with goods as object (a noun "
    "with an artifact, food, substance, plant or possession sense; money), a named giver and "
    "another party it goes to provides aid (070; 072 for weapons), before a visit reading",
    order=29.3,
)
SENT_GOODS_ROW = "rule:sent_goods"
AID_TYPE = "AID"
AID_CODE = "070"
ARMS_CODE = "072"
# the readings a verb of sending has when a traveller goes somewhere ("flew to Nepal":
# 036 intent to meet, 04x a meeting or visit); goods sent make them wrong
TRAVEL_TYPES = ("CONSULT",)
TRAVEL_CODES = ("036",)


@lru_cache(maxsize=1)
def sending_verbs() -> frozenset[str]:
    """ "send", "ship", "deliver", "fly", "airlift", "dispatch" (data/events/sending_verbs.txt)."""
    return frozenset(word_list("events/sending_verbs.txt"))


@lru_cache(maxsize=1)
def goods_nouns() -> frozenset[str]:
    """ "rice", "medicine", "tent", "vaccine", "fuel" (data/events/goods_nouns.txt)."""
    return frozenset(word_list("events/goods_nouns.txt"))


def _goods_word(noun: Token) -> bool:
    return noun.ent_type_ == "MONEY" or noun.lemma_.lower() in goods_nouns()


def contents(noun: Token) -> list[Token]:
    """What the noun measures or holds: its "of" complement ("tonnes of rice"), and what a
    participle on it carries ("a C-130 loaded with water", "a ship carrying fuel")."""
    found = args.prep_objects(noun, ["of"])
    for participle in args.children(noun, "acl"):
        found += args.prep_objects(participle, ["with"]) + args.children(participle, "dobj")
    return [c for o in found for c in args.conjuncts(o)]


def goods(noun: Token) -> bool:
    """The noun, or what it measures or holds ("tonnes of rice", "a plane loaded with
    tents"), is goods."""
    if _goods_word(noun):
        return True
    return any(_goods_word(o) for o in contents(noun))


def _armed() -> frozenset[str]:
    """WordNet's nouns of armed bodies and military vehicles ("warship", "tank", "unit":
    data/events/sense_nouns.tsv)."""
    return sense_kinds()["armed"]


def _weapons(noun: Token) -> bool:
    """The goods are weapons ("missiles", "rifles", "ammunition")."""
    return any(w.lemma_.lower() in sense_kinds()["weapon"] for w in (noun, *contents(noun)))


def receivers(verb: Token) -> list[Token]:
    """The "to" objects of the verb or of its object, and its dative."""
    found = args.prep_objects(verb, ["to"]) + args.children(verb, "dative", "iobj")
    for sent in args.children(verb, "dobj", "obj"):  # the parse may hang "to X" there,
        found += args.prep_objects(sent, ["to"])  # or on its participle ("loaded with")
        for participle in args.children(sent, "acl"):
            found += args.prep_objects(participle, ["to"])
    return found


def _givers(verb: Token, actors: ActorLayer) -> list[str]:
    heads = args.children(verb, "nsubj") + args.prep_objects(verb, ["by"])
    return [a for h in heads if not args.is_pronoun(h) for a in args.phrase_actors(h, actors)]


def sent_goods_rows(
    verb: Token,
    rows: list[TriggerEntry],
    actors: ActorLayer | None,
    noun_type: Callable[[Token], str | None],
) -> list[TriggerEntry]:
    """``rows`` for a verb of sending with goods sent by a named party to another: less
    a traveller's readings ("flew ... to Nepal": 036), with an aid row first where no other
    event row fits. ``noun_type``: an event noun's PLOVER type ("relief supplies": AID)."""
    if actors is None or verb.lemma_.lower() not in sending_verbs():
        return rows
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    deps = ("dobj", "obj", "nsubjpass") if passive else ("dobj", "obj")
    objects = [o for d in args.children(verb, *deps) for o in args.conjuncts(d)]
    aid = [w for o in objects for w in (o, *contents(o)) if noun_type(w) == AID_TYPE]
    if not objects or not (aid or any(goods(o) for o in objects)):
        return rows
    if any(o.lemma_.lower() in _armed() for o in objects):
        return rows  # "sent warships to the Gulf": forces deployed, not goods given
    givers = _givers(verb, actors)
    if not givers:
        return rows  # no giver named: "a state that delivered him the nomination"
    received = [a for r in receivers(verb) for a in args.phrase_actors(r, actors)]
    if not [a for a in received if a not in givers]:
        return rows
    kept = [r for r in rows if not _travel(r)]
    if any(r.role != "light" for r in kept):
        return kept
    code = ARMS_CODE if any(_weapons(o) for o in objects) else AID_CODE
    row = TriggerEntry(verb.lemma_.lower(), "V", "event", code, (), AID_TYPE, SENT_GOODS_ROW)
    return [row, *kept]


def _travel(row: TriggerEntry) -> bool:
    return row.type in TRAVEL_TYPES or (row.cameo or "") in TRAVEL_CODES
