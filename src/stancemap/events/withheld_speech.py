"""A refusal to say something is no rejection: "refused to say", "declined to comment".

Session 58 (engineer MO), issue 12. A verb of refusing ("refuse", "decline": the trigger
lexicon's ``refuse`` rows) folds the act of its complement into a rejection ("refused to
recognise X": REJECT of X's recognition). Where the complement is no coded act the
refusal is read bare, REJECT (120) on the refusing verb. The events tune files judged such
readings no event where the complement is a verb of saying: "has refused to say for how long
the process is on hold", "refused to name them", "refusing to concede that ...". A refusal
to say, name, comment or concede is a source declining to tell something - plain speech
withheld, which ``docs/judging.md`` counts no event ("Plain speech is no event") - not a
refusal of any party's act or demand.

Rule ``events.frame.withheld_speech``: a refusal whose complement is a "to" infinitive
whose verb is a verb of communication - the lexicographer file of its most frequent
WordNet 3.0 sense is ``verb.communication`` (``data/events/trigger_lexnames.tsv``, written
by ``events.lexnames``) - that the coder reads as no event of its own, is no event. It is
left alone where the complement names whom the speech is to (an indirect object, or a
"to"/"with"/"before" phrase: "refused to speak to reporters", "declined to testify before
the committee", judged a refusal of those addressed), and wherever the complement is
itself coded: "refused to condemn X", "refused to apologise", "refused to recognise X" stay
refusals of those acts (the fold in ``frames.py`` comes first).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .lexnames import lexnames

WITHHELD_SPEECH = declare(
    "events.frame.withheld_speech",
    "'refused to say how long', 'declined to name them': a refusal whose 'to' infinitive is an "
    "uncoded verb of communication (WordNet verb.communication, its most frequent sense), "
    "speaking to no one named, is plain speech withheld: no REJECT",
    order=29.5,
)

COMMUNICATION = "verb.communication"
# phrases naming whom the speech is to: "speak to reporters", "testify before Congress"
ADDRESSEE_PREPS = ("to", "with", "before")
ADDRESSEE_DEPS = ("dative", "iobj")


def speech_verb(verb: Token) -> bool:
    """A verb whose most frequent WordNet sense is a verb of communication."""
    return lexnames().get((verb.lemma_.lower(), "V")) == COMMUNICATION


def _addressed(verb: Token) -> bool:
    """The speech names whom it is to: an indirect object or a to/with/before phrase."""
    if args.children(verb, *ADDRESSEE_DEPS):
        return True
    return bool(args.prep_objects(verb, ADDRESSEE_PREPS))


def withheld_speech(refusing: Token) -> bool:
    """``refusing`` (a verb of refusing whose complement is coded as no act) takes a "to"
    infinitive of a verb of communication addressed to no one: speech withheld."""
    for comp in args.children(refusing, "xcomp"):
        if comp.pos_ != "VERB" or not any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in comp.children
        ):
            continue
        if speech_verb(comp) and not _addressed(comp):
            return True
    return False
