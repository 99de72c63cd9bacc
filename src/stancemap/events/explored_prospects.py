"""'The United States is exploring new areas for cooperation with Russia': an
investigation (CAMEO 09) looks into a wrong, an incident or a suspect. What is explored,
examined or looked into here is a prospect - a chance of cooperation, help or a way
forward - and no one is investigated: the accusation family's reading, carried to every
pair the sentence names, is wrong (session 71 CS census, News Articles tune).

Rule ``events.sense.prospect_not_investigated`` (session 72 CW, shipped off): an event of
the investigation codes whose object (or the object of 'into') is a noun of cooperation,
help or opportunity (``data/events/prospect_nouns.txt``, from WordNet by
``speech_sense_import``), names one in a for / of / in phrase or as a compound modifier
("areas for cooperation", "cooperation opportunities"; a 'for' phrase of the verb
too, where the parser hangs it there), or is a noun an infinitive
describes ("ways to work together"), is no event.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

PROSPECT_FILE = "events/prospect_nouns.txt"
INVESTIGATION_CODES = "09"  # CAMEO 09x: investigate (crime, corruption, human rights ...)
# the phrases under an explored noun that say what it is a prospect of
PROSPECT_PREPS = ("for", "of", "in")


@lru_cache(maxsize=1)
def prospect_nouns() -> frozenset[str]:
    return word_list(PROSPECT_FILE)


def _explored(tok: Token) -> list[Token]:
    """The heads of what a verb (or an event noun) of investigation looks into: its objects,
    'into' objects, and a noun's 'of' object ("an examination of options")."""
    heads = args.children(tok, "dobj", "obj") + args.prep_objects(tok, ["into"])
    if tok.pos_ == "NOUN":
        heads += args.prep_objects(tok, ["of"])
    return [c for h in heads for c in args.conjuncts(h)]


def _prospect_phrase(tok: Token) -> bool:
    """ "exploring new areas for cooperation": the parser often hangs the 'for' phrase that
    says what the object is a prospect of on the verb."""
    return any(n.lemma_.lower() in prospect_nouns() for n in args.prep_objects(tok, ["for"]))


def _infinitive_described(noun: Token) -> bool:
    """ "ways to work together": an infinitive clause describes the noun."""
    return any(
        c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def is_prospect(noun: Token) -> bool:
    """The noun is, or names, a prospect of cooperation, help or opportunity."""
    nouns = prospect_nouns()
    if noun.lemma_.lower() in nouns or noun.lower_ in nouns:
        return True
    named = args.children(noun, "compound") + args.prep_objects(noun, PROSPECT_PREPS)
    if any(n.lemma_.lower() in nouns for n in named):
        return True
    return _infinitive_described(noun)


@rule(
    "events.sense.prospect_not_investigated",
    order=33,
    doc="'exploring new areas for cooperation with Russia', 'will investigate opportunities "
    "for trade': an investigation code (CAMEO 09) whose object is a WordNet noun of "
    "cooperation, help or opportunity, names one, or is a noun an infinitive describes "
    "('ways to cooperate') looks into a prospect, not a wrong: no event",
)
def prospect_not_investigated(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "ACCUSE" or not (frame.code or "").startswith(INVESTIGATION_CODES):
        return frame
    explored = _explored(tok)
    if not explored:
        return frame
    if all(is_prospect(n) for n in explored) or _prospect_phrase(tok):
        return None
    return frame
