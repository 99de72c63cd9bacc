"""Argument shapes of real news that the parse states and the older rules misread
(session 15, issue 12). Each reads the parse only and adds nothing the sentence does not
say; each is a named rule of ``events.args.*``:

* ``object_control``: "Trump drove his followers to donate": an infinitive on a verb
  of object control (WordNet verb frame 24, "Somebody ----s somebody to INFINITIVE",
  ``lexicon/object_control_verbs.txt``) whose object is a person or body is the
  object's act, not a purpose of the subject.
* ``at_the_hands``: "three protesters were killed at the hands of the police": the
  "of" object of "at/by the hands of" is the doer (the source), never a venue or target.
* ``scare_quoted_verb``: 'X said that Trump “attacked” Clinton' parsed with the quoted
  verb as an adjective on the noun after it: that noun is the verb's object.
* ``possessor_owns_phrase``: "the court ruled against Ohio's procedure for removing
  voters": a phrase with a possessor is the possessor's (or no one's); a name inside a
  clause under its head (the voters, object of "removing") is not who the phrase is.
* ``with_absolute``: "the party would not unify, with Democrats digging in against him":
  a "with" phrase set off by a comma whose object heads a participle clause is an
  absolute adjunct (a circumstance), not a partner or target.
* ``relational_possessor``: "her party rival", "his son", "his followers": a noun of
  people related to someone (kin, ``lexicon/kin_nouns.txt``; rivals and opponents,
  ``lexicon/opponent_nouns.txt``; followers, ``lexicon/follower_nouns.txt``) names others
  than its possessor: an actor named only by the possessor is not the phrase's (one its
  modifiers or apposition name stays).
* ``speaker_pronoun_only``: '“You will have a hard time getting support from
  Latinos,” said Aguilar', '“you add to this the criticism,” said Hellman': only a
  first- or third-person personal pronoun (we, our; he, she, it, they and their forms)
  of a reported clause may stand for its speaker (``speaker_of_clause``); "you" is whom
  the speaker addresses and "this" a thing, so a speech verb's subject is not made a
  party through them.
* ``noun_from_source``: "some help from Sen. Sanders", "attacks from the rebels": the
  "from" object of an event noun of giving, saying or force with no doer of its own is
  the doer (not for leaving: "withdrawal from Iraq").
* ``kin_sense_possessor``: "his boy was murdered", "her successor": a noun with a kin
  sense that is not its most frequent (``lexicon/kin_sense_nouns.txt``) under a person's
  possessor ("his", "her", a person's name) is another person: an actor named only by
  the possessor is not the phrase's, as for ``relational_possessor``.
* ``received_from_giver``: "Clinton is receiving 20 percent support from black voters":
  a coded verb through which its subject undergoes or receives something
  (``lexicon/undergone_events.tsv``: receive, get, win, draw, face ...) with a "from"
  object on it or on its object gives the act: that object is the source and the
  subject the target, not the reverse.
* ``we_not_one_person``: '“Iran threatens our country,” Netanyahu said', '“They attack
  us,” Clarke said': a plural first-person target ("us", "our country") is a group
  the speaker belongs to, never the speaking person alone: a person actor it was read
  as is dropped (a speaking body stays: '“they shelled us,” the army said').
* ``occasion_not_party``: "delegates will vote at the Democratic National Convention",
  "At the Democratic debate, Clinton blamed the fog of war": the "at" object headed by a
  noun of an occasion (``lexicon/occasion_nouns.txt``: a meeting, rally, ceremony,
  session, debate or hearing, by its most frequent WordNet sense; or a noun the trigger
  lexicon codes as a meeting) is when and where the act happens, never its target.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..nlp import words
from ..rules import declare
from . import arguments as args
from .undergone import undergone_nouns

OBJECT_CONTROL = declare(
    "events.args.object_control",
    "'X drove his followers to donate', 'urged them to leave': the infinitive of a verb of "
    "object control (WordNet frame 24) is its person object's act, not the subject's",
    order=21.8,
)
AT_THE_HANDS = declare(
    "events.args.at_the_hands",
    "'killed at the hands of the police': the 'of' object of 'at/by the hands of' is the "
    "doer, never a venue or target",
    order=10.5,
)
SCARE_QUOTED_VERB = declare(
    "events.args.scare_quoted_verb",
    "'said that X “attacked” Y' parsed with the quoted verb as an adjective on Y: Y is "
    "the verb's object (its own subject stays its source)",
    order=40.2,
)
POSSESSOR_OWNS_PHRASE = declare(
    "events.args.possessor_owns_phrase",
    "'ruled against Ohio's procedure for removing voters': a phrase with a possessor is "
    "the possessor's or no one's, not a name inside a clause under its head",
    order=24.2,
)
WITH_ABSOLUTE = declare(
    "events.args.with_absolute",
    "', with Democrats digging in against him': a comma-set 'with' phrase heading a "
    "participle clause is a circumstance, not a partner or target",
    order=40.3,
)
RELATIONAL_POSSESSOR = declare(
    "events.args.relational_possessor",
    "'her party rival', 'his son', 'his followers': a kin, rival or follower noun names "
    "others than its possessor; an actor named only by the possessor is not the phrase's",
    order=24.3,
)
NOUN_FROM_SOURCE = declare(
    "events.args.noun_from_source",
    "'help from Sen. Sanders', 'attacks from the rebels': the 'from' object of an event "
    "noun of giving, saying or force with no doer of its own is its source",
    order=42.5,
)

SPEAKER_PRONOUN_ONLY = declare(
    "events.args.speaker_pronoun_only",
    "'“You will have a hard time getting support from X,” said Y', '“you add to this the "
    "criticism,” said Y': only a first- or third-person personal pronoun of a reported "
    "clause may stand for its speaker; 'you' (the one addressed) and 'this' never are Y",
    order=33.2,
)
KIN_SENSE_POSSESSOR = declare(
    "events.args.kin_sense_possessor",
    "'his boy was murdered', 'her successor': a noun with a kin sense under a person's "
    "possessor is another person; an actor named only by the possessor is not the phrase's",
    order=24.4,
)
RECEIVED_FROM_GIVER = declare(
    "events.args.received_from_giver",
    "'is receiving 20 percent support from black voters': a coded verb of receiving or "
    "undergoing with a 'from' object: the 'from' object is the source, the subject the target",
    order=10.6,
)
WE_NOT_ONE_PERSON = declare(
    "events.args.we_not_one_person",
    "'“Iran threatens our country,” Netanyahu said': a plural first-person target ('us', "
    "'our country') is never the speaking person alone; a body stays",
    order=33.3,
)
OCCASION_NOT_PARTY = declare(
    "events.args.occasion_not_party",
    "'vote at the Democratic National Convention', 'At the debate, she blamed X': an 'at' "
    "object headed by an occasion noun (a meeting, rally, ceremony, debate) is no target",
    order=40.6,
)

# event types whose noun's "from" object gives, says or does the act ("help from X",
# "criticism from X", "attacks from X"); RETREAT, MOBILIZE, COERCE, REJECT, CONCEDE and
# CONSULT are left out: "withdrawal from Iraq", "expulsion from X", "defection from X",
# "a visit from X" name a place or a guest.
FROM_SOURCE_TYPES = frozenset(
    ("AID", "SUPPORT", "ACCUSE", "THREATEN", "REQUEST", "ASSAULT", "PROTEST", "SANCTION")
)
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_NAMED = ("PERSON", "NORP", "ORG", "GPE")
_PARTICIPLES = ("VBG", "VBN")
_HAND = "hand"
# clauses under a noun: what they name is what the noun's act does, not who the noun is
_CLAUSES = ("pcomp", "acl", "relcl", "advcl", "xcomp", "ccomp")


# the pronouns that may stand for a reported clause's speaker: not "you", not "this"
SPEAKER_PRONOUNS = frozenset(words.pronouns(person=1) | words.pronouns(person=3))


@cache
def control_verbs() -> frozenset[str]:
    return frozenset(word_list("lexicon/object_control_verbs.txt"))


@cache
def _people() -> frozenset[str]:
    return frozenset(word_list("lexicon/people_nouns.txt"))


@cache
def kin_sense_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/kin_sense_nouns.txt"))


# a person's possessor: "his", "her" (listed as an object form) or a person's name
_PERSON_POSSESSIVES = words.pronouns(person=3, number="sg", gender="m") | words.pronouns(
    person=3, number="sg", gender="f"
)


@cache
def occasion_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/occasion_nouns.txt"))


@cache
def relational_nouns() -> frozenset[str]:
    files = ("lexicon/kin_nouns.txt", "lexicon/opponent_nouns.txt", "lexicon/follower_nouns.txt")
    return frozenset(w for f in files for w in word_list(f))


# ----------------------------------------------------------------- object control


def _names_someone(noun: Token) -> bool:
    """A pronoun, a name, or a noun whose most frequent sense is a kind of person."""
    if noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in _NAMED:
        return noun.lower_ not in ("it", "this", "that", "what", "which")
    return noun.lemma_.lower() in _people()


def controller(clause: Token) -> Token | None:
    """For "drove his followers to donate": "followers", the object of a verb of object
    control that governs the bare "to" infinitive ``clause``; else None."""
    if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VB":
        return None
    own = [c.dep_ for c in clause.children]
    if "nsubj" in own or "nsubjpass" in own or "mark" in own:
        return None  # its own subject, or "in order to", "so as to": a purpose
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    verb = clause.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in control_verbs():
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < clause.i]
    if not objects or not _names_someone(objects[0]):
        return None  # "raised money to donate": the subject's purpose
    return objects[0]


# ----------------------------------------------------------------- at the hands of


def hands_doers(tok: Token) -> list[Token]:
    """For "killed at the hands of the police": the police ("at"/"by the hands of")."""
    out: list[Token] = []
    for hand in args.prep_objects(tok, ("at", "by")):
        if hand.lemma_.lower() != _HAND or hand.tag_ != "NNS":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in hand.children):
            continue
        out += args.prep_objects(hand, ["of"])
    return out


def is_hands(pobj: Token) -> bool:
    """The "hands" of "at the hands of X" (no venue, no target)."""
    if pobj.lemma_.lower() != _HAND or pobj.tag_ != "NNS" or pobj.head.lower_ not in ("at", "by"):
        return False
    return bool(args.prep_objects(pobj, ["of"]))


# ----------------------------------------------------------------- scare quotes


def scare_quoted_object(tok: Token) -> Token | None:
    """For 'Trump “attacked” Clinton' parsed as Trump (subject of) an adjective
    "attacked" on "Clinton": Clinton; else None."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.head.i <= tok.i:
        return None
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    if doc[tok.i - 1].text not in _QUOTES or doc[tok.i + 1].text not in _QUOTES:
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return None  # "the “disputed” border": a description, no finite verb
    return tok.head


# ----------------------------------------------------------------- possessors


def possessor_only(tok: Token, found: list[str], actors: ActorLayer) -> list[str]:
    """``found`` less the actors named only inside a clause under the head of a phrase
    that has a possessor ("Ohio's procedure for removing voters": not the voters; "their
    support for Trump" keeps Trump, the object of the head itself)."""
    if not any(c.dep_ == "poss" for c in tok.children) or args.children(tok, "conj"):
        return found
    if actors.mention_at(tok.idx, tok.idx + len(tok)) is not None:
        return found
    clauses = [
        t for t in tok.subtree if t.i > tok.i and t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSES
    ]
    if not clauses:
        return found
    inside: set[str] = set()
    outside: set[str] = set()
    spans = [args.char_span(c.subtree) for c in clauses]
    start, end = args.char_span(tok.subtree)
    for m in actors.mentions_in(start, end):
        if any(a <= m.start and m.end <= b for a, b in spans):
            inside.add(m.actor_id)
        else:
            outside.add(m.actor_id)
    return [a for a in found if a not in inside or a in outside]


def related_other(tok: Token, found: list[str], actors: ActorLayer) -> list[str]:
    """For a kin, rival or follower noun that names no actor itself ("her party rival",
    "Putin's son"): ``found`` less the actors named only by its possessor (a modifier
    stays: "its European Community partners" are the EC's)."""
    if tok.lemma_.lower() not in relational_nouns():
        return found
    return _less_possessor(tok, found, actors)


def kin_sense_other(tok: Token, found: list[str], actors: ActorLayer) -> list[str]:
    """For "his boy", "Clinton's successor": ``found`` less the actors named only by the
    possessor, when the noun has a kin sense and the possessor is a person."""
    if tok.lemma_.lower() not in kin_sense_nouns() and tok.lower_ not in kin_sense_nouns():
        return found
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not owners or not all(_a_person(o) for o in owners):
        return found
    return _less_possessor(tok, found, actors)


def _a_person(owner: Token) -> bool:
    return owner.lower_ in _PERSON_POSSESSIVES or owner.ent_type_ == "PERSON"


def _less_possessor(tok: Token, found: list[str], actors: ActorLayer) -> list[str]:
    if actors.mention_at(tok.idx, tok.idx + len(tok)) is not None:
        return found
    owners = [t for c in tok.children if c.dep_ == "poss" for t in c.subtree]
    if not owners:
        return found
    start, end = args.char_span(owners)
    by_owner = {m.actor_id for m in actors.mentions_in(start, end)}
    others = {
        m.actor_id
        for m in actors.mentions_in(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
        if not (start <= m.start and m.end <= end)
    }
    return [a for a in found if a not in by_owner or a in others]


# ----------------------------------------------------------------- receiving


def givers(verb: Token) -> list[Token]:
    """For "is receiving support from black voters" (the verb coded itself): the "from"
    objects of the verb or of what it receives; none for a passive or an intransitive."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    received = [n for n in undergone_nouns(verb) if n.dep_ in ("dobj", "obj")]
    if not received:
        return []
    return [g for n in received for g in args.prep_objects(n, ["from"])] + args.prep_objects(
        verb, ["from"]
    )


# ----------------------------------------------------------------- "we", "our"

_WE = words.pronouns(person=1, number="pl")


def is_we_phrase(tok: Token, actors: ActorLayer) -> bool:
    """ "us", "we", or a phrase owned by "our" that names no actor itself ("our country")."""
    if tok.lower_ in _WE:
        return True
    if actors.mention_at(tok.idx, tok.idx + len(tok)) is not None:
        return False
    return any(c.dep_ == "poss" and c.lower_ in _WE for c in tok.children)


# ----------------------------------------------------------------- occasions


def is_occasion(pobj: Token, meeting: Callable[[Token], bool]) -> bool:
    """The object of "at" headed by an occasion noun ("at the convention", "at the
    Democratic debate"), or by a noun ``meeting`` holds to be coded as a meeting ("at
    the summit")."""
    if pobj.head.lower_ != "at" or pobj.pos_ not in ("NOUN", "PROPN"):
        return False
    return (
        pobj.lemma_.lower() in occasion_nouns() or pobj.lower_ in occasion_nouns() or meeting(pobj)
    )


# ----------------------------------------------------------------- with absolutes


def is_with_absolute(pobj: Token) -> bool:
    """ ", with Democrats digging in", ", with a poll giving X a lead": a comma-set "with"
    whose object is a participle clause (or heads one)."""
    prep = pobj.head
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    if pobj.dep_ == "pcomp":
        return pobj.tag_ in _PARTICIPLES and any(c.dep_ == "nsubj" for c in pobj.children)
    return any(c.dep_ == "acl" and c.tag_ in _PARTICIPLES for c in pobj.children)
