"""Releasing words is publishing, not a release (session 50 EP, issue 12).

CAMEO 084 (PLOVER RETREAT) is the return or release of people or property: "freed two
hostages", "returned the seized ships". News releases polls, books, reports, websites and
emails, and the CAMEO dictionary's bare "release" codes them all 0841: on the judged tune
files every RETREAT kept on such an object is no event (a poll "was released Wednesday",
a book "was released Tuesday", "released a parody website", "set to release a series of
executive orders") or, for leaked emails, of another type.

- ``events.sense.released_words_published``: a return or release (RETREAT, CAMEO 084) whose
  released things - the verb's objects, its passive subject, the noun a participle
  modifies ("a poll released Sunday"), read through a group or part noun's "of" phrase ("a
  series of orders") - are all common nouns whose most frequent WordNet sense is of
  communication or cognition (``data/events/noun_lexnames.tsv``: report, book, poll,
  statement, emails) publishes them: no event. People, groups, places, money and goods
  released keep the event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .lexnames import noun_lexnames
from .matching import partitive_words
from .parts import DocContext, Frame

RELEASED_WORDS_PUBLISHED = "events.sense.released_words_published"
RELEASE_CODE = "084"
# the WordNet files of words and ideas: what is published, never a party or a good
WORDS_FILES = frozenset(("noun.communication", "noun.cognition"))
# a noun of a collection or amount read through to its "of" phrase ("a series of orders")
THROUGH_FILES = frozenset(("noun.group", "noun.quantity"))
PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")


def _through(noun: Token) -> Token:
    """A group, amount or part noun's "of" complement stands for it: "a series of orders"."""
    lemma = noun.lemma_.lower()
    if noun_lexnames().get(lemma) in THROUGH_FILES or lemma in partitive_words():
        inner = args.prep_objects(noun, ["of"])
        if inner:
            return inner[0]
    return noun


def released_things(tok: Token) -> list[Token]:
    """What a verb (or a release noun) releases: objects, passive subject, the noun a
    participle modifies, the "of" phrase of a noun ("the release of the report")."""
    out = args.children(tok, "dobj", "obj", "nsubjpass")
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        out.append(tok.head)  # "a poll released Sunday"
    if tok.pos_ == "NOUN":
        out += args.prep_objects(tok, ["of"])
    return [_through(t) for t in out]


def _words(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in PARTY_LABELS:
        return False
    return noun_lexnames().get(noun.lemma_.lower()) in WORDS_FILES


@rule(
    RELEASED_WORDS_PUBLISHED,
    order=33.15,
    doc="'the poll was released Wednesday', 'released a parody website', 'set to release a "
    "series of executive orders': a return or release (RETREAT, CAMEO 084) whose released "
    "things (objects, passive subject, the noun a participle modifies, through a group "
    "noun's 'of') are all nouns whose first WordNet sense is of communication or cognition "
    "publishes words: no event",
)
def released_words_published(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "RETREAT" or not (frame.code or "").startswith(RELEASE_CODE):
        return frame
    things = released_things(tok)
    if not things or not all(_words(t) for t in things):
        return frame
    return None
