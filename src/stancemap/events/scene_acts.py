"""The doer of an agentless passive named by the act it happened in (session 29, issue 12).

* ``events.args.passive_in_act_doer``: "Anwar al-Awlaki was killed in a 2011 U.S. drone
  strike", "two soldiers were wounded in a Taliban attack", "civilians killed in Russian
  air raids": a passive verb with no "by" agent whose "in"/"during" object is an act of
  force or coercion (the trigger lexicon's noun reading, PLOVER ASSAULT, FIGHT, COERCE)
  has that act's doer as its source: the actor the noun's own premodifiers, possessor or
  "by" agent name ("U.S.", "the army's", "by Kenyan police"), read as for any event noun.
  A noun that names no doer ("killed in an attack") gives none: the passive stays
  sourceless. The passive's own subject (its patient) is never its doer.

* ``events.args.act_subject_doer``: "The army's shelling of Homs killed ten people", "the
  shelling of the town killed five": a subject that is an act of force (the lexicon's noun
  reading, as above) stands for its doer only - its premodifier, possessor or "by" agent -
  and never for its "of"/"on"/"against" object, which is its patient; no doer named, no
  source from the phrase.

It reads the parse only: nothing is guessed from earlier sentences or from the speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry

PASSIVE_IN_ACT_DOER = declare(
    "events.args.passive_in_act_doer",
    "'X was killed in a U.S. drone strike', 'wounded in a Taliban attack': an agentless "
    "passive whose 'in'/'during' object is an act of force or coercion has that act's named "
    "doer (its premodifier, possessor or 'by' agent) as source; none named, none",
    order=10.7,
)

ACT_SUBJECT_DOER = declare(
    "events.args.act_subject_doer",
    "'The army's shelling of Homs killed ten people': a subject that is an act of force "
    "stands for its named doer (premodifier, possessor, 'by' agent), never for its "
    "'of'/'on' object (the act's patient); no doer named, no source from it",
    order=10.8,
)

# the PLOVER types of an act whose victims a passive reports ("killed in a strike")
SCENE_TYPES = frozenset(("ASSAULT", "FIGHT", "COERCE"))
_SCENE_PREPS = ("in", "during")
_PASSIVE_DEPS = ("auxpass", "nsubjpass")


def _agentless_passive(verb: Token) -> bool:
    """A passive verb ("was killed") or a reduced passive participle on a noun
    ("civilians killed in ...") with no "by" agent of its own."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    if args.prep_objects(verb, ["by"]):
        return False
    if any(c.dep_ in _PASSIVE_DEPS for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")


def scene_acts(
    verb: Token,
    match_noun: Callable[[Token], TriggerEntry | None],
    verb_is_force: bool = False,
    died: bool = False,
) -> list[Token]:
    """The acts of force an agentless passive ``verb`` happened in: the nouns of its
    "in"/"during" objects (and their conjuncts) that the lexicon reads as force; under a
    verb of force itself (``verb_is_force``: "killed in a drone strike"), also a noun of
    force the lexicon reads as a labour strike (``events/sense.tsv`` force words). ``died``: ``verb`` is an active verb of dying, whose subject
    undergoes the act as a passive's does (``events/dying.py``)."""
    if not died and not _agentless_passive(verb):
        return []
    found: list[Token] = []
    for pobj in args.prep_objects(verb, _SCENE_PREPS):
        for noun in args.conjuncts(pobj):
            if noun.pos_ != "NOUN":
                continue
            row = match_noun(noun)
            if row is None:
                continue
            if row.type in SCENE_TYPES or (
                verb_is_force and row.type == "PROTEST" and _force_word(noun)
            ):
                found.append(noun)
    return found


def _force_word(noun: Token) -> bool:
    from .sense import sense_words  # sense imports the argument modules

    return noun.lemma_.lower() in sense_words()["force_verb"]


def is_force_act(noun: Token, match_noun: Callable[[Token], TriggerEntry | None]) -> bool:
    """``noun`` is a common noun the lexicon reads as an act of force or coercion."""
    if noun.pos_ != "NOUN":
        return False
    row = match_noun(noun)
    return row is not None and row.type in SCENE_TYPES
