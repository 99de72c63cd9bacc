"""A party rejected by a verb of rejecting that no lexicon row codes.

Rule ``events.trigger.rejected_party`` (session 46, engineer MC): "Trump disavowed Duke",
"the governor brushed off the senator", "she cold-shouldered the mayor": a verb whose
most frequent WordNet sense is to reject or to deny (reject.v.01, deny.v.01 and below:
``data/events/rejecting_verbs.txt``, the table ``events.frame.rejected_charge`` reads)
whose direct object is itself a named party is a rejection (REJECT, CAMEO 120) of that
party by the verb's subject. The judged real-news tune files miss such events because the
trigger lexicon codes "reject" and "repudiate" (``events.trigger.near_verbs``) but not
their WordNet troponyms without a coded neighbour ("disavow", "abjure", "shrug off").
Only a verb whose most frequent sense is in verb.communication or verb.social reads: a
verb of belief ("discredit", "distrust": verb.cognition) with a person as object is a
charge or an attitude, not a rejection.

It reads only where no row of the verb's own fits (a lexicon or dictionary row keeps its
reading: "dismissed the warrant", "denied the aid") and the object phrase's own name is an
actor (``head_only``: "disavowed Trump's remarks" names a statement, not Trump) with no
possessor ("dismissed his chief of staff" lets one's own man go).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .lexnames import lexnames
from .multiwords import multiword_table
from .rejected_charges import REJECT_CODE, rejecting_verbs

REJECTED_PARTY = declare(
    "events.trigger.rejected_party",
    "'Trump disavowed Duke', 'brushed off the senator': a verb of rejecting or denying "
    "(WordNet reject.v.01, deny.v.01 and below) that no lexicon row fits, whose direct object "
    "itself names an actor, is a rejection (REJECT 120) of that actor",
    order=29.7,
)
REJECTED_PARTY_ROW = "rule:rejected_party"
# the WordNet files of an act towards a party: a rejection said or done ("disavow",
# "brush off"); a verb of belief ("discredit", "distrust", "doubt": verb.cognition) names
# an attitude or a charge, not a rejection of the party
ACT_LEXNAMES = ("communication", "social")


def _lexname(key: str) -> str:
    """The WordNet file of the most frequent sense of a verb or multiword verb, or ""."""
    words = key.split()
    if len(words) == 1:
        return lexnames().get((key, "V"), "").removeprefix("verb.")
    for entry in multiword_table().get(words[0], []):
        if entry.words == tuple(words):
            return entry.lexnames[0]
    return ""


def rejecting_act(verb: Token, particles: list[str]) -> bool:
    """The verb, or the verb with one of its particles or following adverbs ("brushed him
    off", "brushed aside"), is a verb of rejecting whose most frequent sense is an act of
    words or dealings (``ACT_LEXNAMES``)."""
    lemma = verb.lemma_.lower()
    adverbs = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i > verb.i]
    keys = {lemma} | {f"{lemma} {p}" for p in [*particles, *adverbs]}
    return any(_lexname(k) in ACT_LEXNAMES for k in keys & rejecting_verbs())


def rejected_party_row(
    tok: Token, particles: list[str], actors: ActorLayer | None
) -> TriggerEntry | None:
    """A REJECT row for a verb of rejecting whose direct object names an actor; the caller
    has found no row of the verb's own that fits."""
    if actors is None or tok.pos_ != "VERB" or not rejecting_act(tok, particles):
        return None
    # "dismissed his chief of staff": one's own people dismissed are let go, not rejected
    objects = [o for o in args.children(tok, "dobj", "obj") if not args.children(o, "poss")]
    if not any(args.phrase_actors(o, actors, head_only=True) for o in objects):
        return None
    return TriggerEntry(
        tok.lemma_.lower(), "V", "event", REJECT_CODE, (), "REJECT", REJECTED_PARTY_ROW
    )
