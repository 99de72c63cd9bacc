"""A verb whose subject is a thing does not act between parties.

Rule ``events.sense.thing_subject_no_act`` (session 25): half of the events the tree
read on real news should not exist (session 24's census), and many of them are a
trigger verb in a sense that is no act of anyone: "his neutral stance may have helped
him", "it undermines public confidence", "changing the policy could lead to voter
fraud", "the bunkers never came to fruition", "my blackness does not inhibit me",
"this had already failed". What they share is in the parse: the verb is active and its
own subject names no one - not a name or an actor, not a personal pronoun ("he", "we",
"who" of a person), not a noun of people or groups (WordNet noun.person and noun.group,
``party_nouns.txt``, or the agents lexicon: "officials", "the court"), not a count, nor
a part of people ("a number of senators", "many in the GOP"). A statement, a letter, an
order or an editorial (WordNet noun.communication, ``voice_nouns.txt``) speaks for its
authors and keeps its event ("the statement condemned the raid"). Force, protest and
threats (CAMEO 13-20) are acts of weapons and attacks too ("the blast killed five") and
are left to the force sense rules. A passive, an infinitive or a participle without its
own subject, and a noun trigger are not read.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..records import is_new_id
from ..rules import rule
from . import arguments as args
from .bare_codes import MATERIAL_FROM, NAMED
from .matching import _party_nouns, is_agent_noun
from .parts import DocContext, Frame
from .undertaking_subjects import keeps_undertaking_subject

THING_SUBJECT = "events.sense.thing_subject_no_act"
# pronouns that name no one by themselves; relative ones are read through their noun
IMPERSONAL = frozenset(
    ("it", "this", "that", "what", "which", "something", "anything", "nothing", "everything")
)
# PLOVER's types of CAMEO 13-20 (threats, protest, force posture, reduced relations,
# coercion, assault): weapons and attacks act too
MATERIAL_TYPES = ("THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
RELATIVE = frozenset(("who", "whom", "that", "which"))
# a part of people: "a number of senators", "many in the GOP", "some among them"
PART_PREPS = ("of", "in", "among", "from")


@lru_cache(maxsize=1)
def voice_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is of communication (statement, letter)."""
    return word_list("events/voice_nouns.txt")


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is a place (state, country, city)."""
    return word_list("events/place_nouns.txt")


def names_someone(tok: Token, ctx: DocContext, depth: int = 0) -> bool:
    """The subject word names someone, or something that acts for someone."""
    if depth > 2:
        return True  # unsure: keep
    lower = tok.lower_
    if lower in RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.i:
        return names_someone(tok.head.head, ctx, depth + 1)  # "a system that's been ..."
    if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "WP", "EX"):
        return lower not in IMPERSONAL
    if tok.like_num or tok.pos_ == "NUM" or tok.ent_type_ in NAMED or tok.pos_ == "PROPN":
        return True
    if ctx.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None:
        return True
    lemma = tok.lemma_.lower()
    if lemma in _party_nouns() or lower in _party_nouns() or is_agent_noun(tok):
        return True
    if any(w in voice_nouns() or w in place_nouns() for w in (lemma, lower)):
        return True
    if tok.is_title and tok.tag_ == "NN" and not args.children(tok, "det", "poss"):
        return True  # a name the tagger took for a noun ("Hannity asked Trump")
    if tok.pos_ not in ("NOUN",):
        return True  # an adjective or determiner standing for people ("many", "all")
    parts = args.prep_objects(tok, PART_PREPS)
    return any(names_someone(p, ctx, depth + 1) for p in parts)


def thing_subject(
    tok: Token,
    ctx: DocContext,
    sourced: bool = False,
    targeted: bool = False,
    someone: Callable[[Token, DocContext], bool] = names_someone,
) -> bool:
    """The active verb's own subjects (with their conjuncts) all name no one (``someone``,
    ``names_someone`` unless a rule reads it more strictly); with ``sourced`` (the frame
    has a source) a pronoun is read as naming its antecedent, and with ``targeted`` (it has
    a target) so is "it" ("Iraq must know that it has to cooperate with the inspectors")."""
    if args.children(tok, "auxpass", "nsubjpass"):
        return False
    subjects = args.children(tok, "nsubj", "csubj")
    if not subjects:
        return False
    subjects += [c for s in subjects for c in args.children(s, "conj")]
    if sourced and any(s.pos_ == "PRON" and s.lower_ not in RELATIVE for s in subjects):
        return False  # "BuzzFeed announced it had pulled out": the source is its antecedent
    if targeted and any(s.lower_ == "it" for s in subjects):
        return False
    return not any(s.dep_ != "csubj" and _someone_or_theirs(s, ctx, someone) for s in subjects)


def _someone_or_theirs(
    tok: Token, ctx: DocContext, someone: Callable[[Token, DocContext], bool]
) -> bool:
    """Names someone, or is a body named for someone ("the Clinton campaign", "the
    Republican establishment"); a possessor is not enough ("his stance")."""
    if someone(tok, ctx):
        return True
    return any(
        names_someone(c, ctx)
        for c in args.children(tok, "compound", "amod", "nmod")
        if c.pos_ in ("PROPN", "NOUN") or c.ent_type_ in NAMED
    )


def _verb_act_of_words_or_deeds(frame: Frame, tok: Token) -> bool:
    """The frame is read by the thing-subject rules: a verb trigger, not force, protest or
    threats (CAMEO 13-20: weapons and attacks act too)."""
    if frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return False
    return not ((frame.code or "")[:2] >= MATERIAL_FROM or frame.type in MATERIAL_TYPES)


@rule(
    THING_SUBJECT,
    order=32,
    doc="'his neutral stance may have helped him', 'it undermines public confidence', "
    "'changing the policy could lead to fraud': an active verb whose own subject names no "
    "one (no name, actor, personal pronoun, noun of people or groups, count, nor a "
    "statement or letter speaking for its authors) is no act between parties: no event "
    "(not force, protest or threats, CAMEO 13-20: 'the blast killed five' stays)",
)
def thing_subject_no_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_act_of_words_or_deeds(frame, tok):
        return frame
    if not thing_subject(tok, ctx, bool(frame.source), bool(frame.target)):
        return frame
    # events.sense.undertaking_subject_body: "the leadership criticized X"
    return frame if keeps_undertaking_subject(frame, tok, ctx) else None


MOTION_CONSULT = "events.sense.motion_consult_needs_partner"
CONSULT_FAMILY = "04"
PLACE_PREPS = ("in", "at", "into")


def _no_partner(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """No known actor as target, a single subject, and no object, dative or with / from / to / between /
    among phrase naming someone (nor owned by someone): no one met or visited."""
    from .bare_codes import (
        MISPARSED_OBJECTS,
        PARTNER_PREPS,
        _names_someone,
        _owned_by_someone,
        _several,
        logical_objects,
    )

    if any(not is_new_id(t) for t in frame.target) or _several(tok):
        return False  # a known actor as target (a new one may be "the conclusion")
    others = logical_objects(tok) + args.prep_objects(tok, PARTNER_PREPS)
    others += args.children(tok, "dative")
    others += [c for c in args.children(tok, *MISPARSED_OBJECTS) if c.pos_ in ("PROPN", "PRON")]
    if any(_names_someone(o, ctx) or _owned_by_someone(o, ctx) for o in others):
        return False
    # "arrived in Lima": a country or city arrived in is the host of a visit
    places = args.prep_objects(tok, PLACE_PREPS)
    return not any(
        p.ent_type_ == "GPE" or ctx.actors.actor_at(p.idx, p.idx + len(p)) for p in places
    )


@rule(
    MOTION_CONSULT,
    order=32,
    doc="'had come to the conclusion', 'came here for a one-year program', 'arrived at the "
    "arena', 'the days leading up to the contest': a verb whose most frequent WordNet sense is "
    "of motion, coded as consultation or a visit (CAMEO 04, any dictionary row), with no target "
    "and no one named as object or partner, meets or visits no one: no event ('met with "
    "Sanders', 'huddled with House members', 'came to Moscow', 'the leaders met' stay)",
)
def motion_consult_needs_partner(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    from .lexnames import lexnames

    if frame.nominal or tok.pos_ != "VERB" or frame.row.role != "event":
        return frame
    if not (frame.code or "").startswith(CONSULT_FAMILY):
        return frame
    if lexnames().get((tok.lemma_.lower(), "V")) != "verb.motion":
        return frame
    return None if _no_partner(frame, tok, ctx) else frame


STRICT_SUBJECT = "events.sense.thing_subject_strict"
# entity labels of an amount: a sum, a share or a quantity acts for no one
AMOUNT_LABELS = frozenset(("MONEY", "PERCENT", "QUANTITY"))
# WordNet files of a noun that can stand for a part of people ("a number of senators",
# "the majority of Republicans", "half of the delegates", "the rest of the party")
PARTITIVE_FILES = frozenset(("noun.quantity", "noun.attribute", "noun.relation"))
# an act or a possession from someone is theirs ("support from X", "funding from X helped"):
# these abstract files keep the part-of reading too
KEPT_FILES = PARTITIVE_FILES | {"noun.act", "noun.possession"}
# the parties or authors of a text or an exchange ("talks between X and Y", "a letter by X")
PARTY_PREPS = ("between", "among", "with", "by")


def _amount_parts(tok: Token) -> list[Token]:
    """The from/of/in objects of an amount and of the words of its entity."""
    out: list[Token] = []
    for t in tok.subtree:
        if t.ent_type_ in AMOUNT_LABELS or t.i == tok.i:
            out += args.prep_objects(t, PART_PREPS)
    return out


def strict_someone(tok: Token, ctx: DocContext, deeds: bool, depth: int = 0) -> bool:
    """``names_someone`` read with the type's selectional restriction: an amount (a MONEY,
    PERCENT or QUANTITY entity, "$3 million") names no one unless it comes from someone
    ("$5 million from the EU"); a count of things ("hundreds of letters") is its things;
    an abstract noun ("results from Amazon", "ads from his super PAC": WordNet's abstract
    files other than quantities, relations, acts and possessions - "support from X",
    "funding from X" are X's) is no part of whoever it comes from; and for a deed (not a PLOVER type done with words) a text -
    a comment, a letter, an ad, a book (``voice_nouns.txt``) - acts for no one: it can
    speak for its authors, not travel, help or meet; an instrument (an agreement, a deal,
    an order: ``lexicon/document_nouns.txt``) does deeds for its makers."""
    from ..actors.document_modifiers import document_nouns
    from .lexnames import abstract_nouns

    if depth > 2:
        return True
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower in RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.i:
        return strict_someone(tok.head.head, ctx, deeds, depth + 1)  # "the book that helped"
    if tok.ent_type_ in AMOUNT_LABELS or tok.tag_ == "$":
        # an amount from someone is their giving ("$5 million from the EU helped")
        return any(names_someone(p, ctx, depth + 1) for p in _amount_parts(tok))
    if tok.like_num or tok.pos_ == "NUM":
        counted = args.prep_objects(tok, ("of",))
        if counted and tok.ent_type_ not in NAMED:
            return any(strict_someone(c, ctx, deeds, depth + 1) for c in counted)
        return names_someone(tok, ctx, depth)
    if tok.pos_ != "NOUN" or ctx.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None:
        return names_someone(tok, ctx, depth)
    if lemma in _party_nouns() or lower in _party_nouns() or is_agent_noun(tok):
        return True
    if deeds and (lemma in voice_nouns() or lower in voice_nouns()):
        # an instrument - an agreement, a deal, an order (WordNet, ``document_nouns.txt``) -
        # does deeds for its makers ("the agreement gave X access"), and an exchange its
        # parties name ("talks between X and Y resumed") is theirs; a comment is neither
        if lemma in document_nouns() or lower in document_nouns():
            return True
        return any(names_someone(p, ctx, depth + 1) for p in args.prep_objects(tok, PARTY_PREPS))
    thing = abstract_nouns().get(lemma)
    if (
        thing is not None
        and thing not in KEPT_FILES
        and not (lemma in voice_nouns() or lemma in place_nouns())
    ):
        return False  # an abstract thing is no part of whoever it comes from
    return names_someone(tok, ctx, depth)


def strict_thing_subject(tok: Token, ctx: DocContext, frame: Frame) -> bool:
    """``thing_subject`` with ``strict_someone`` as the test of each subject."""
    from .reality import VERBAL

    deeds = frame.type not in VERBAL
    return thing_subject(
        tok,
        ctx,
        bool(frame.source),
        bool(frame.target),
        someone=lambda s, c: strict_someone(s, c, deeds),
    )


@rule(
    STRICT_SUBJECT,
    order=32.1,
    doc="'$2.9 billion of that came from the division', 'Rubio's comments came on Sunday', "
    "'the results from Amazon helped lift the Nasdaq', 'the book she wrote helped lay the "
    "foundation': "
    "events.sense.thing_subject_no_act with the type's selectional restriction on its "
    "subject: an amount (MONEY, PERCENT, QUANTITY) names no one unless it comes from someone, "
    "a count of things is its things, an abstract WordNet noun other than an act or a "
    "possession is no part of whoever it comes from ('support from X' is X's), and a text "
    "(WordNet communication: comment, letter, ad) does no deed - it speaks for its authors "
    "only in a type done with words ('the statement condemned the raid' stays), while an "
    "instrument (agreement, deal, order: lexicon/document_nouns.txt) does deeds for its makers "
    "('the agreement gave X access') and an exchange is its named parties' ('talks between X "
    "and Y resumed'). Not force, protest or threats (CAMEO 13-20)",
)
def thing_subject_strict(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_act_of_words_or_deeds(frame, tok):
        return frame
    if not strict_thing_subject(tok, ctx, frame):
        return frame
    return frame if keeps_undertaking_subject(frame, tok, ctx) else None
