"""Private acts told without a party: the head words of the act's sides, and works the
tagger calls organisations (session 69, engineer PA, issue 12 "sense from arguments").

Session 68 PA's ``events.sense.private_ends`` (``private_ends.py``, on) reads a reading
as a personal or commercial act only where every party *the actor layer gives it* is
private - a described entertainer, artist, athlete or businessperson, a firm, a work. On
the BBC technology and entertainment files most of the no-event readings left have no
party at all ("the rap star sued a woman", "the shooting of The Libertine") or a party
the layer cannot place: a film, a play or a record the tagger reads as an organisation
("the play The Vagina Monologues", "the film, Sins"). A party-less side says who acts by
its head word, as ``events.sense.no_political_party`` reads it (``apolitical_acts``), but
that rule never reads a private person or a work as such: a side with a named person or
organisation the KB does not place is *unknown* there.

- ``events.sense.private_heads`` (off): for ``private_ends``' test,
  (1) a side with no party read is classed by its head words - the clause's own subject
  or object (``apolitical_acts._side_heads``; for a noun trigger its possessive and its
  "of" object: "the shooting of The Libertine"): a noun of a private person
  (``data/events/private_people_nouns.txt``: singer, rapper, actor, footballer, tycoon)
  is a private party, a noun of a work (``data/events/work_nouns.txt``, WordNet films,
  plays, songs, albums, novels, broadcasts, sequels: ``events.work_nouns_import``) or a
  name the tagger reads as a work or a product is a work, an ordinary head (people,
  things: ``apolitical_acts.head_kind`` apolitical) is neither, and anything else (a
  pronoun of a person, a name no actor reads, a political noun) keeps the reading;
  a work or private person owned by a political actor ("the government's film") keeps it;
  (2) a party the layer reads as a new organisation or person with no sector and no
  CAMEO code, which the article describes with a noun of a work (a word of a mention, a
  compound, an apposition: "the play The Vagina Monologues") and never with a noun of a
  politician, an official or an authority, is a work;
  (3) a country named in the act's sentence only as a place ("shot in the UK":
  ``apolitical_acts._where``) or as a modifier of a noun ("the UK tour") is no party.
  The rest is ``private_ends``' own test: a type that needs a political party, at least
  one side a private person or a work, every other side private, a firm, ordinary or
  empty, no authority in the act's clause, no political actor, violence or clash in its
  sentence. Read where ``private_ends`` reads, once the parties are final.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..records import is_agent_id, is_new_id
from ..rules import declare
from . import arguments as args
from .apolitical_acts import (
    APOLITICAL,
    OWNER_DEPS,
    POLITICAL,
    UNKNOWN,
    _side_heads,
    _where,
    authority_word,
    country_named_only_as,
    head_kind,
    political_person_nouns,
)
from .lexnames import noun_lexnames
from .organised_parties import organised_head
from .parts import DocContext

PRIVATE_HEADS = declare(
    "events.sense.private_heads",
    "'the rap singer sued a woman', 'the shooting of The Libertine', 'the play The Vagina "
    "Monologues' read as an organisation: for private_ends, a side with no party read is "
    "classed by its head words - a WordNet noun of a private person (private_people_nouns) "
    "or of a work (work_nouns: films, plays, songs, albums, sequels) or a name tagged a "
    "work; a new organisation or person the article describes with a noun of a work is a "
    "work; a country named only as a place or a modifier is none",
    order=4.77,
)
WORK_FORCE = declare(
    "events.sense.work_force",
    "'the sequel narrowly beat its predecessor', 'shooting of the film was moved', 'the "
    "series continued to be shot in the UK': a force act (ASSAULT) one side of which is a "
    "work (a WordNet noun of a work, work_nouns.txt; a name tagged a work; a new body "
    "described as one) and no side of which is political (a country, a political sector or "
    "noun), with no authority, armed word or weapon in its clause, is filming, competing or "
    "selling, not force: no event",
    order=4.771,
)
# the switches (set from the settings by sense.apply_sense, as the other sense switches are)
private_heads_on: ContextVar[bool] = ContextVar("private_heads_on", default=False)
work_force_on: ContextVar[bool] = ContextVar("work_force_on", default=False)
# PLOVER types of force, whose words also tell of filming, competing, selling
FORCE_TYPES = ("ASSAULT",)

WORKS = "events/work_nouns.txt"
PRIVATE, WORK, ORDINARY, OTHER = "private", "work", "firm", "other"
# entity labels of a work or a product
WORK_LABELS = ("WORK_OF_ART", "PRODUCT")
# WordNet files of a noun that names a thing said, thought, had or felt, not who acts
# (noun.act is not one: "the attack" is someone's)
ABSTRACT_FILES = frozenset(
    f"noun.{name}"
    for name in ("communication", "cognition", "attribute", "possession", "relation", "feeling")
)
# prepositions whose object is the act's partner or recipient (a target side)
PARTNER_PREPS = ("to", "with")
# relative pronouns: the noun they stand for is the head
RELATIVES = ("who", "that", "which")


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    """``data/events/work_nouns.txt`` (``events.work_nouns_import``)."""
    return word_list(WORKS)


def _forms(tok: Token) -> set[str]:
    from ..actors.lexicon import singular

    return {tok.lower_, tok.lemma_.lower(), singular(tok.lower_)}


def work_word(tok: Token) -> bool:
    """A common noun of a work ("the sequel", "the film")."""
    return tok.pos_ == "NOUN" and bool(_forms(tok) & work_nouns())


def _private_person_word(tok: Token) -> bool:
    from .private_ends import private_nouns

    return tok.pos_ in ("NOUN", "PROPN") and bool(_forms(tok) & private_nouns())


def described_work(actor_id: str, ctx: DocContext) -> bool:
    """A new organisation or person with no sector and no code whom the article describes
    with a noun of a work ("the play The Vagina Monologues", "the film, Sins") and never
    with a noun of a politician, an official or an authority."""
    from .private_ends import described_as

    actor = ctx.actors.actor(actor_id)
    if actor is None or ctx.actors.doc is None or not is_new_id(actor_id) or is_agent_id(actor_id):
        return False
    if actor.type not in ("organization", "person") or actor.sector or actor.cameo:
        return False
    return described_as(actor_id, ctx, work_word)


def only_placed(actor_id: str, tok: Token, ctx: DocContext) -> bool:
    """``actor_id`` is a country every mention of which in ``tok``'s sentence names a place
    ("in the UK") or only modifies a noun ("the UK tour"): no party of the act (a person
    or body the layer reads in a modifier stays one: "a former Patriot mine")."""
    from .private_ends import _describes

    return country_named_only_as(actor_id, tok, ctx, lambda last: _where(last) or _describes(last))


def _public_owner(noun: Token, ctx: DocContext) -> bool:
    """A modifier of ``noun`` names a political actor ("the government's film")."""
    from .private_ends import _public_actor

    for child in args.children(noun, *OWNER_DEPS):
        actor_id = ctx.actors.actor_at(child.idx, child.idx + len(child))
        if actor_id is not None and _public_actor(actor_id, ctx):
            return True
    return False


def head_class(tok: Token, ctx: DocContext, source: bool = True) -> str:
    """PRIVATE, WORK, ORDINARY or OTHER: what a side's head word says of who acts (an
    object that names an act is a thing done, not a party: "agreed a deal")."""
    if tok.lower_ in RELATIVES and tok.head.dep_ in ("relcl", "acl"):
        return head_class(tok.head.head, ctx, source)  # "a film which ..."
    if tok.pos_ not in ("NOUN", "PROPN"):
        return OTHER  # a pronoun of a person, "many", "all"
    if _public_owner(tok, ctx):
        return OTHER
    if tok.ent_type_ in WORK_LABELS and ctx.actors.actor_at(tok.idx, tok.idx + len(tok)) is None:
        return WORK  # a name tagged a work or a product that no actor reads
    if tok.pos_ == "NOUN":
        if work_word(tok):
            return WORK
        if _private_person_word(tok):
            return PRIVATE
    kind = head_kind(tok, ctx)
    if kind == APOLITICAL:
        return ORDINARY
    if kind == UNKNOWN and tok.pos_ == "NOUN" and _abstract(tok, source):
        return ORDINARY  # "the record", "a deal": a thing said or had, no one who acts
    return OTHER


def _abstract(tok: Token, source: bool) -> bool:
    """A common noun whose most frequent WordNet sense is an abstraction no one acts as
    (``ABSTRACT_FILES``: "the record", "its success"; as an object, an act too: "agreed
    a deal") and that names no
    political person, organised body, authority or agent of the agents lexicon."""
    from ..actors.lexicon import agent_words, singular

    lemma, lower = tok.lemma_.lower(), tok.lower_
    if agent_words().get(lemma) or agent_words().get(singular(lower)):
        return False
    if authority_word(tok) or organised_head(tok):
        return False
    people = political_person_nouns()
    if lemma in people or singular(lower) in people:
        return False
    name = noun_lexnames().get(lemma) or noun_lexnames().get(lower)
    return name in ABSTRACT_FILES or (not source and name == "noun.act")


def side_heads(tok: Token, source: bool) -> list[Token]:
    """The heads of the act's side: its clause's subject or object (and the object of its
    "to" or "with": the recipient or partner), and for a noun trigger its possessive
    (source) or its "of" or "on" object (target)."""
    heads = _side_heads(tok, source)
    if not source:  # to whom, with whom: "donating a mine to the state", "a deal with X"
        to = [p for p in args.children(tok, "prep", "dative") if p.lower_ in PARTNER_PREPS]
        heads += [o for p in to for o in args.children(p, "pobj")]
    if tok.pos_ == "NOUN":
        if source:
            heads += args.children(tok, "poss")
        else:  # "the shooting of The Libertine", "shooting on the drama"
            of = [p for p in args.children(tok, "prep") if p.lower_ in ("of", "on")]
            heads += [o for p in of for o in args.children(p, "pobj")]
        heads += [c for h in heads for c in args.children(h, "conj")]
    return heads


def heads_kinds(tok: Token, ctx: DocContext, source: bool) -> set[str]:
    """The classes of a party-less side's heads (empty where it has none)."""
    return {head_class(h, ctx, source) for h in side_heads(tok, source)}


def _armed_in_clause(tok: Token) -> bool:
    from .apolitical_acts import _armed_word, _own_clause
    from .violence_kept import weapon_head

    return any(_armed_word(t) or weapon_head(t) for t in [tok, *_own_clause(tok)])


def work_force(
    kind: str,
    source: list[str],
    target: list[str],
    tok: Token,
    ctx: DocContext,
    party: Callable[[str], str],
) -> bool:
    """``events.sense.work_force``: a force act one side of which is a work and no side
    political (see the rule's doc)."""
    from .apolitical_acts import authority_in_clause
    from .private_ends import WORK as PARTY_WORK
    from .private_ends import _public_actor

    if kind not in FORCE_TYPES:
        return False
    kinds: set[str] = set()
    for ids, is_source in ((source, True), (target, False)):
        ids = [a for a in ids if not only_placed(a, tok, ctx)]
        if any(_public_actor(a, ctx) for a in ids):
            return False
        for a in ids:
            kinds.add(WORK if party(a) == PARTY_WORK or described_work(a, ctx) else OTHER)
        heads = side_heads(tok, is_source)
        if any(head_kind(h, ctx) == POLITICAL for h in heads):
            return False
        if not ids:
            kinds |= {head_class(h, ctx, is_source) for h in heads}
    if WORK not in kinds:
        return False
    return not authority_in_clause(tok, ctx) and not _armed_in_clause(tok)
