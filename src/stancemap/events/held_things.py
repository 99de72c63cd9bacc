"""A seizure needs a verb of taking hold, or something that force can take.

Session 42 (engineer NA, issue 12 "figurative triggers"). The CAMEO dictionaries code
"take", "capture", "catch" and "nationalize" as a seizure (COERCE, CAMEO 171: seize
or damage property); most of their uses in political news are other senses: "take care
of Ford", "had they taken more time", "watching this process take shape", "took a job",
"took over reclamation obligations", "capture the essential greatness of the United
States", "caught Larry King on RT". On the six judged tune files the seize-mode readings
of such verbs were right 0 times in 17 (11 no event, 6 wrong: a business deal read as a
seizure). What tells the senses apart is in WordNet and in the arguments, not in a list
of idioms:

- ``events.sense.seizure_needs_holding``: a verb read as a seizure (COERCE, seize mode)
  whose most frequent WordNet sense is not a verb of contact or possession (the senses of
  taking hold by hand or force: seize, grab, intercept, confiscate, steal; "take" is
  verb.social, "capture" verb.creation, "catch" verb.cognition, "nationalize"
  verb.change; ``data/events/trigger_lexnames.tsv``) and whose seized things (object,
  on/upon phrase, passive subject) are all common nouns whose most frequent WordNet
  sense is abstract (``abstract_nouns.txt``: "care", "time", "a job", "obligations") is
  no event, unless force is in the sentence's arguments - an armed actor, a weapon or a
  physical target around it, an armed actor or a country as its source - or what was
  seized is a named place or a place noun ("took the city"; ``place_nouns.txt``).
  An attribute or a possession is what a seizure does take ("took power", "seized
  control", "took a stake"), and a person, a group or a thing may be taken by anyone
  ("took three aid workers", "took the land"): kept. (Measured: reading every seized
  thing, or every abstract file, cost a right reading on a blind check; docs/benchmarks.md
  session 42 NA.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from .figurative_objects import _armed_or_state
from .lexnames import abstract_nouns, lexnames
from .parts import DocContext, Frame
from .seized_ideas import is_seizure, seized_things
from .sense import ARMED_SECTORS, _around, _around_nouns, _sectors, sense_words, wordnet_words
from .spoken_attacks import armed_around
from .thing_subjects import place_nouns

SEIZURE_NEEDS_HOLDING = "events.sense.seizure_needs_holding"
# WordNet verb files of taking hold of a thing by hand or by force
HOLDING_LEXNAMES = frozenset(("verb.contact", "verb.possession"))
# the abstract WordNet files of what a seizure does take: power, control, a lead (an
# attribute), property, a stake (a possession)
KEPT_FILES = frozenset(("noun.attribute", "noun.possession"))
# entity labels of a place: a territory is what force takes
PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))


def holding_verb(verb: Token) -> bool:
    """The verb's most frequent WordNet sense is of contact or possession (an unknown verb
    counts as one: nothing is known against the dictionary's code)."""
    name = lexnames().get((verb.lemma_.lower(), "V"))
    return name is None or name in HOLDING_LEXNAMES


def abstract(noun: Token) -> bool:
    """A common noun whose most frequent WordNet sense is abstract (an act, an event, a
    state, an idea...), not an attribute or a possession ("took power", "seized control",
    "took a stake"): what no one holds in hand."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    name = abstract_nouns().get(noun.lemma_.lower(), abstract_nouns().get(noun.lower_))
    return name is not None and name not in KEPT_FILES


def place(noun: Token) -> bool:
    """A named place, or a common noun whose most frequent WordNet sense is a place."""
    if noun.ent_type_ in PLACE_LABELS:
        return True
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in place_nouns() or noun.lower_ in place_nouns()
    )


@rule(
    SEIZURE_NEEDS_HOLDING,
    order=32.4,
    doc="'take care of', 'had they taken more time', 'take shape', 'took a job', 'capture "
    "the greatness of': a verb read as a seizure (COERCE, seize mode) whose first WordNet "
    "sense is no verb of contact or possession (take: social, capture: creation) and whose "
    "seized things are all abstract nouns (not a possession; abstract_nouns.txt), with no "
    "armed actor, weapon or physical target around, no country or place as source and no "
    "place seized, is no event",
)
def seizure_needs_holding(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX") or not is_seizure(frame):
        return frame
    if holding_verb(tok):
        return frame
    things = seized_things(tok)
    if not things or not all(abstract(thing) for thing in things):
        return frame  # a person, a group, a thing or a possession may be taken by anyone
    if any(place(thing) for thing in things):
        return frame
    if _armed_or_state(frame.source, ctx) or _force_around(frame, tok, ctx):
        return frame
    return None


def _force_around(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """An armed actor, a weapon or a physical target among the predicate's words, or an
    armed source (the sense rules' reading of force, less its "a country as the target":
    the country of "the greatness of the United States" is taken by no one)."""
    words = sense_words()
    if _around(frame, tok) & (words["armed"] | words["weapon"] | words["physical"]):
        return True
    wordnet = wordnet_words()
    if wordnet and _around_nouns(tok) & (
        wordnet["armed"] | wordnet["weapon"] | wordnet["physical"]
    ):
        return True
    return bool(_sectors(frame.source, ctx) & set(ARMED_SECTORS)) or armed_around(frame, tok)
