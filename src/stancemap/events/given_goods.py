"""Goods handed to someone are aid, when no row of the lexicon reads the verb.

Rule ``events.trigger.given_goods``: "Turkey sent two planeloads of food and medicine to
Somalia", "Germany delivered a second air defence system to Ukraine". The CAMEO
dictionary codes a verb of giving as aid (CAMEO 07) only for the objects its patterns
name ("deliver" + food, "send" + arms); any other thing handed to another party was no
event. A verb of giving or sending (``aimed_at.tsv`` transfer_verb) that the lexicon
itself codes as aid with some object (a CAMEO 07 row) provides aid where its object, or
that object's "of" complement ("planeloads of food"), is goods (a WordNet noun whose
most frequent sense is an artifact, food, a possession or a substance:
``data/events/goods_nouns.txt``, imported by ``events.wordnet_import``) and its "to"
object or dative names an actor, and its subject names the giver (on real news, goods
with no named giver were figures of speech: "a constituency that delivered Republicans
the White House", "has been sending him options"). The code is then refined by what is given (072 arms,
073 food and relief, 071 money). Words and messages ("sent a letter to"), people ("sent
envoys to") and acts ("paid a visit to") are no goods; a verb with a row that fits, or
an event noun as object, keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .aimed_at import aimed_words
from .lexicon import Lexicon, TriggerEntry

GIVEN_GOODS = declare(
    "events.trigger.given_goods",
    "'sent two planeloads of food to Somalia', 'delivered an air defence system to Ukraine': "
    "a verb of giving the lexicon codes as aid for some objects, with goods as object (a "
    "WordNet artifact, food, possession or substance), a named giver and an actor it goes "
    "to, provides aid (CAMEO 07) where no row of its own fits",
    order=29,
)
GOODS_NOT_VISITORS = declare(
    "events.trigger.goods_not_visitors",
    "'relief supplies sent by Jordan arrived in Syria': a verb of arriving read as a visit "
    "(CAMEO 042/043) whose subject is goods or an aid noun is no visit; the aid noun carries "
    "the event",
    order=29.2,
)
GOODS_SECOND_SENSE = declare(
    "events.trigger.goods_second_sense",
    "'sent 5,000 tonnes of wheat to Afghanistan': for events.trigger.given_goods, a noun "
    "whose second WordNet sense is goods (wheat: a grass, then its grain) and whose first "
    "is no act, message, event, group or person is goods too "
    "(data/events/goods_second_nouns.txt)",
    order=28.9,
)
GOODS_ARRIVED_ROW = "rule:goods_not_visitors"
AID_FAMILY = "07"
AID_CODE = "070"
GIVEN_GOODS_ROW = "rule:given_goods"


@lru_cache(maxsize=1)
def goods_nouns() -> frozenset[str]:
    """ "tank", "fuel", "vaccine", "money" (data/events/goods_nouns.txt)."""
    return frozenset(word_list("events/goods_nouns.txt"))


@lru_cache(maxsize=1)
def goods_second_nouns() -> frozenset[str]:
    """ "wheat", "medicine", "gas" (data/events/goods_second_nouns.txt)."""
    return frozenset(word_list("events/goods_second_nouns.txt"))


def aid_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of giving or sending that some lexicon row codes as aid."""
    return frozenset(
        verb
        for verb in aimed_words()["transfer_verb"]
        if any((r.cameo or "").startswith(AID_FAMILY) for r in lexicon.candidates(verb, "V"))
    )


def _goods(noun: Token, second_sense: bool = False) -> bool:
    """The noun, or its "of" complement ("two planeloads of food"), names goods; with
    ``second_sense``, by its second WordNet sense too ("5,000 tonnes of wheat")."""
    words = {noun.lemma_.lower()} | {o.lemma_.lower() for o in args.prep_objects(noun, ["of"])}
    goods = goods_nouns() | goods_second_nouns() if second_sense else goods_nouns()
    return bool(words & goods)


def _recipients(verb: Token) -> list[Token]:
    """The "to" objects of the verb or of its object, and its dative."""
    found = args.prep_objects(verb, ["to"]) + args.children(verb, "dative", "iobj")
    for handed in args.children(verb, "dobj", "obj"):  # the parse may hang "to X" there
        found += args.prep_objects(handed, ["to"])
    return found


def goods_row(
    verb: Token,
    rows: list[TriggerEntry],
    aid: frozenset[str],
    actors: ActorLayer | None,
    second_sense: bool = False,
) -> TriggerEntry | None:
    """An aid row for a verb of giving (``aid``: ``aid_verbs``) with goods given to an
    actor, where no row but the support verb's ("send": light) fits; ``second_sense``:
    ``events.trigger.goods_second_sense``."""
    if actors is None or any(r.role != "light" for r in rows):
        return None
    if verb.lemma_.lower() not in aid:
        return None
    objects = [o for d in args.children(verb, "dobj", "obj") for o in args.conjuncts(d)]
    if not objects or not all(_goods(o, second_sense) for o in objects):
        return None
    subjects = {a for s in args.children(verb, "nsubj") for a in args.phrase_actors(s, actors)}
    if not subjects:
        return None  # no giver named: "a constituency that delivered them the White House"
    named = [a for r in _recipients(verb) for a in args.phrase_actors(r, actors)]
    if not [a for a in named if a not in subjects]:
        return None
    return TriggerEntry(verb.lemma_.lower(), "V", "event", AID_CODE, (), "AID", GIVEN_GOODS_ROW)


def goods_subject(verb: Token, noun_type: Callable[[Token], str | None]) -> bool:
    """The verb's subject is goods ("tents", "two planeloads of food"; a common noun, not
    "Sanders" or "I"), not an aid noun
    ("relief supplies": ``noun_type`` gives an event noun's PLOVER type), which carries
    the event itself."""
    return any(
        subject.pos_ == "NOUN"
        and not subject.ent_type_
        and _goods(subject)
        and noun_type(subject) is None
        for subject in args.children(verb, "nsubj")
    )


def _given(goods: Token) -> bool:
    """Goods with their giver: "sent by Jordan", "from Qatar"."""
    sent = any(c.dep_ == "acl" and args.prep_objects(c, ["by"]) for c in goods.children)
    return sent or bool(args.prep_objects(goods, ["from"]))


def aid_subject(verb: Token, noun_type: Callable[[Token], str | None]) -> bool:
    """The verb's subject is an aid noun ("relief supplies arrived")."""
    return any(noun_type(subject) == "AID" for subject in args.children(verb, "nsubj"))


def goods_arrived(verb: Token, rows: list[TriggerEntry]) -> list[TriggerEntry]:
    """The rows with no meeting in them (``events.trigger.goods_not_visitors``); goods that
    are no aid noun ("tents sent by Jordan arrived") arrive as aid."""
    kept = [r for r in rows if r.type != "CONSULT"]
    if any(r.type == "AID" for r in kept) or not any(
        _given(s) for s in args.children(verb, "nsubj")
    ):
        return kept  # "the first shipment of wheat arrived": no giver, maybe no aid
    row = TriggerEntry(verb.lemma_.lower(), "V", "event", AID_CODE, (), "AID", GOODS_ARRIVED_ROW)
    return [row, *kept]
