"""A threat needs a doer: a thing that threatens menaces, it does not threaten anyone.

Session 42 (engineer NA, issue 12 "figurative triggers"). ``events.sense.thing_subject_no_act``
(session 25) reads "his neutral stance may have helped him" as no act, but leaves the
types of CAMEO 13-20 to the force rules, because weapons and attacks act ("the blast
killed five"); and a bare threat ("threatens to create": the complement is no coded act)
is built by the frames without the sense rules. What is left on the judged tune files is
the menace sense of "threaten" (WordNet's most frequent sense, verb.stative: "pose a
threat to, present a danger to") with a thing as subject: "as technology threatens to
change the industry", "the decision threatens to create a political bind for Clinton",
"that threatened to create a lot of unhappy middle-class families":

- ``events.sense.thing_subject_no_threat``: an active verb read as a threat (THREATEN)
  whose own subjects all name no one (``thing_subjects.thing_subject``: no name, actor,
  personal pronoun, noun of people or groups, count, statement) is no event, unless a
  subject is something that does strike - a trigger noun (attack, strike, sanction), a
  force noun, a weapon or an armed body (the sense rules' word sets and their WordNet
  imports), a happening (WordNet noun.event or noun.phenomenon) - or an armed actor, a
  weapon or a physical target is around the verb. A first version read sanctions,
  coercion and assaults too ("the disruption that forced the UK out", "the illegality
  that harms both nations"): it cost a right event and a right relation on the blind
  checks (docs/benchmarks.md, session 42 NA).
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

THING_SUBJECT_NO_THREAT = "events.sense.thing_subject_no_threat"
# WordNet files of a happening that can strike by itself (an explosion, a fire, a storm)
HAPPENING_FILES = frozenset(("noun.event", "noun.phenomenon"))


def _striking_word(word: str) -> bool:
    if word in trigger_nouns() or word in word_list("events/force_nouns.txt"):
        return True
    words, wordnet = sense_words(), wordnet_words()
    armed = words["armed"] | words["weapon"]
    if wordnet:
        armed = armed | wordnet["armed"] | wordnet["weapon"]
    return word in armed or abstract_nouns().get(word) in HAPPENING_FILES


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


def strikes_by_itself(tok: Token) -> bool:
    """A subject of the verb is an attack, a weapon, an armed body or a happening."""
    return any(
        _striking_word(word) for s in _subject_nouns(tok) for word in {s.lemma_.lower(), s.lower_}
    )


@rule(
    THING_SUBJECT_NO_THREAT,
    order=32.5,
    doc="'technology threatens to change the industry', 'the decision threatens to create a "
    "bind', 'that threatened to create unhappy families': an active verb read as a threat "
    "whose own subjects name no one is no event, unless a subject is an attack, a weapon, "
    "an armed body or a happening, or force is around",
)
def thing_subject_no_threat(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX") or frame.type != "THREATEN":
        return frame
    if not thing_subject(tok, ctx, bool(frame.source), bool(frame.target)):
        return frame
    if strikes_by_itself(tok) or _force_around(frame, tok, ctx):
        return frame
    return None
