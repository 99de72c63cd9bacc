"""A trigger word inside a name is no event of the sentence.

Session 62 (engineer EL, issue 12: events read from the wrong words). The trigger lexicon
reads words, and a name is made of words: a charity called "War on Want", "the Campaign for
Nuclear Disarmament", "the Stop the War Coalition", a law ("the Prevention of Terrorism
Act"), a building or a work. Session 61 BG counted the charity's "war" among the past wars
read on BBC tune articles; such a word names the body, it tells no act.

Rule ``events.sense.trigger_in_name``: a reading whose trigger word is capitalised and lies
inside a longer name - a named mention of the actors stage (a KB or a new organisation's
name, not a pronoun, title or agent noun) or a spaCy entity of an organisation, a law, a
facility, a product or a work of art (ORG, LAW, FAC, PRODUCT, WORK_OF_ART) of two words or
more - is no event. Names of events (EVENT: "the Iraq War", "the September 11 attacks") are
left alone: the judges count a war the story is set in as its event (session 61 BG).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from .parts import DocContext, Frame

TRIGGER_IN_NAME = "events.sense.trigger_in_name"
NAME_LABELS = frozenset({"ORG", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})
NAMED = frozenset({"name", "alias", "fuzzy", "new"})


def _in_entity(tok: Token) -> bool:
    """Inside a spaCy name of a body, a law, a building, a product or a work, two words
    or more."""
    if tok.ent_type_ not in NAME_LABELS:
        return False
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return len(ent) > 1
    return False


def _in_named_mention(tok: Token, ctx: DocContext) -> bool:
    """Inside a named mention of an actor that is longer than the word itself."""
    start, end = tok.idx, tok.idx + len(tok)
    for mention in ctx.actors.mentions:
        if mention.start > start:
            break
        if mention.how in NAMED and mention.end >= end and mention.end - mention.start > len(tok):
            return True
    return False


def in_name(tok: Token, ctx: DocContext) -> bool:
    """A capitalised word inside a longer name ("War" in "War on Want")."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start and not tok.ent_type_:
        return False
    return _in_entity(tok) or _in_named_mention(tok, ctx)


@rule(
    TRIGGER_IN_NAME,
    order=33.22,
    doc="'War on Want', 'the Campaign for Nuclear Disarmament', 'the Prevention of Terrorism "
    "Act': a capitalised trigger word inside a longer name (a named actor mention, or an ORG, "
    "LAW, FAC, PRODUCT or WORK_OF_ART entity) is no event; names of events (EVENT) stay",
)
def trigger_in_name(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return None if in_name(tok, ctx) else frame
