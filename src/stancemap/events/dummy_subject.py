"""A dummy subject names no doer: no event (session 29, engineer EV).

``events.sense.dummy_subject_no_event``: a verb whose subject is an expletive - "there"
(``expl``) or a pleonastic "it" - has no agent, so nothing it codes is an act of anyone
towards anyone. A pleonastic "it" is read from the syntax of an ACTIVE clause:

- extraposition: the verb has a finite clause complement or subject ("it has not helped
  that her campaign cycled through slogans", "it seems that ...") or, with no object, an
  infinitive ("it remains to be seen");
- a verb of motion (the most frequent WordNet sense in verb.motion:
  ``data/events/trigger_lexnames.tsv``) with no object, in a clause of time or condition
  (when/whenever/if/once), whose only complement is a "to" phrase: "when it comes to
  Israel security", "if it comes to that" - no one travels there.

A referential "it" (an organisation or a country: "it attacked Trump", "it invited the
Log Cabin Republicans to be a co-host") has an object or no such clause and keeps its
event; so does a passive ("it was agreed that ...": a doer left unnamed is still one).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .lexnames import lexnames
from .parts import DocContext, Frame

DUMMY_SUBJECT = "events.sense.dummy_subject_no_event"
OBJECTS = ("dobj", "obj", "dative", "iobj", "attr", "oprd")
CONDITION_MARKS = frozenset(("when", "whenever", "if", "once"))


def _extraposed(verb: Token) -> bool:
    """A clause after the verb stands for its subject ("it helped that ...", "it means to")."""
    if any(c.i > verb.i for c in args.children(verb, "ccomp", "csubj")):
        return True
    if args.children(verb, *OBJECTS):
        return False
    return any(c.i > verb.i for c in args.children(verb, "xcomp"))


def _dummy_motion(verb: Token) -> bool:
    """'when it comes to X': a verb of motion with only a "to" phrase, in a clause of time
    or condition."""
    if lexnames().get((verb.lemma_.lower(), "V")) != "verb.motion":
        return False
    if args.children(verb, *OBJECTS, "ccomp", "xcomp", "prt"):
        return False
    introducers = [c.lower_ for c in verb.children if c.dep_ in ("advmod", "mark") and c.i < verb.i]
    if not any(w in CONDITION_MARKS for w in introducers):
        return False
    preps = [c for c in verb.children if c.dep_ in ("prep", "dative")]
    return bool(preps) and all(p.lower_ == "to" for p in preps)


def pleonastic_it(verb: Token) -> bool:
    """The verb's active subject is a pleonastic "it"."""
    subjects = args.children(verb, "nsubj")
    if len(subjects) != 1 or subjects[0].lower_ != "it":
        return False
    if args.children(verb, "auxpass", "nsubjpass"):
        return False
    return _extraposed(verb) or _dummy_motion(verb)


def dummy_subject(verb: Token) -> bool:
    """The verb's subject is "there" (an expletive) or a pleonastic "it"."""
    if any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return True  # "there came a warning": the noun after the verb is what happened
    return pleonastic_it(verb)


@rule(
    DUMMY_SUBJECT,
    order=31.5,
    doc="'when it comes to Israel security', 'it has not helped that her campaign ...', "
    "'it remains to be seen': a verb whose active subject is an expletive 'there' "
    "or a pleonastic 'it' (an extraposed clause, or a WordNet verb of motion with only a "
    "'to' phrase in a when/if clause) has no doer: no event. A referential 'it' with an "
    "object, and a passive, keep theirs",
)
def dummy_subject_no_event(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return frame
    return None if dummy_subject(tok) else frame
