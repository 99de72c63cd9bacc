"""Acts ordered, authorised or approved: the act is the event.

Rule ``events.frame.authorised_act``: "ordered an attack on the camp", "authorised strikes on
rebel positions", "approved the deployment of troops to the border", "signed off on the deployment":
a verb of ordering, authorising or approving (WordNet order.v.01, command.v.02,
authorize.v.01, approve.v.01; ``data/events/authorising_verbs.tsv``) whose object (for "sign
off", its "on" object) is an event noun of the trigger lexicon hands the event to that noun,
as a support verb does ("imposed sanctions"): the one who orders is its source, the noun's
own target (or the verb's) its target, and the verb carries tense, negation and modality.
Without it the verb's own dictionary rows code it: "order" has 101 rows from a CAMEO
synonym set, read "ordered an attack" as ACCUSE 113 and "ordered a shutdown" as nothing.
A verb whose object is no event noun keeps its own rows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry

AUTHORISED_ACT = declare(
    "events.frame.authorised_act",
    "'ordered an attack on X', 'authorised strikes on X', 'approved the deployment of troops', "
    "'signed off on the deployment': a verb of ordering or approving (WordNet order.v.01, "
    "authorize.v.01, approve.v.01) hands the event to its object when that is an event noun, "
    "the orderer its source, before the verb's own dictionary rows",
    order=29.8,
)
AUTHORISED_ROW = "rule:authorised_act"


@lru_cache(maxsize=1)
def authorising_words() -> dict[str, frozenset[str]]:
    """ "order", "authorize", "approve" (verb); "sign off" (on_verb)."""
    return words_by_kind("events/authorising_verbs.tsv", ("verb", "on_verb"))


def _particle_key(verb: Token) -> str:
    parts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{verb.lemma_.lower()} {parts[0]}" if parts else verb.lemma_.lower()


def authorised_nouns(verb: Token, objects: list[Token]) -> list[Token]:
    """The nouns a verb of ordering or approving takes as what it orders: its objects, or
    the "on" object of "sign off"."""
    words = authorising_words()
    if verb.pos_ != "VERB":
        return []
    if _particle_key(verb) in words["on_verb"]:
        return args.prep_objects(verb, ["on"])
    if verb.lemma_.lower() in words["verb"] and not any(c.dep_ == "prt" for c in verb.children):
        return objects
    return []


def authorised_act_row(
    verb: Token, objects: list[Token], event_noun: Callable[[Token], bool]
) -> TriggerEntry | None:
    """A support-verb row for a verb that orders or approves an event noun, else None."""
    nouns = authorised_nouns(verb, objects)
    if not any(event_noun(n) for n in nouns):
        return None
    return TriggerEntry(verb.lemma_.lower(), "V", "light", None, (), None, AUTHORISED_ROW)
