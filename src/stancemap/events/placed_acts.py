"""Acts placed on someone: the placed event noun is the event.

Rule ``events.frame.placed_act`` (session 51 MR): "the Commerce Department is putting heavy
tariffs on Chinese steel", "the EU put sanctions on Russia", "placed a ban on imports from
Turkey", "laid the blame on Ukraine": a verb of placing (``data/events/placing_verbs.txt``,
WordNet put.v.01) whose object is an event noun of the trigger lexicon, with an "on" / "upon"
phrase (on the verb or on the noun) that names someone, hands the event to that noun
as a support verb does ("imposed sanctions on Russia"): the placer is its source, the verb
carries tense, negation and modality. Without it "put" has no row of its own and "place"
only the CAMEO dictionary's patterns, so "put sanctions on Russia" is read as nothing.
The "on" phrase naming someone keeps the literal and the idiom out: "put the talks on hold",
"put sanctions on the table", "put the proposal to a vote" keep their own rows (or none).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry

PLACED_ACT = declare(
    "events.frame.placed_act",
    "'put sanctions on Russia', 'placed tariffs on steel', 'laid the blame on X': a verb of "
    "placing (WordNet put.v.01: put, place, set, lay, pose, position; "
    "data/events/placing_verbs.txt) whose object is an event noun and that has an 'on' / "
    "'upon' phrase naming someone hands the event to the noun, the placer its source, before "
    "the verb's own dictionary rows",
    order=29.81,
)
PLACED_ROW = "rule:placed_act"
ON_PREPS = ("on", "upon")


@lru_cache(maxsize=1)
def placing_verbs() -> frozenset[str]:
    return word_list("events/placing_verbs.txt")


def placed_on(verb: Token, noun: Token, actors: ActorLayer | None) -> bool:
    """An "on" / "upon" phrase, on the verb ("put tariffs on steel") or, as the parser often
    hangs it, on the noun ("put [tariffs on steel]"), that names someone: "on Russia", "on
    Chinese steel", "on imports from Turkey"; not "on hold", "on ice", "on the table"."""
    if actors is None:
        return False
    for place in args.prep_objects(verb, ON_PREPS) + args.prep_objects(noun, ON_PREPS):
        start, end = place.left_edge.idx, place.right_edge.idx + len(place.right_edge)
        if actors.mentions_in(start, end):
            return True
    return False


def placed_act_row(
    verb: Token,
    objects: list[Token],
    event_noun: Callable[[Token], bool],
    actors: ActorLayer | None,
) -> TriggerEntry | None:
    """A support-verb row for a verb placing an event noun on someone, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in placing_verbs():
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "put off the talks", "set up a meeting": a particle verb's own rows
    if not any(event_noun(n) and placed_on(verb, n, actors) for n in objects):
        return None
    return TriggerEntry(verb.lemma_.lower(), "V", "light", None, (), None, PLACED_ROW)
