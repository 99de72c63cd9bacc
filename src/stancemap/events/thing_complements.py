"""An accusation or an agreement whose party slot holds a thing: a cause, a view or a ware.

Session 60 (engineer AA), issue 12 (type precision on real news). On the first judged BBC
check file ACCUSE and AGREE are the two largest kinds of no-event reading; on the BBC tune
articles and the PolNeAR events tune files many of them share one shape in the parse: the
verb's slot for the party accused or agreed with holds no party, but a thing. A CAMEO
"accuse" verb (code 112: blame, accuse, charge) names the one to blame as its object, so
"British Airways has blamed high fuel prices for a 40% drop in profits", "continuing to defer
the maintenance of highways", "the club charged a $100,000 fee" blame or charge no one; "agree
with" names whom one agrees with, so "many agreed with much of the substance of his speech",
"I agree with the assessment" share a view and make no agreement between parties; a verb of
giving (offer, provide: WordNet verb.possession) names what is given, so "many clubs survived
by offering family-friendly amenities", "offering few specifics" sell or describe, and promise
no one anything. PLOVER's coder codes none of them (docs/judging.md: plain speech, commercial
acts, no event).

What a slot holds is read from the parse and WordNet, never from a list of words: a slot
names no one where its head is a common noun (no name, entity or actor of the layer, no
pronoun) whose most frequent WordNet sense is no person or group (``noun_lexnames.tsv``,
written by ``events.lexnames``) and which no name, actor, person or group modifies or owns
("the government's policy", "Anil's ambitions", "the Clinton campaign" name someone), nor is
a noun WordNet lacks ("sickos": unsure, read as someone); a noun
of people in a later sense ("the opposition": ``party_sense_nouns.txt``, written by
``events.thing_complements_import``) names someone too; a determiner or quantifier ("much of the substance") is read through its "of" phrase.

- ``events.sense.blamed_thing``: a verb read as a CAMEO accusation (112x) whose direct object
  or passive subject and, where it has one, the object of its "on" phrase ("blamed X on Y")
  all name no one: no event. "Lawmakers blame China for lost jobs", "accused
  the government of lying", "blamed the crisis on Russia" keep.
- ``events.sense.agreed_view``: a verb read as AGREE whose only complement is a "with" phrase
  naming no one (no object, clause, infinitive, "to"/"on"/"over" phrase, no coordinated or
  plural subject agreeing together) shares a view: no event. "agreed with Germany", "agreed to
  a buyout", "agreed on a ceasefire", "France and Germany agreed" keep.
- ``events.sense.offered_thing``: a verb read as AGREE whose most frequent WordNet sense is a
  verb of giving (verb.possession: offer, provide) with a direct object naming no one that is
  no act, words or wealth (the noun's first sense not noun.act, noun.communication,
  noun.possession: "offered talks", "offered an apology", "pledged $750m" keep), no
  infinitive, no target and no party named as recipient (a dative, a "to"/"for" phrase)
  offers no one anything: no event.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .bare_codes import NAMED
from .lexnames import lexnames, noun_lexnames
from .matching import _party_nouns, is_agent_noun
from .parts import DocContext, Frame

BLAMED_THING = "events.sense.blamed_thing"
AGREED_VIEW = "events.sense.agreed_view"
OFFERED_THING = "events.sense.offered_thing"

# CAMEO 112 accuse (and its 1121-1125): the verb's object is the one accused
ACCUSE_CODE = "112"
BLAME_PREPS = ("on", "onto", "upon")
# WordNet files of a noun that names people
PEOPLE_FILES = frozenset(("noun.person", "noun.group"))
# WordNet files of an object that is itself an act, words or wealth given or promised
GIVEN_ACT_FILES = frozenset(("noun.act", "noun.communication", "noun.possession"))
GIVING = "verb.possession"
# what modifies or owns a noun: a party there names someone ("Anil's ambitions")
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
# a phrase that makes "agree" an agreement on or to something, not a shared view
TERMS_PREPS = ("to", "on", "upon", "over", "about", "between", "among")
RECIPIENT_PREPS = ("to", "for", "with")
OBJECTS = ("dobj", "obj")
CLAUSES = ("ccomp", "xcomp", "advcl", "csubj")
PLURAL_PRONOUNS = frozenset(("we", "they", "both", "all"))
# a modifier or owner that may name a party: a noun, a name, a pronoun ("his", "Anil's")
WORD_TAGS = ("NOUN", "PROPN", "PRON")


@lru_cache(maxsize=1)
def party_sense_nouns() -> frozenset[str]:
    """Nouns naming people or groups in a later WordNet sense (opposition, administration:
    ``party_sense_nouns.txt``, written by ``events.thing_complements_import``)."""
    return word_list("events/party_sense_nouns.txt")


def _names_person(tok: Token, ctx: DocContext, later: bool = True) -> bool:
    """The word itself names a party: a pronoun, a name or entity, an actor of the layer, a
    noun of people or groups (WordNet, the party nouns, the agents lexicon); with ``later``
    also a noun of people in a later sense (a head: "the opposition"; a modifier is read by
    its first sense: "a computer fault")."""
    if tok.pos_ in ("PRON", "PROPN") or tok.tag_ in ("PRP", "WP"):
        return True
    if tok.ent_type_ in NAMED:
        return True
    if ctx.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None:
        return True
    lemma = tok.lemma_.lower()
    if lemma in _party_nouns() or tok.lower_ in _party_nouns() or is_agent_noun(tok):
        return True
    if later and (lemma in party_sense_nouns() or tok.lower_ in party_sense_nouns()):
        return True
    return noun_lexnames().get(lemma) in PEOPLE_FILES


# the reciprocal pronouns, a closed class the tagger splits ("one" NOUN + "another" DET)
RECIPROCALS = frozenset((("one", "another"), ("each", "other")))


def _reciprocal(tok: Token) -> bool:
    """``tok`` heads "one another" / "each other" (either word may be the head)."""
    return any(
        (tok.lower_, c.lower_) in RECIPROCALS or (c.lower_, tok.lower_) in RECIPROCALS
        for c in tok.children
    )


def names_no_one(tok: Token, ctx: DocContext, depth: int = 0) -> bool:
    """The slot's head is a thing: a common noun naming no party, with no party among its
    modifiers, owner or "of" phrase; a quantifier ("much of the substance") is read through
    its "of" phrase; anything else (a pronoun, a name, an adjective) is read as someone."""
    if depth > 2:
        return False
    if _reciprocal(tok):
        return False  # "accused one another of ...": the parties blame each other
    if tok.pos_ in ("DET", "ADJ", "NUM") or (tok.pos_ == "PRON" and tok.lower_ not in ("it",)):
        of = args.prep_objects(tok, ("of",))
        if tok.pos_ == "PRON" and not of:
            return False
        return bool(of) and all(names_no_one(o, ctx, depth + 1) for o in of)
    if tok.pos_ != "NOUN" or _names_person(tok, ctx):
        return False
    if tok.lemma_.lower() not in noun_lexnames() and tok.lower_ not in noun_lexnames():
        return False  # a noun WordNet lacks ("sickos"): unsure, read as someone
    for child in args.children(tok, *OWNER_DEPS):
        if child.pos_ in WORD_TAGS and _names_person(child, ctx, later=False):
            return False
        if child.ent_type_ in NAMED or ctx.actors.actor_at(child.idx, child.idx + len(child)):
            return False  # "Republican suggestions"
    return all(not _names_person(o, ctx) for o in args.prep_objects(tok, ("of", "by")))


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return tokens + [c for t in tokens for c in args.children(t, "conj")]


def _verb_frame(frame: Frame, tok: Token, kind: str) -> bool:
    return not frame.nominal and frame.type == kind and tok.pos_ in ("VERB", "AUX")


@rule(
    BLAMED_THING,
    order=32.4,
    doc="'British Airways blamed high fuel prices for the drop', 'the delays were blamed on a "
    "computer fault', 'the club charged a $100,000 fee': a verb read as a CAMEO accusation "
    "(112) whose object or passive subject, and its 'on' object where it has one, are things "
    "- common nouns WordNet knows whose senses name no person or group (a later sense of a "
    "head counts: 'the opposition'), no actor, owned or modified by none - blames no one: no "
    "event",
)
def blamed_thing(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_frame(frame, tok, "ACCUSE") or not (frame.code or "").startswith(ACCUSE_CODE):
        return frame
    objects = _with_conjuncts(args.children(tok, *OBJECTS, "nsubjpass"))
    # "blamed X on Y": the "on" phrase, on the verb or hung by the parse inside its object;
    # the object too must be a thing ("accused Y of lying on air": Y is accused)
    blamed = args.prep_objects(tok, BLAME_PREPS)
    blamed += [p for o in objects for t in o.subtree for p in args.prep_objects(t, BLAME_PREPS)]
    blamed = _with_conjuncts(blamed) + objects
    if not objects:
        return frame
    return None if all(names_no_one(b, ctx) for b in blamed) else frame


def _together(verb: Token) -> bool:
    """Several agree together: a coordinated or plural subject ("the two sides agreed")."""
    for s in args.children(verb, "nsubj"):
        if args.children(s, "conj") or s.tag_ in ("NNS", "NNPS") or s.lower_ in PLURAL_PRONOUNS:
            return True
    return False


@rule(
    AGREED_VIEW,
    order=32.4,
    doc="'many agreed with much of the substance of his speech', 'I agree with the "
    "assessment': a verb read as AGREE whose only complement is a 'with' phrase naming no "
    "party (a view, a finding) - no object, clause, infinitive, to/on/over phrase, nor "
    "subjects agreeing together - shares a view, no agreement between parties: no event",
)
def agreed_view(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_frame(frame, tok, "AGREE"):
        return frame
    withs = _with_conjuncts(args.prep_objects(tok, ("with",)))
    if not withs or args.children(tok, *OBJECTS, "dative", "nsubjpass", *CLAUSES):
        return frame
    if args.prep_objects(tok, TERMS_PREPS) or _together(tok):
        return frame
    return None if all(names_no_one(w, ctx) for w in withs) else frame


@rule(
    OFFERED_THING,
    order=32.4,
    doc="'clubs survived by offering family-friendly amenities', 'offering few specifics': a "
    "verb read as AGREE whose first WordNet sense is of giving (verb.possession) with an "
    "object naming no party that is no act, words or wealth (its first sense not noun.act, "
    "communication, possession: 'offered talks', 'pledged $750m' keep), no infinitive, no "
    "target and no party as recipient, promises no one anything: no event",
)
def offered_thing(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_frame(frame, tok, "AGREE") or frame.target:
        return frame  # a party the argument rules read as the recipient
    if lexnames().get((tok.lemma_.lower(), "V")) != GIVING:
        return frame
    objects = _with_conjuncts(args.children(tok, *OBJECTS))
    if not objects or args.children(tok, "xcomp", "ccomp", "dative"):
        return frame
    recipients = args.prep_objects(tok, RECIPIENT_PREPS)
    if any(not names_no_one(r, ctx) for r in recipients):
        return frame
    for obj in objects:
        if not names_no_one(obj, ctx):
            return frame
        if noun_lexnames().get(obj.lemma_.lower()) in GIVEN_ACT_FILES:
            return frame
    return None
