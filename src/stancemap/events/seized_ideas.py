"""A seizure of an idea, of words or of a moment is no act.

Session 36 (engineer NE). On the judged real-news tune files the COERCE readings of the
"seize" mode (CAMEO 171/1711/1712/192: seize, capture, take over, grab) are right once in
24 kept judged readings: "seized on the video", "seized on Ryan's comments", "captured the
raging national debate", "an issue seized upon by the network", "take shape". What was
seized is an idea, words, a feeling or a time - read in WordNet, not in a list:

- ``events.sense.seized_idea_no_act``: a verb read as a seizure whose seized thing - its
  direct object, the object of its "on"/"upon" phrase, its passive subject, or the noun a
  participle modifies ("the poll, taken from Dec. 3") - is a common noun whose most frequent
  WordNet sense is in noun.cognition, noun.communication, noun.feeling, noun.motive,
  noun.time or noun.shape (``data/events/abstract_nouns.txt``, written from WordNet by
  ``events.wordnet_import``) is no event. Kept: no seized thing found, a proper name or a
  named entity, a thing, place, person or group ("intercept Russian bombers", "took over a
  building"), and the abstract files a real seizure takes (power, control: noun.attribute;
  property, land, a stake: noun.possession; operations: noun.act/state).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .bare_codes import NAMED
from .lexnames import abstract_nouns
from .ontology import load_ontology
from .parts import DocContext, Frame

SEIZED_IDEA = "events.sense.seized_idea_no_act"
SEIZE_MODE = "seize"
# the WordNet files of what cannot be seized by force: ideas, words, feelings, motives, a
# time, a shape
IDEA_LEXNAMES = frozenset(
    (
        "noun.cognition",
        "noun.communication",
        "noun.feeling",
        "noun.motive",
        "noun.time",
        "noun.shape",
    )
)


def is_seizure(frame: Frame) -> bool:
    """The frame's CAMEO code is of the "seize" mode (COERCE)."""
    if frame.type != "COERCE" or not frame.code:
        return False
    entry = load_ontology().lookup(frame.code)
    return entry is not None and entry.mode == SEIZE_MODE


def seized_things(verb: Token) -> list[Token]:
    """What the verb says was seized: its object, the object of on/upon, its passive
    subject, or the noun a participle modifies."""
    found = args.children(verb, "dobj", "obj", "nsubjpass")
    found += args.prep_objects(verb, ("on", "upon"))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        found.append(verb.head)
    return found


def idea(noun: Token) -> bool:
    """A common noun whose most frequent WordNet sense is an idea, words, a feeling, a
    motive, a time or a shape."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in NAMED:
        return False
    table = abstract_nouns()
    return table.get(noun.lemma_.lower(), table.get(noun.lower_)) in IDEA_LEXNAMES


@rule(
    SEIZED_IDEA,
    order=32.3,
    doc="'seized on the comments', 'captured the debate', 'an issue seized upon', 'take "
    "shape': a verb read as a seizure (COERCE, seize mode) whose seized thing (object, "
    "on/upon phrase, passive subject) is a common noun whose first WordNet sense is an "
    "idea, words, a feeling, a motive, a time or a shape is no event",
)
def seized_idea_no_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX") or not is_seizure(frame):
        return frame
    things = seized_things(tok)
    return None if things and all(idea(t) for t in things) else frame
