"""Commerce, entertainment and technology read as force or aid: a made thing is no party
(session 67, engineer AP, issue 12 "sense from arguments").

Brief: the BBC technology and entertainment stories that touch public life
(``events_check_s67bbc``: 48 readings, 34 no event). On the matching tune articles the
coder read "shooting on the film was postponed", "US films shot in the UK" as ASSAULT,
"deploying EV-DO technology" as MOBILIZE, "offers 15 editions", "will offer data speeds"
as AGREE, "no matter who supplies the devices" as AID. Each verb has a force or a giving
sense, but what it acts on is a made thing - a work, a product, a technology - not an
armed actor, a weapon, a physical target or a party. What a slot holds is read from the
parse and WordNet, never from a list of words:

- a *made thing* is a common noun naming no actor, no weapon, armed body, building or
  vehicle (the sense kinds ``weapon``, ``armed``, ``physical`` of ``sense.tsv`` and
  ``sense_nouns.tsv``), whose most frequent WordNet sense lies under creation.n.02,
  commodity.n.01, software or technology (``data/events/made_thing_nouns.txt``, written by
  ``events.made_things_import``), or a name the tagger reads as a work or a product
  (WORK_OF_ART, PRODUCT) that no actor reads. Not any artifact ("bomb the nuclear
  facilities", "granted asylum": a facility, an asylum are WordNet artifacts) and never
  words (noun.communication: "issued a threat", "planning a protest" are a party's).

- ``events.sense.made_thing_struck``: an ASSAULT or THREATEN reading (verb or noun) whose
  struck things (object, passive subject, the noun a passive participle modifies, a
  noun's on/of phrase, against/at phrase) are all made things, with no armed actor among its
  parties and no weapon, armed body or physical target around, is no event: "shooting on
  the film", "films shot in the UK". "Troops shot the driver", "bombed the embassy",
  "attacked the convoy" keep.
- ``events.sense.unarmed_mobilization``: a MOBILIZE reading (CAMEO 15: a show of military,
  police or cyber force) with no armed actor among its parties, no weapon, armed body or
  physical thing around, whose deployed things (object, passive subject) are all made
  things or abstract (no person or group), is no event: "deploying EV-DO technology".
  "deployed 5,000 troops", "put its forces on alert" keep.
- ``events.sense.product_supply``: an AGREE or AID reading on a verb whose most frequent
  WordNet sense is of giving (verb.possession: offer, supply, provide, sell) with no
  recipient (no dative, no to/for/with phrase naming one: ``thing_complements.names_no_one``),
  no infinitive or clause, whose direct object is a made thing or a measure (first sense
  noun.attribute, noun.time: "data speeds") and whose coordinated objects hold no act,
  wealth, food, person or weapon, sells or describes a product: no event. "offered aid", "supplied
  weapons", "offered talks", "provided $5m", "supplied food" keep.

Session 68 (engineer PA): the made-thing list held no devices ("no matter who supplies the
devices" was read AID on the tune twin of ``events_check_s67bbc``).

- ``events.sense.device_made_thing`` (off): the tests of ``unarmed_mobilization`` and
  ``product_supply``, with devices and equipment as made things too
  (``data/events/device_nouns.txt``, WordNet device.n.01 and equipment.n.01 with the same
  exclusions: no weapon, bomb, vehicle or building). It runs after ``product_supply``
  (order 32.51), so a reading those rules keep is read again with devices. Not the force
  test of ``made_thing_struck``: on the tune files "to defeat the scourge of terrorism" was
  a device struck (WordNet's first scourge is a whip).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .lexnames import lexnames, noun_lexnames
from .parts import DocContext, Frame
from .sense import armed_side, kinds_around, sense_words
from .sense_nouns import wordnet_words
from .spoken_attacks import armed_around
from .thing_complements import names_no_one

MADE_THING_STRUCK = "events.sense.made_thing_struck"
UNARMED_MOBILIZATION = "events.sense.unarmed_mobilization"
PRODUCT_SUPPLY = "events.sense.product_supply"
DEVICE_MADE_THING = "events.sense.device_made_thing"

PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")
# entity labels of a made thing with a name: a film, a book, a phone
WORK_LABELS = ("WORK_OF_ART", "PRODUCT")
STRUCK_KINDS = ("weapon", "armed", "physical")
# a measure offered ("data speeds", "the quality")
MEASURE_FILES = frozenset(("noun.attribute", "noun.time"))
# a coordinated object of these keeps a giving act: aid, wealth, food, people
GIVEN_FILES = frozenset(
    ("noun.act", "noun.possession", "noun.food", "noun.person", "noun.substance")
)
GIVING = "verb.possession"
TIME = "noun.time"
STRUCK_PREPS = ("on", "of", "against", "at")
RECIPIENT_PREPS = ("to", "for", "with")


@lru_cache(maxsize=1)
def made_nouns() -> frozenset[str]:
    """``data/events/made_thing_nouns.txt`` (``events.made_things_import``)."""
    return word_list("events/made_thing_nouns.txt")


def _kind_words() -> frozenset[str]:
    words = sense_words()
    out = set().union(*(words[k] for k in STRUCK_KINDS))
    wordnet = wordnet_words()
    if wordnet:
        out |= set().union(*(wordnet[k] for k in STRUCK_KINDS))
    return frozenset(out)


def _common(noun: Token, ctx: DocContext) -> bool:
    """A common noun naming no actor, no weapon, armed body or physical thing."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in PARTY_LABELS:
        return False
    if ctx.actors.actor_at(noun.idx, noun.idx + len(noun.text)) is not None:
        return False
    kinds = _kind_words()
    return noun.lemma_.lower() not in kinds and noun.lower_ not in kinds


@lru_cache(maxsize=1)
def device_nouns() -> frozenset[str]:
    """``data/events/device_nouns.txt`` (``events.made_things_import``, session 68 PA)."""
    return word_list("events/device_nouns.txt")


def made_thing(
    noun: Token, ctx: DocContext, files: frozenset[str] = frozenset(), devices: bool = False
) -> bool:
    """A made thing: WordNet's creations, goods, software and technology, or a noun whose
    most frequent sense is in ``files``; no actor, weapon, armed body or physical thing; or a
    name the tagger reads as a work or a product that no actor of the layer reads ("The
    Libertine")."""
    if noun.ent_type_ in WORK_LABELS:
        return ctx.actors.actor_at(noun.idx, noun.idx + len(noun.text)) is None
    if not _common(noun, ctx):
        return False
    lemma = noun.lemma_.lower()
    if devices and lemma in device_nouns():
        return True  # events.sense.device_made_thing (session 68 PA, off)
    return lemma in made_nouns() or noun_lexnames().get(lemma) in files


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return tokens + [c for t in tokens for c in args.children(t, "conj")]


def _struck(tok: Token) -> list[Token]:
    """What a force word strikes: its objects and passive subject, the noun a passive
    participle modifies, its on/of/against/at phrases (a date is none)."""
    out = args.children(tok, "dobj", "obj", "nsubjpass")
    # "US films shot in the UK" (the tagger may read the participle as a past tense)
    participle = tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "amod")
    if participle and tok.head.pos_ == "NOUN" and not args.children(tok, "nsubj"):
        out.append(tok.head)
    preps = STRUCK_PREPS if tok.pos_ == "NOUN" else ("on", "against", "at")
    out += [o for o in args.prep_objects(tok, preps) if o.ent_type_ not in ("DATE", "TIME")]
    # a time is when, not what is struck ("on period drama" parsed as two nouns)
    return [o for o in _with_conjuncts(out) if noun_lexnames().get(o.lemma_.lower()) != TIME]


@rule(
    MADE_THING_STRUCK,
    order=16.2,
    doc="'shooting on the film was postponed', 'US films shot in the UK': an ASSAULT or "
    "THREATEN reading whose struck things (object, passive subject, a participle's noun, a "
    "noun's on/of phrase) are all made things - WordNet creations, goods, software, "
    "technology, works (made_thing_nouns.txt), no weapon, armed body, "
    "building or vehicle, no actor - with nothing armed around: no event",
)
def made_thing_struck(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return _struck_made(frame, tok, ctx, devices=False)


def _struck_made(frame: Frame, tok: Token, ctx: DocContext, devices: bool) -> Frame | None:
    if frame.type not in ("ASSAULT", "THREATEN"):
        return frame
    struck = _struck(tok)
    if not struck or not all(made_thing(s, ctx, devices=devices) for s in struck):
        return frame
    if armed_side(frame, ctx):
        return frame
    if kinds_around(frame, tok, STRUCK_KINDS) or armed_around(frame, tok):
        return frame
    ctx.sense_vetoes.append(tok.i)  # no event here: no other reading in its place
    return None


@rule(
    UNARMED_MOBILIZATION,
    order=16.3,
    doc="'deploying EV-DO technology to meet customer demand': a MOBILIZE reading (a show of "
    "military, police or cyber force) with no armed actor among its parties, no weapon, "
    "armed body or physical thing around, whose deployed things (object, passive subject) "
    "are all made things, works or abstract (no person or group), is no event",
)
def unarmed_mobilization(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return _unarmed_moved(frame, tok, ctx, devices=False)


def _unarmed_moved(frame: Frame, tok: Token, ctx: DocContext, devices: bool) -> Frame | None:
    if frame.type != "MOBILIZE":
        return frame
    moved = _with_conjuncts(args.children(tok, "dobj", "obj", "nsubjpass"))
    if not moved:
        return frame
    for noun in moved:
        if not _common(noun, ctx):
            return frame
        if devices and noun.lemma_.lower() in device_nouns():
            continue  # a device deployed ("deploying new handsets"), session 68 PA
        if noun_lexnames().get(noun.lemma_.lower()) in ("noun.person", "noun.group", None):
            return frame  # people deployed, or a noun WordNet lacks: unsure
    if armed_side(frame, ctx):
        return frame
    if kinds_around(frame, tok, STRUCK_KINDS) or armed_around(frame, tok):
        return frame
    ctx.sense_vetoes.append(tok.i)  # no event here: "to meet customer demand" is no act
    return None


@rule(
    PRODUCT_SUPPLY,
    order=32.5,
    doc="'it offers 15 editions of the service', 'will offer data speeds of 3.6Mbps', 'no "
    "matter who supplies the devices': an AGREE or AID reading on a verb whose first WordNet "
    "sense is of giving (offer, supply, provide) with no recipient and no clause, "
    "whose object is a made thing (made_thing_nouns.txt) or a measure, no aid, words, wealth, food or people beside it, sells a "
    "product: no event",
)
def product_supply(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return _supplied_made(frame, tok, ctx, devices=False)


def _supplied_made(frame: Frame, tok: Token, ctx: DocContext, devices: bool) -> Frame | None:
    # a target the argument rules read elsewhere than in a recipient slot (an owner, a
    # pronoun's antecedent) is not what decides: the slots are read below
    if frame.type not in ("AGREE", "AID") or frame.nominal:
        return frame
    if tok.pos_ not in ("VERB", "AUX") or lexnames().get((tok.lemma_.lower(), "V")) != GIVING:
        return frame
    objects = args.children(tok, "dobj", "obj")
    if not objects or args.children(tok, "xcomp", "ccomp", "dative"):
        return frame
    if any(not names_no_one(r, ctx) for r in args.prep_objects(tok, RECIPIENT_PREPS)):
        return frame  # "supplied it to the rebels", "donating a mine to the state"
    head = objects[0]
    if not made_thing(head, ctx, MEASURE_FILES, devices=devices):
        return frame
    for noun in _with_conjuncts(objects)[1:]:
        if not _common(noun, ctx) or noun_lexnames().get(noun.lemma_.lower()) in GIVEN_FILES:
            return frame
    if armed_side(frame, ctx) or kinds_around(frame, tok, STRUCK_KINDS):
        return frame
    ctx.sense_vetoes.append(tok.i)
    return None


@rule(
    DEVICE_MADE_THING,
    order=32.51,
    doc="'no matter who supplies the devices', 'deploying new handsets': devices and equipment "
    "(WordNet device.n.01, equipment.n.01: phone, computer, receiver; no weapon, bomb, "
    "vehicle or building: device_nouns.txt) are made things too for unarmed_mobilization's "
    "and product_supply's tests (MOBILIZE moved, AGREE/AID supplied): no event",
)
def device_made_thing(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    # not the force test: a device struck may be an instrument of force itself ("defeat
    # the scourge": WordNet's first scourge is a whip, a device)
    for test in (_unarmed_moved, _supplied_made):
        if test(frame, tok, ctx, devices=True) is None:
            return None
    return frame
