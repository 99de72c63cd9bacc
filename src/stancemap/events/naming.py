"""Naming with two objects is no call: "Trump called Cruz a con artist", "labelled the
minister a traitor", "called her a hero".

The verb ("call", "label", "brand": ``data/events/naming_verbs.txt``) has a direct
object and a second, predicative one (spaCy's ``oprd``): it is never the CONSULT of a
telephone call or a request. Rule ``events.sense.naming_is_no_call``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table, word_list
from ..rules import rule
from .named_predicative import named_predicative, named_predicative_on
from .parts import DocContext, Frame

CRITICIZE = "111"
PRAISE = "051"


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    return word_list("events/naming_verbs.txt")


def second_object(tok: Token) -> Token | None:
    """The predicative object of "called Y a Z" (a noun), when Y is there too; the parser
    sometimes makes it a second direct object ("branded Y a traitor")."""
    if named_predicative_on.get():
        # events.trigger.named_predicative_object: "called Trump a phony", misparsed
        misparsed = named_predicative(tok)
        if misparsed is not None:
            return misparsed[1]
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    named = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    found = named or [o for o in objects[1:] if o.pos_ == "NOUN"]
    return found[0] if found else None


@rule(
    "events.sense.naming_is_no_call",
    order=5,
    doc="'called Y a con artist', 'called Y a candidate': a naming verb with two objects "
    "is never a call (CONSULT) or a request: no event, unless the dictionary's own criticism",
)
def naming_is_no_call(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.head.lemma_.lower() not in naming_verbs():
        return frame
    if second_object(frame.head) is None:
        return frame
    if frame.type == "ACCUSE" or frame.code in (CRITICIZE, PRAISE):
        return frame  # the dictionary's own criticism
    return None


# where a name's sign is read: the judging words of AFINN-165 and VADER, then the words
# WordNet signs through them (both written by the stances stage's importers; read here as
# data, the stances code is a later stage)
SIGN_FILES = ("stances/claim_words.tsv", "stances/wordnet_signs.tsv")
NAME_MODIFIER_DEPS = ("amod", "compound")


@lru_cache(maxsize=1)
def name_signs() -> dict[str, int]:
    """word -> +1 / -1: the first file that signs a word decides."""
    signs: dict[str, int] = {}
    for relative in SIGN_FILES:
        for row in read_table(relative, required=("word", "sign")):
            signs.setdefault(row["word"].lower(), 1 if int(row["sign"]) > 0 else -1)
    return signs


def name_sign(name: Token) -> int:
    """The sign of the name given in "called Y a Z": Z's head word, else (when Z names no
    one else's thing: no possessor, "ISIS' best recruiter") an adjective or noun modifying
    it ("a pathological liar", "an obvious phony"); 0 when none is signed."""
    signs = name_signs()
    for word in (name.lower_, name.lemma_.lower()):
        if word in signs:
            return signs[word]
    if any(c.dep_ == "poss" for c in name.children):
        return 0
    for child in name.children:
        if child.dep_ in NAME_MODIFIER_DEPS and child.i < name.i:
            for word in (child.lower_, child.lemma_.lower()):
                if word in signs:
                    return signs[word]
    return 0


def _given_name(frame: Frame) -> Token | None:
    """The name a verb of naming gives its named target ("called Y a liar": liar), or None."""
    if frame.nominal or frame.head.lemma_.lower() not in naming_verbs() or not frame.target:
        return None
    return second_object(frame.head)


@rule(
    "events.sense.naming_judgment",
    order=4.9,
    doc="'X called Y a pathological liar', 'branded Y a fraud': a naming verb with a second "
    "object whose name is a bad one (AFINN/VADER/WordNet signs of the stances data) and a "
    "named target is criticism of Y (ACCUSE 111), not no event; a good name stays none",
)
def naming_judgment(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    name = _given_name(frame)
    if name is None:
        return frame
    # only a bad name: a good one is as often sarcasm or a thing's name ("called the
    # endorsement 'the most transparent display of affection'", "voodoo economics")
    if name_sign(name) < 0:
        frame.code, frame.type = CRITICIZE, "ACCUSE"
    return frame


@lru_cache(maxsize=1)
def bad_person_nouns() -> frozenset[str]:
    return word_list("events/bad_person_nouns.txt")


@rule(
    "events.sense.naming_bad_person",
    order=4.91,
    doc="'X called Y a political opportunist': a naming verb's second object that no sign file "
    "signs and whose head word's most frequent WordNet sense is a bad or unpleasant person "
    "(data/events/bad_person_nouns.txt) is a bad name: criticism of a named Y (ACCUSE 111)",
)
def naming_bad_person(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type == "ACCUSE" or frame.code in (CRITICIZE, PRAISE):
        return frame
    name = _given_name(frame)
    if name is None or name_sign(name) != 0:
        return frame  # a signed name: events.sense.naming_judgment's
    if name.lemma_.lower() in bad_person_nouns() or name.lower_ in bad_person_nouns():
        frame.code, frame.type = CRITICIZE, "ACCUSE"
    return frame
