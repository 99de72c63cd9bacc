"""A charge rejected is a rejection aimed at the one who made it.

Rule ``events.frame.rejected_charge``: "Beijing dismissed Washington's criticism of X",
"Moscow rejected British accusations that ...", "the ministry denied Ukrainian charges":
a verb whose most frequent WordNet sense is to reject or to deny (reject.v.01, deny.v.01
and below: ``data/events/rejecting_verbs.txt``, imported by ``events.wordnet_import``)
whose object is an event noun of criticism or accusation (PLOVER DISAPPROVE, ACCUSE) is a
rejection (REJECT, CAMEO 12x) by the verb's subject, and its target is the one who made
the charge (the noun's possessor, nationality adjective or "by" agent), not the one the
charge was aimed at (usually the rejecter itself). Where no lexicon row fits the verb, or
only the imported dictionary's bare code does, the rule gives it a refusal row; the frame
builder folds the object noun into it as it does for "rejected an ultimatum".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .lexicon import TriggerEntry, is_bare
from .parts import Frame

REJECTED_CHARGE = declare(
    "events.frame.rejected_charge",
    "'dismissed Washington's criticism', 'rejected British accusations': a verb of "
    "rejecting or denying (WordNet reject.v.01, deny.v.01) whose object is an event noun of "
    "criticism or accusation is a rejection (REJECT) aimed at the one who made the charge",
    order=29,
)
# the PLOVER types of a charge: what one rejects or denies as said against oneself
CHARGE_TYPES = ("ACCUSE", "DISAPPROVE")
REJECTED_CHARGE_ROW = "rule:rejected_charge"
REJECT_CODE = "120"


@lru_cache(maxsize=1)
def rejecting_verbs() -> frozenset[str]:
    """ "reject", "dismiss", "deny", "rebuff", "shrug off" (data/events/rejecting_verbs.txt)."""
    return frozenset(word_list("events/rejecting_verbs.txt"))


def rejecting(verb: Token, particles: list[str]) -> bool:
    """The verb, or the verb with one of its particles or adverbs ("brushed aside" parses
    "aside" as an adverb), is a verb of rejecting."""
    lemma = verb.lemma_.lower()
    adverbs = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i > verb.i]
    keys = {lemma} | {f"{lemma} {p}" for p in [*particles, *adverbs]}
    return bool(keys & rejecting_verbs())


def charge_row(verb: Token, rows: list[TriggerEntry]) -> TriggerEntry | None:
    """A refusal row for a verb of rejecting whose best row is none, the imported
    dictionary's bare code, or itself a charge ("rebuffed the accusations" is no criticism
    of them): the caller has checked the verb and its object."""
    if rows and rows[0].role == "refuse":
        return None  # a refusal already: the frame builder folds the charge in
    if rows and not (rows[0].weight < 1 and is_bare(rows[0])) and rows[0].type not in CHARGE_TYPES:
        return None  # a row of ours, or a dictionary pattern that names the object
    return TriggerEntry(
        verb.lemma_.lower(), "V", "refuse", REJECT_CODE, (), "REJECT", REJECTED_CHARGE_ROW
    )


def charge_target(
    role: str,
    comp: Frame,
    source: list[str],
    rejecting_verb: bool,
    types: tuple[str, ...] = CHARGE_TYPES,
) -> list[str] | None:
    """The one who made a rejected charge (the charge noun's own source), or None where
    the rule does not apply: a refusal whose complement is a charge noun."""
    if role != "refuse" or not rejecting_verb or not comp.nominal:
        return None
    if comp.type not in types:
        return None
    made_by = [a for a in comp.source if a not in source]
    return made_by or None
