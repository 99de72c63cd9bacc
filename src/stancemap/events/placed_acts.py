"""Acts placed on someone: the placed event noun is the event.

Rule ``events.frame.placed_act`` (session 51 MR): "the Commerce Department is putting heavy
tariffs on Chinese steel", "the EU put sanctions on Russia", "placed restrictions on foreign
media", "laid the blame on the governor": a verb of placing (``data/events/placing_verbs.txt``,
WordNet put.v.01) whose object is an event noun of the trigger lexicon, with an "on" / "upon"
phrase (on the verb or on the noun) saying where it is placed, hands the event to that noun
as a support verb does ("imposed sanctions on Russia"): the placer is its source, the verb
carries tense, negation and modality. Without it "put" has no row of its own and "place"
only the CAMEO dictionary's patterns, so "put sanctions on Russia" is read as nothing.
The "on" phrase keeps the literal verb out: "put the proposal to a vote", "set a
deadline", "placed a call to X" keep their own rows (or none).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry

PLACED_ACT = declare(
    "events.frame.placed_act",
    "'put sanctions on Russia', 'placed tariffs on steel', 'laid the blame on X': a verb of "
    "placing (WordNet put.v.01: put, place, set, lay, pose, position; "
    "data/events/placing_verbs.txt) whose object is an event noun and that has an 'on' / "
    "'upon' phrase hands the event to the noun, the placer its source, before the verb's own "
    "dictionary rows",
    order=29.81,
)
PLACED_ROW = "rule:placed_act"
ON_PREPS = ("on", "upon")


@lru_cache(maxsize=1)
def placing_verbs() -> frozenset[str]:
    return word_list("events/placing_verbs.txt")


def placed_on(verb: Token, noun: Token) -> bool:
    """An "on" / "upon" phrase says where the noun is placed: on the verb ("put tariffs on
    steel") or, as the parser often hangs it, on the noun ("put [tariffs on steel]")."""
    return bool(args.prep_objects(verb, ON_PREPS) or args.prep_objects(noun, ON_PREPS))


def placed_act_row(
    verb: Token, objects: list[Token], event_noun: Callable[[Token], bool]
) -> TriggerEntry | None:
    """A support-verb row for a verb placing an event noun on someone, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in placing_verbs():
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "put off the talks", "set up a meeting": a particle verb's own rows
    if not any(event_noun(n) and placed_on(verb, n) for n in objects):
        return None
    return TriggerEntry(verb.lemma_.lower(), "V", "light", None, (), None, PLACED_ROW)
