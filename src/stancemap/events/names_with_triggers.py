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
more - is no event, unless it is the last word of a name that is not a person's: that name
names the event itself ("the Johannesburg Earth Summit" on Lee tune; "Ron Grant" read AID
on Lee tune and "the Organisation for Economic Cooperation and Development" read COOPERATE
are dropped). Names of events (EVENT: "the Iraq War", "the September 11 attacks") are
left alone: the judges count a war the story is set in as its event (session 61 BG).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorMention
from ..rules import rule
from .parts import DocContext, Frame

TRIGGER_IN_NAME = "events.sense.trigger_in_name"
NAME_LABELS = frozenset({"ORG", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})
NAMED = frozenset({"name", "alias", "fuzzy", "new"})


def _entity_end(tok: Token) -> int | None:
    """The end (characters) of the spaCy name of a body, a law, a building, a product or a
    work, two words or more, that holds ``tok``; else None."""
    if tok.ent_type_ not in NAME_LABELS:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.end_char if len(ent) > 1 else None
    return None


def _mention(tok: Token, ctx: DocContext) -> ActorMention | None:
    """The named mention of an actor, longer than the word, that holds ``tok``."""
    start, end = tok.idx, tok.idx + len(tok)
    for mention in ctx.actors.mentions:
        if mention.start > start:
            break
        if mention.how in NAMED and mention.end >= end and mention.end - mention.start > len(tok):
            return mention
    return None


def in_name(tok: Token, ctx: DocContext) -> bool:
    """A capitalised word inside a longer name ("War" in "War on Want", "Grant" in "Ron
    Grant"); not the last word of a name that is not a person's, which names the event
    itself ("the Johannesburg Earth Summit", "the Geneva Conference")."""
    if not tok.text[:1].isupper():
        return False
    end = tok.idx + len(tok)
    mention = _mention(tok, ctx)
    if mention is not None:
        actor = ctx.actors.actors.get(mention.actor_id)
        if (actor is not None and actor.type == "person") or mention.end > end:
            return True
    name_end = _entity_end(tok)
    return name_end is not None and name_end > end


@rule(
    TRIGGER_IN_NAME,
    order=33.22,
    doc="'War on Want', 'the Campaign for Nuclear Disarmament', 'the Prevention of Terrorism "
    "Act': a capitalised trigger word inside a longer name (a named actor mention, or an ORG, "
    "LAW, FAC, PRODUCT or WORK_OF_ART entity) is no event; names of events (EVENT) stay",
)
def trigger_in_name(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return None if in_name(tok, ctx) else frame
