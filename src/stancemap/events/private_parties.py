"""A consultation or a visit needs a political actor: private people's meetings and travel.

PLOVER's CONSULT (CAMEO 04: meet, visit, host, talk) is an event between political
actors - states, governments, parties, officials, armed groups, organised interests. The
dictionary codes the verb whoever does it, so real news is full of private people's social
acts and travel read as consultations (session 30's census of the judged tune files: ~15
social verbs between private people, ~14 motion verbs read as visits). Two selectional
restrictions of the type, read from the actor kinds the actors stage resolves and from the
parse:

* ``events.sense.private_travel_no_visit``: a verb of motion (WordNet's most frequent
  sense in verb.motion) coded CONSULT whose mover is a private party and whose destination
  names no political actor - a territory ("families who came to the USA from Mexico"), an
  occasion no political actor holds ("came from Texas to an immigration rally"; "went to a
  Trump rally" stays: attending it is an act towards its holder), a private body or home
  ("people who come to Planned Parenthood", "letters arrived at the Khans' home") - is
  travel, migration or attendance, not a visit. A territory hosts a visit only for a
  visitor its state receives (a political mover: "Trump came to Mexico" stays), and a
  political actor as destination or partner keeps the visit ("a mother came to the
  governor's office").
* ``events.sense.kin_partner_no_consult``: a CONSULT verb whose partner is a relative
  (WordNet kin nouns, ``lexicon/kin_nouns.txt``; a noun with a kin sense under a possessor
  or a person noun with a kin modifier: "family members") and every side of it a private
  party ("he met his wife, Ana") is a family's life, not a political event; "Trump met with
  families of victims" stays (a political side), and so does a side the sentence leaves
  open (no source and no subject of its own: "meeting relatives of prisoners has an
  impact").

A party is *private* when the actors stage resolved it to a person, organisation or group
of a private sector (``events.private_sectors`` in ``data/constants.toml``: civilians,
business, labour, education, media, religion, ...), to a person or organisation that is
not in the KB and has no sector, or to a place; when it names no actor at all (a common
noun: "families", "victims", "letters"). A country, a political or armed sector, and a KB
actor whose role on the date is unknown are political (kept). A pronoun the actors stage
left open is unknown (kept).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors.lexicon import one_word_agent_sectors
from ..datafiles import constants, word_list
from ..records import is_agent_id, is_new_id
from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

PRIVATE_TRAVEL = "events.sense.private_travel_no_visit"
KIN_PARTNER = "events.sense.kin_partner_no_consult"
CONSULT_FAMILY = "04"
# the phrases that name where a verb of motion goes ("came to", "went into", "arrived at",
# "left for", "arrived in")
DESTINATION_PREPS = ("to", "into", "at", "for", "toward", "towards", "in", "inside")
# a "for" phrase is a destination only where it names a place ("left for Syria")
PURPOSE_PREPS = ("for",)
PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
# the phrases that name whom one meets on the way ("went to a meeting with the mayor")
PARTNER_PREPS = ("with", "between", "among")
# entity labels of a time, never a destination ("came in 2004", "arrived at noon")
TIME_LABELS = frozenset(("DATE", "TIME"))
RELATIVE = frozenset(("who", "whom", "that", "which"))


@lru_cache(maxsize=1)
def private_sectors() -> frozenset[str]:
    """Sectors of private parties (``events.private_sectors``, data/constants.toml)."""
    return frozenset(str(s) for s in constants("events")["private_sectors"])


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/kin_nouns.txt"))


@lru_cache(maxsize=1)
def _kin_sense_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/kin_sense_nouns.txt"))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/people_nouns.txt"))


def private_actor(actor_id: str, ctx: DocContext) -> bool:
    """The actor is a private party: a private sector, a person or organisation not in the
    KB with no sector, or a place (a place is no party)."""
    actor = ctx.actors.actor(actor_id)
    if actor is None:
        return False
    if actor.type == "country":
        return False
    if actor.type in ("location", "other"):
        return True
    if actor.sector:
        return actor.sector in private_sectors()
    # no sector: a new person or body read from the text is private; a KB actor or a
    # generic agent whose role is unknown may be political
    return is_new_id(actor_id) and not is_agent_id(actor_id)


def _territory(actor_id: str, ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    return actor is not None and actor.type in ("country", "location")


def _actor_of(tok: Token, ctx: DocContext) -> str | None:
    return ctx.actors.actor_at(tok.idx, tok.idx + len(tok))


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return tokens + [c for t in tokens for c in args.children(t, "conj")]


def _party_private(tok: Token, ctx: DocContext) -> bool | None:
    """Whether a party word is private (True), political (False) or unknown (None): its
    actor's kind, else a common noun naming no actor is private, an open pronoun unknown."""
    if tok.lower_ in RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.i:
        tok = tok.head.head  # "families who came": the noun
    actor = _actor_of(tok, ctx)
    if actor is not None:
        return private_actor(actor, ctx)
    if tok.pos_ == "PRON" or tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return None  # an open pronoun, or a name the actors stage did not resolve
    if tok.pos_ != "NOUN":
        return False
    # a noun of the agents lexicon is of its sector ("the two ministers" are political,
    # "workers", "refugees", "families" private); any other common noun names no party
    sector = one_word_agent_sectors().get(tok.lemma_.lower()) or one_word_agent_sectors().get(
        tok.lower_
    )
    return sector is None or sector in private_sectors()


def _mover_private(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """Every source is a private party; with no source, every subject of the verb is."""
    if frame.source:
        return all(private_actor(s, ctx) for s in frame.source)
    subjects = _with_conjuncts(args.children(tok, "nsubj"))
    if not subjects:
        return False  # "an opportunity to visit the White House": whose, unknown
    return all(_party_private(s, ctx) is True for s in subjects)


def _destinations(tok: Token, ctx: DocContext) -> list[Token]:
    """Where the verb goes: its to/into/at/in phrases, and a "for" phrase that names a place
    ("left for Syria"; "came for the first time", "come for cancer screening" name a
    purpose or a time)."""
    found = _with_conjuncts(args.prep_objects(tok, DESTINATION_PREPS))
    purposes = set(_with_conjuncts(args.prep_objects(tok, PURPOSE_PREPS)))
    out = []
    for dest in found:
        if dest.ent_type_ in TIME_LABELS:
            continue
        if dest in purposes and not _a_place(dest, ctx):
            continue
        out.append(dest)
    return out


def _a_place(tok: Token, ctx: DocContext) -> bool:
    actor = _actor_of(tok, ctx)
    return tok.ent_type_ in PLACE_LABELS or (actor is not None and _territory(actor, ctx))


def _political_destination(dest: Token, ctx: DocContext) -> bool:
    """The destination is a political actor or its place: an actor that is no territory
    and no private party ("the White House", "the governor"), or a place or occasion held by
    one ("the governor's office", "Trump Tower", "a Trump rally": attending it is an act
    towards its holder, read by the relations)."""
    actor = _actor_of(dest, ctx)
    if actor is not None:
        return not _territory(actor, ctx) and not private_actor(actor, ctx)
    for owner in args.children(dest, "poss", "compound", "nmod"):
        held = _actor_of(owner, ctx)
        if held is not None and not _territory(held, ctx) and not private_actor(held, ctx):
            return True
        if held is None and _party_private(owner, ctx) is None:
            return True  # an open pronoun or name owns it: unknown, kept
    return False


def _political_partner(tok: Token, ctx: DocContext) -> bool:
    partners = _with_conjuncts(args.prep_objects(tok, PARTNER_PREPS) + args.children(tok, "dative"))
    return any(_party_private(p, ctx) is not True for p in partners)


@rule(
    PRIVATE_TRAVEL,
    order=32.2,
    doc="'families who came to the USA from Mexico', 'came from Texas to an immigration rally', "
    "'people who come to Planned Parenthood': a verb whose most frequent WordNet sense is of "
    "motion, coded as consultation or a visit (CAMEO 04), whose mover is a private party (a "
    "private sector - events.private_sectors -, a person or body not in the KB with no "
    "sector, a common noun naming no actor) and whose destinations name no political actor "
    "(a territory, an occasion or place no political actor holds, a private body or home) and "
    "with no political partner is travel or attendance, not a visit: no event ('Trump came "
    "to Mexico', 'a mother came to the governor's office', 'went to a Trump rally' stay)",
)
def private_travel_no_visit(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    from .lexnames import lexnames

    if frame.nominal or tok.pos_ != "VERB" or not (frame.code or "").startswith(CONSULT_FAMILY):
        return frame
    if lexnames().get((tok.lemma_.lower(), "V")) != "verb.motion":
        return frame
    if args.children(tok, "dobj", "obj"):
        return frame  # "met Patriot's management", "visited NBC": the one met or visited
    destinations = _destinations(tok, ctx)
    if not destinations or any(_political_destination(d, ctx) for d in destinations):
        return frame
    if _political_partner(tok, ctx) or not _mover_private(frame, tok, ctx):
        return frame
    return None


def _kin(noun: Token) -> bool:
    """A relative: a kin noun ("wife", "mother"), a noun with a kin sense under a possessor
    ("his boy"), or a person noun with a kin modifier ("family members")."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in _kin_nouns() or lower in _kin_nouns():
        return True
    if (lemma in _kin_sense_nouns() or lower in _kin_sense_nouns()) and args.children(noun, "poss"):
        return True
    if lemma not in _people_nouns() and lower not in _people_nouns():
        return False  # "the family company" is no relative
    return any(
        c.lemma_.lower() in _kin_nouns() or c.lemma_.lower() in _kin_sense_nouns()
        for c in args.children(noun, "compound")
    )


def _partners(tok: Token) -> list[Token]:
    from .bare_codes import logical_objects

    found = logical_objects(tok) + args.prep_objects(
        tok, ("with", "to", "from", "between", "among")
    )
    return _with_conjuncts(found + args.children(tok, "dative"))


def _side_private(ids: list[str], ctx: DocContext) -> bool:
    return all(private_actor(i, ctx) for i in ids)


@rule(
    KIN_PARTNER,
    order=32.2,
    doc="'he met his wife, Ana', 'the engineer called his mother': a verb coded as consultation (CAMEO 04) whose partner is a relative "
    "(WordNet kin nouns, lexicon/kin_nouns.txt; a kin-sense noun under a possessor, a person "
    "noun with a kin modifier) and whose every source and target is a private party "
    "(events.private_sectors, a person or body not in the KB with no sector; with no source, "
    "its own subject must be there and private) is a family's life, not a political event: "
    "no event ('Trump met with families of victims', 'meeting relatives of prisoners has an "
    "impact' stay)",
)
def kin_partner_no_consult(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ != "VERB" or not (frame.code or "").startswith(CONSULT_FAMILY):
        return frame
    partners = _partners(tok)
    if not partners or not any(_kin(p) for p in partners):
        return frame
    if not (_side_private(frame.source, ctx) and _side_private(frame.target, ctx)):
        return frame
    kin_private = [_party_private(p, ctx) for p in partners if _kin(p)]
    if any(k is False for k in kin_private):
        return frame  # the relative is a political actor ("his brother, the senator")
    # a side the sentence leaves open is unknown, never private: with no source, the
    # verb's own subject must be there and private ("meeting relatives of prisoners has
    # an impact": whose meeting, unknown; an agentless passive: whose, unknown)
    return frame if not frame.source and not _mover_private(frame, tok, ctx) else None
