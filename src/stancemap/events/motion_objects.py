"""The doer of a nominal event a verb of motion takes as its object is that verb's subject.

Session 58, engineer AR (issue 12: the source country on the tune halves). In "Russian
bombers flew a joint patrol with Chinese aircraft" the trigger lexicon reads the noun
"joint patrol" (COOPERATE) on its own: "flew" is no support verb of the lexicon (as
"conducted", "began" or "staged" are, whose subject the frame takes), so the event had
the Chinese aircraft as target and no source, though the parse shows who flew the patrol.
A verb of motion - the most frequent WordNet sense of its lemma in ``verb.motion``, read
from ``data/events/trigger_lexnames.tsv`` (``events.lexnames``): fly, sail, march, cross -
whose direct object is an act does that act by moving: the act is its subject's, as the
object of a support verb is ("flew a patrol", "sailed a joint patrol", "marched a
protest"). A verb of another kind says something of the act ("watched the patrol",
"criticised the drill") and its subject is no doer.

Rule ``events.args.motion_verb_object_doer`` (shipped off): fills only the empty source of
a nominal event read on its own whose noun is the direct object of an active verb of
motion, from that verb's subject (each conjunct by its own head); the target keeps none
of the doers.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .lexnames import lexnames
from .parts import DocContext, Frame, Tuning

MOTION_VERB_OBJECT_DOER = declare(
    "events.args.motion_verb_object_doer",
    "'Russian bombers flew a joint patrol with X': a nominal event read on its own with no "
    "source, the direct object of an active verb whose first WordNet sense is a verb of "
    "motion (fly, sail, march), takes that verb's subject as its source",
    order=66.96,
)
MOTION = "verb.motion"


def motion_verb(noun: Token) -> Token | None:
    """The active verb of motion ``noun`` is the direct object of, else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i == noun.i:
        return None
    if lexnames().get((verb.lemma_.lower(), "V")) != MOTION:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return verb


def fill_motion_source(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Give a nominal ``frame`` with no source the subject of the verb of motion whose
    object it is (rule ``MOTION_VERB_OBJECT_DOER``); its target keeps none of them."""
    if frame.source or not frame.nominal or not tuning.on(MOTION_VERB_OBJECT_DOER):
        return frame
    verb = motion_verb(frame.head)
    if verb is None:
        return frame
    doers: list[str] = []
    for subject in args.children(verb, "nsubj"):
        doers += args.phrase_actors(subject, ctx.actors, head_only=True)
    doers = list(dict.fromkeys(doers))
    if doers:
        frame.source = doers
        frame.target = [a for a in frame.target if a not in doers]
    return frame
