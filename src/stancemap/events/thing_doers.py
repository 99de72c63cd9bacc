"""Force done by a thing is no one's act (session 60, engineer FG, issue 12).

Brief: figurative party-political force on British news (the BBC check file
``events_check_s59bbc``: 59% of its readings no events, ASSAULT 11 of them). On the 265
politics and 340 business BBC tune articles the tree read 131 ASSAULT readings
(session 60 FG, docs/benchmarks.md). A party's or a politician's "attack", "fight" or
"battle" with a named side was already criticism there (``events.sense.figurative_force``,
``political_dispute``, ``spoken_attack``); the largest kind left was force whose doer is
no party at all but a thing - a price, the weather, a currency, a state of affairs:
"High fuel prices hit BA's profits", "Bad weather hits Nestle sales", "the dollar's
weakness has hit European exporters", "its profitability has been hit by a fall in
mortgage lending", "the US, which was struck by four hurricanes" (about 20 of the 131).
The force words say what a thing did to someone's fortunes, not an act between parties.

- ``events.sense.thing_doer_no_force``: a force reading (ASSAULT, COERCE, THREATEN) of a
  verb whose doer - its active subject, the 'by' agent of a passive, or the noun an active
  participle modifies - is a common noun that names no actor and whose most frequent
  WordNet sense is a state, attribute, phenomenon, process, feeling, quantity, possession,
  time, relation or idea (``data/events/abstract_nouns.txt``, written from WordNet 3.0 by
  ``events.wordnet_import``; every conjunct of a joined subject so; for an imported
  dictionary's bare force code on a verb that is no force word also a noun of words: "the
  speculation surrounding X"), with no armed actor among its parties and no weapon or
  physical target around, is no event (a country struck by a thing is no territory
  attacked). Acts and events (noun.act, noun.event: "the attack", "the bombing", "an
  explosion", "the war") are left alone: they can be the force itself.

It runs before the rules that read a force word between speakers as criticism
(``figurative_force``, ``spoken_attack``), which made "Lufthansa was hit by tough
competition" an ACCUSE. The verb is not vetoed: its clause is read on ("files containing
details of the president's visit" keeps the visit), so a verb under it can take a reading
of its own ("the greenback hit $1.35 before rallying": a rally).

"Troops attacked the rebels' base", "Gunmen hurt him with a knife", "An explosion killed
ten people" keep their force; "The Tories attacked Labour's plans" is still criticism.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .lexnames import abstract_nouns
from .parts import DocContext, Frame
from .sense import (
    FORCE_TYPES,
    _dictionary_bare,
    _force_word,
    armed_side,
    kinds_around,
)
from .spoken_attacks import armed_around

THING_DOER = "events.sense.thing_doer_no_force"
# the WordNet files of a thing that does nothing to anyone by itself: a state, a quality,
# a natural phenomenon, a change, an amount, an asset, a time, an idea; not an act or an
# event (an attack, a bombing, an explosion is the force itself)
THING_FILES = frozenset(
    {
        "noun.state",
        "noun.attribute",
        "noun.phenomenon",
        "noun.process",
        "noun.feeling",
        "noun.quantity",
        "noun.motive",
        "noun.relation",
        "noun.shape",
        "noun.possession",
        "noun.time",
        "noun.cognition",
    }
)
# words and what they tell, doers only of a dictionary's bare force code on a verb that is
# no force word
WORDS_FILES = frozenset({"noun.communication"})
# entity labels of a named party or place: never a thing
PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")
# relative pronouns that stand for the noun their clause modifies
RELATIVES = ("that", "which")


def _passive(tok: Token) -> bool:
    if args.children(tok, "nsubjpass", "auxpass"):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")


def _doers(tok: Token) -> list[Token]:
    """The heads of who or what does the act: a passive's 'by' agent, else the active
    subject (for 'which'/'that', the noun the relative clause modifies), with their
    conjuncts ("bad weather and rising costs")."""
    if _passive(tok):
        heads = [o for a in args.children(tok, "agent") for o in args.children(a, "pobj")]
    elif tok.dep_ == "acl" and tok.tag_ == "VBG" and not args.children(tok, "nsubj"):
        # "the speculation surrounding X": the noun the participle modifies
        heads = [tok.head]
    else:
        heads = args.children(tok, "nsubj")
        heads = [tok.head if h.lower_ in RELATIVES and tok.dep_ == "relcl" else h for h in heads]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN"))
    return out


def _thing(noun: Token, ctx: DocContext, files: frozenset[str]) -> bool:
    """A common noun naming no actor whose most frequent WordNet sense is in ``files``."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in PARTY_LABELS:
        return False
    if ctx.actors.actor_at(noun.idx, noun.idx + len(noun.text)) is not None:
        return False
    return abstract_nouns().get(noun.lemma_.lower()) in files


@rule(
    THING_DOER,
    order=9.7,
    doc="'High fuel prices hit BA's profits', 'profits were hit by a fall in lending', 'bad "
    "weather hits sales': a force verb whose doer (active subject, passive 'by' agent) is a "
    "common noun naming no actor whose first WordNet sense is a state, attribute, "
    "phenomenon, process, feeling, quantity, possession, time, relation or idea "
    "(abstract_nouns.txt; not an act or event: 'the attack', 'an explosion'), nothing armed "
    "around: no event",
)
def thing_doer_no_force(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return frame
    doers = _doers(tok)
    # words too, for a dictionary's bare force code on a verb that is no force word ("the
    # gossip surrounding his rift", "a debate dominated by rumours"); a force word done by
    # words ("the ad attacked X") is the criticism rules'
    files = THING_FILES
    if _dictionary_bare(frame) and not _force_word(frame, tok):
        files = THING_FILES | WORDS_FILES
    if not doers or not all(_thing(d, ctx, files) for d in doers):
        return frame
    # an armed party, a weapon or a physical target around; a country struck by a thing
    # ("the US, struck by four hurricanes") is no territory attacked
    if armed_side(frame, ctx):
        return frame
    if kinds_around(frame, tok, ("armed", "weapon", "physical")) or armed_around(frame, tok):
        return frame
    return None
