"""Naming with two objects is a judgment, not a call: "Trump called Cruz a con artist",
"labelled the minister a traitor", "called her a hero".

The verb ("call", "label", "brand": ``data/events/naming_verbs.txt``) has a direct
object and a second, predicative one (spaCy's ``oprd``). What the second object says
decides the event: a bad name is ACCUSE, disapprove (CAMEO 111, criticise or denounce), a good
one SUPPORT (051, praise); a name that is neither ("called him a candidate") is no
event, and never the CONSULT of a telephone call. The sign comes from the nouns under
WordNet's "bad person" (``data/events/bad_person_nouns.txt``, ``events.wordnet_import``)
and from the AFINN-165 signs the stances stage reads for names
(``data/stances/epithet_words.tsv``), for the noun or an adjective before it.

Rules ``events.sense.naming_is_no_call`` (on: never a call) and
``events.sense.naming_is_judgment`` (shipped off: it lost one pair of the unseen
relation set, counts only, and gained nothing on the event sets).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table, word_list
from ..rules import rule
from .parts import DocContext, Frame

CRITICIZE = "111"
PRAISE = "051"


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    return word_list("events/naming_verbs.txt")


@lru_cache(maxsize=1)
def name_signs() -> dict[str, int]:
    """word -> +1 / -1: AFINN's signs for names, then WordNet's bad people (-1)."""
    signs = {
        row["word"].lower(): int(row["sign"])
        for row in read_table("stances/epithet_words.tsv", required=("word", "sign"))
    }
    for noun in word_list("events/bad_person_nouns.txt"):
        signs[noun] = -1
    return signs


def second_object(tok: Token) -> Token | None:
    """The predicative object of "called Y a Z" (a noun), when Y is there too; the parser
    sometimes makes it a second direct object ("branded Y a traitor")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    named = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    found = named or [o for o in objects[1:] if o.pos_ == "NOUN"]
    return found[0] if found else None


def name_sign(noun: Token) -> int:
    """The sign of a name: the compound phrase ("con artist"), the noun, then its
    adjectives ("a dangerous man")."""
    signs = name_signs()
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    for key in (" ".join([*compounds, noun.lemma_.lower()]), noun.lemma_.lower(), noun.lower_):
        if key in signs:
            return signs[key]
    for adjective in (c for c in noun.children if c.dep_ == "amod"):
        sign = signs.get(adjective.lower_, 0)
        if sign:
            return sign
    return 0


@rule(
    "events.sense.naming_is_no_call",
    order=5,
    doc="'called Y a con artist', 'called Y a candidate': a naming verb with two objects "
    "is never a call (CONSULT) or a request; no event unless naming_is_judgment signs it",
)
def naming_is_no_call(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.head.lemma_.lower() not in naming_verbs():
        return frame
    if second_object(frame.head) is None:
        return frame
    if frame.type == "ACCUSE" or frame.code in (CRITICIZE, PRAISE):
        return frame  # signed by naming_is_judgment, or the dictionary's own criticism
    return None


@rule(
    "events.sense.naming_is_judgment",
    order=4,
    doc="'called Y a con artist', 'branded Y a traitor', 'called Y a hero': a naming verb "
    "with two objects judges Y by the name (ACCUSE, disapprove: 111 or SUPPORT 051; no event when "
    "the name is neither), never a call (data/events/naming_verbs.txt)",
)
def naming_is_judgment(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.head.lemma_.lower() not in naming_verbs():
        return frame
    name = second_object(frame.head)
    if name is None:
        return frame
    sign = name_sign(name)
    if sign == 0:
        return None
    frame.code = CRITICIZE if sign < 0 else PRAISE
    frame.type = "ACCUSE" if sign < 0 else "SUPPORT"
    return frame
