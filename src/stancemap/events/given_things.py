"""What is given is no party: the arguments of verbs of giving, offering and sending (issue 12).

A verb of giving has three arguments: the giver (its subject), the thing given (its
direct object) and the one who receives it (a dative, a "to" phrase). The one the act
is aimed at, the event's target, is the receiver - never the thing. Session 31 found
"he offers both sexes what they want most - a change in direction from the policies of
Presidents Obama and Bush" read as an AGREE of Trump with Obama: the receiver ("both
sexes") named no one, so the generic target search went on into the thing offered and
took a name deep inside it.

- ``events.args.recipient_over_theme``: where a verb of giving names its receiver (a
  dative, a "to" object; a passive's subject when the verb keeps its own object: "Kasich
  was offered the second spot"), the target is read from the receiver and from the
  verb's other prepositions, never from the thing given; a named actor sent comes after
  them ("sent Kerry to Moscow": Moscow; "returned Ukrainian prisoners to the border": the
  border is nobody, so the prisoners).
- ``events.args.offered_thing_no_party``: with no receiver named, the thing given is no
  party either ("the radical change offered by Trump", "Trump offered a change from
  Obama's policies", "a deal was offered by X"): an event whose only candidate target is
  the thing has no target. A thing that is itself an event with its own party keeps that
  party ("offered support for Haddad", "offered talks with Russia": the noun's own
  target), the one whose thing it is receives it ("granted Haddad's request"), a clause
  given ("offers voters what they want") has no party in its subject, and an object that is itself a named actor is left to the other rules (it is
  no thing: "sent Haddad", a misparsed receiver).

Verbs of giving (``data/events/giving_verbs.txt``): one of a verb's two most frequent
WordNet 3.0 senses lies under give.v.01/give.v.03 (cause to have, transfer possession),
offer.v.01/.02/.05, extend.v.04, provide.v.01 (supply), hand.v.01, send.v.02/.03/.06 or
promise.v.02, and that sense lists a frame of giving ("Somebody ----s somebody
something", "Somebody ----s something to somebody", "Somebody ----s something PP"):
give, offer, grant, award, send, hand, lend, pay, provide, promise, ...

    python -m stancemap.events.given_things [/usr/share/wordnet]   # rewrites the verb list
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import data_path, word_list
from ..rules import declare
from . import arguments as args

RECIPIENT_OVER_THEME = declare(
    "events.args.recipient_over_theme",
    "'offers voters a change from Obama's policies', 'offered a deal to X': a verb of giving, "
    "offering or sending (WordNet give/offer/send/provide with a frame of giving: "
    "data/events/giving_verbs.txt) that names its receiver (a dative, a 'to' object, a "
    "passive subject with an object of its own) takes its target from the receiver and its "
    "other prepositions, never from the thing given",
    order=45.2,
)
OFFERED_THING_NO_PARTY = declare(
    "events.args.offered_thing_no_party",
    "'the radical change offered by X', 'X offered a change from Y's policies', 'the deal "
    "was offered by X': the thing a verb of giving gives is no party of its event (an event "
    "whose only target is the thing has none); an event noun keeps its own party ('offered "
    "support for Y'), an object that is itself a named actor is left alone",
    order=45.3,
)

GIVING_FILE = "events/giving_verbs.txt"
# WordNet 3.0 verb offsets: give.v.01 (cause to have), give.v.03 (transfer possession),
# offer.v.01 (make available), offer.v.02 (proffer), offer.v.05 (extend: offer
# verbally), extend.v.04 (make available), provide.v.01 (supply), hand.v.01, send.v.02
# (have taken to another place), send.v.03 (mail), send.v.06 (transfer), promise.v.02
# (promise to give)
ROOTS = (
    "02316886",
    "02199608",
    "02296744",
    "02297160",
    "02297760",
    "02297966",
    "02327218",
    "02230790",
    "01437272",
    "01031274",
    "01062573",
    "00884335",
)
# WordNet's generic frames of giving: 14 "Somebody ----s somebody something", 15
# "Somebody ----s something to somebody", 21 "Somebody ----s something PP"
GIVING_FRAMES = frozenset({14, 15, 21})
RECEIVER_PREPS = ("to",)
# the prepositions an event noun names its own party with ("support for X", "talks with X")
THING_PARTY_PREPS = ("for", "to", "with", "against")


@lru_cache(maxsize=1)
def giving_verbs() -> frozenset[str]:
    """ "give", "offer", "send", "grant", "provide", ... (data/events/giving_verbs.txt)."""
    return word_list(GIVING_FILE)


def is_giving_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in giving_verbs()


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def object_receiver(verb: Token) -> Token | None:
    """A direct object that is the receiver: the first of two ("offers both sexes ... a
    change", the parser's double object), or the one before a clause given ("offered the
    voters what they want")."""
    direct = args.children(verb, "dobj", "obj")
    if len(direct) >= 2:
        return direct[0]
    if direct and any(free_relative(c) and c.i > direct[0].i for c in args.children(verb, "ccomp")):
        return direct[0]
    return None


def receivers(verb: Token) -> list[Token]:
    """The receiver phrases of a verb of giving: a dative noun ("offered Kasich the
    spot"), the object of a dative or "to" preposition ("offered a deal to Kasich"), a
    direct object that receives (``object_receiver``), and a passive subject where the
    verb keeps an object of its own ("Kasich was offered the spot")."""
    found = [c for c in args.children(verb, "dative") if c.pos_ != "ADP"]
    found += args.prep_objects(verb, RECEIVER_PREPS)
    first = object_receiver(verb)
    found += [first] if first is not None else []
    if _passive(verb) and args.children(verb, "dobj", "obj"):
        found += args.children(verb, "nsubjpass")
    return [t for head in found for t in args.conjuncts(head)]


def things(verb: Token, objects: list[Token]) -> list[Token]:
    """Which of ``objects`` (the matcher's objects: direct objects, a passive's subject)
    are the thing given: every direct object that is no receiver; a passive's subject
    only where the verb has no object of its own ("a deal was offered", not "Kasich was
    offered a spot")."""
    first = object_receiver(verb)
    receiving = {t.i for t in args.conjuncts(first)} if first is not None else set()
    own = {t.i for d in args.children(verb, "dobj", "obj") for t in args.conjuncts(d)} - receiving
    if _passive(verb) and not args.children(verb, "dobj", "obj"):
        return list(objects)
    return [o for o in objects if o.i in own]


def names_actor(token: Token, actors: ActorLayer) -> bool:
    """The phrase's own head is a named actor ("Haddad", "Russia"), not a thing that
    merely names one inside it ("a change from Haddad's policies")."""
    return bool(args.phrase_actors(token, actors, head_only=True)) and (
        actors.mention_at(token.idx, token.idx + len(token)) is not None
    )


def participle_thing(verb: Token) -> bool:
    """ "the radical change offered by Trump": a giving participle on a noun with no
    object of its own - the noun is what is given (with an object, "Kasich, offered
    the spot", the noun receives)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not args.children(verb, "dobj", "obj")


def free_relative(clause: Token) -> bool:
    """ "offers voters what they want most": a clause opened by "what"/"whatever" in an
    argument place names a thing (the thing given), not a party acting in it."""
    return any(
        c.tag_ in ("WP", "WDT") and c.lower_ in ("what", "whatever") and c.i < clause.i
        for c in clause.children
    )


def thing_parties(
    things_given: list[Token],
    event_noun: Callable[[Token], bool],
    noun_targets: Callable[[Token], list[str]],
) -> list[str]:
    """The parties an event noun given names itself ("offered support for Haddad")."""
    for thing in things_given:
        if event_noun(thing) and args.prep_objects(thing, THING_PARTY_PREPS):
            found = noun_targets(thing)
            if found:
                return found
    return []


def import_verbs(root: Path) -> list[str]:
    """One-word verbs one of whose two most frequent senses lies under ``ROOTS`` and lists
    a frame of giving for that word."""
    from ..wordnet_files import senses, synsets, under, verb_frames, verb_records

    below = under(synsets(root / "data.verb"), set(ROOTS))
    records = verb_records(root / "data.verb")
    out = []
    for lemma, offsets in senses(root / "index.verb").items():
        if not lemma.isalpha():
            continue
        if any(
            o in below and verb_frames(records[o]).get(lemma, set()) & GIVING_FRAMES
            for o in offsets[:2]
        ):
            out.append(lemma)
    return sorted(out)


def main(argv: list[str]) -> None:
    from ..wordnet_files import WORDNET, write_word_list

    root = Path(argv[0]) if argv else WORDNET
    header = [
        "Verbs of giving, offering and sending: one of the two most frequent WordNet 3.0",
        "senses lies under give.v.01, give.v.03, offer.v.01/.02/.05, extend.v.04,",
        "provide.v.01, hand.v.01, send.v.02/.03/.06 or promise.v.02 and lists a frame of",
        "giving (14, 15 or 21) for the word (rules events.args.recipient_over_theme,",
        "events.args.offered_thing_no_party). Imported from Princeton WordNet 3.0 (Debian",
        "wordnet-base) by `python -m stancemap.events.given_things`: do not edit by hand.",
        "WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence",
        "(data/events/README.md).",
    ]
    write_word_list(data_path(GIVING_FILE), [f"# {h}" for h in header], import_verbs(root))


if __name__ == "__main__":
    main(sys.argv[1:])
