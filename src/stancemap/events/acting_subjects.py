"""Force, threats and sanctions need a doer: a thing that threatens does not act.

Session 42 (engineer NA, issue 12 "figurative triggers"). ``events.sense.thing_subject_no_act``
(session 25) reads "his neutral stance may have helped him" as no act, but leaves the
types of CAMEO 13-20 (threats, protest, posture, sanctions, coercion, assault) to the
force rules, because weapons and attacks act ("the blast killed five"). What is left there
on the judged tune files is the menace sense of the verbs, with a thing as subject: "as
technology threatens to change the industry", "the decision threatens to create a
political bind", "that threatened to create a lot of unhappy families", "a disruption,
such as the one that forced the United Kingdom out", "the rampant illegality that harms
both nations", "a 1996 overhaul of the welfare system that cut federal assistance":

- ``events.sense.thing_subject_no_force``: an active verb read as a threat, a sanction,
  coercion or an assault (a protest is a crowd's: "thousands demonstrated") whose
  own subjects all name no one (``thing_subjects.thing_subject``: no name, actor,
  personal pronoun, noun of people or groups, count, statement) is no event, unless a
  subject is something that does strike - a trigger noun (attack, strike, bombing, ban,
  sanction), a force noun, a weapon or an armed body (the sense rules' word sets and
  their WordNet imports), a happening (WordNet noun.event or noun.phenomenon: an
  explosion, a fire, a storm), or, for an assault, any act (a blast, violence) - or an
  armed actor, a weapon or a physical target is around the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .held_things import _force_around
from .lexnames import abstract_nouns, trigger_nouns
from .parts import DocContext, Frame
from .sense import sense_words, wordnet_words
from .thing_subjects import RELATIVE, thing_subject

THING_SUBJECT_NO_FORCE = "events.sense.thing_subject_no_force"
# the types whose doer must act on someone; a protest or a mobilisation is a crowd's
# ("thousands demonstrated"), read by the protest rules
FORCE_TYPES = frozenset(("THREATEN", "SANCTION", "COERCE", "ASSAULT"))
# WordNet files of a happening that can strike by itself (an explosion, a fire, a storm)
HAPPENING_FILES = frozenset(("noun.event", "noun.phenomenon"))
# and, for an assault, of an act (a blast, violence, a shooting)
ASSAULT_FILES = HAPPENING_FILES | {"noun.act"}


def _striking_word(word: str, assault: bool) -> bool:
    if word in trigger_nouns() or word in word_list("events/force_nouns.txt"):
        return True
    words, wordnet = sense_words(), wordnet_words()
    armed = words["armed"] | words["weapon"]
    if wordnet:
        armed = armed | wordnet["armed"] | wordnet["weapon"]
    if word in armed:
        return True
    return abstract_nouns().get(word) in (ASSAULT_FILES if assault else HAPPENING_FILES)


def _subject_nouns(tok: Token) -> list[Token]:
    """The verb's subjects and their conjuncts, a relative pronoun read as its noun."""
    subjects = args.children(tok, "nsubj")
    subjects += [c for s in subjects for c in args.children(s, "conj")]
    out = []
    for s in subjects:
        if s.lower_ in RELATIVE and tok.dep_ in ("relcl", "acl") and tok.head.i != s.i:
            s = tok.head
        out.append(s)
    return out


def strikes_by_itself(tok: Token, assault: bool) -> bool:
    """A subject of the verb is an attack, a weapon, an armed body or a happening."""
    for s in _subject_nouns(tok):
        for word in {s.lemma_.lower(), s.lower_}:
            if _striking_word(word, assault):
                return True
    return False


@rule(
    THING_SUBJECT_NO_FORCE,
    order=32.5,
    doc="'technology threatens to change the industry', 'the decision threatens to create a "
    "bind', 'the disruption that forced the UK out', 'the illegality that harms both "
    "nations': an active verb read as threat, sanction, coercion or assault whose own subjects name no one is no event, unless a subject is an attack, a "
    "weapon, an armed body or a happening (an assault: any act; 'the blast killed five') or "
    "force is around",
)
def thing_subject_no_force(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX") or frame.type not in FORCE_TYPES:
        return frame
    if not thing_subject(tok, ctx, bool(frame.source), bool(frame.target)):
        return frame
    if strikes_by_itself(tok, frame.type == "ASSAULT") or _force_around(frame, tok, ctx):
        return frame
    return None
