"""A verb whose lexicon rows are all conditional, read by the family they agree on (session 43).

Rule ``events.trigger.dictionary_conditional_family``: PETRARCH's CAMEO verb dictionary
heads many verb blocks with ``[---]`` ("the bare verb codes nothing") and lists only
patterns under them ("FREEZE * ASSETS" 1621, "FREEZE * AID" 163, ...). Where no pattern
fits, the verb gives no event. This rule tries the general reading proposed for issue 12:
a verb whose rows in the merged lexicon (``triggers.tsv`` and the imported
``cameo_verbs.tsv``) are all conditional - no bare row, no support or no-event row, at
least ``MIN_ROWS`` event rows - and agree on one CAMEO root (two digits) and one PLOVER
type takes that root's code ("160") and type when no row fits, but only where both its
subject and its direct object name actors ("Russia froze Ukraine": a deed between
parties, not "froze the accounts").

No word list: the verbs and their family come from the lexicon's own rows. Session 43 DR
measured it (docs/benchmarks.md): the verbs it reaches are mostly artefacts of the
dictionary's synonym sets ("write", "publish" 11; "predict", "await" 03; "remember" 16),
so it ships off.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args
from .lexicon import Lexicon, TriggerEntry, is_bare

CONDITIONAL_FAMILY = declare(
    "events.trigger.dictionary_conditional_family",
    "a verb whose lexicon rows are all conditional (no bare row; at least two event rows) "
    "and agree on one CAMEO root and PLOVER type takes that root's code when none fits and "
    "its subject and direct object both name actors",
    order=29.65,
)
FAMILY_ROW = "rule:conditional_family"
# one pattern is no agreement: a family needs at least this many rows
MIN_ROWS = 2
NOT_EVENT_ROLES = ("light", "none", "intent", "threat", "refuse", "demand")


def family_of(rows: list[TriggerEntry]) -> tuple[str, str, float] | None:
    """(root code, PLOVER type, weight) the rows agree on, or None: every row is an
    event row with a code and conditions, at least ``MIN_ROWS`` of them, one root."""
    if len(rows) < MIN_ROWS:
        return None
    roots: set[str] = set()
    types: set[str] = set()
    for row in rows:
        if row.role in NOT_EVENT_ROLES or not row.cameo or not row.type or is_bare(row):
            return None
        roots.add(row.cameo[:2])
        types.add(row.type)
    if len(roots) != 1 or len(types) != 1:
        return None
    return roots.pop(), types.pop(), min(row.weight for row in rows)


def family_row(tok: Token, lexicon: Lexicon, actors: ActorLayer | None) -> TriggerEntry | None:
    """The family row of a verb none of whose rows fit, when its subject and direct
    object both name actors; else None."""
    if actors is None or tok.pos_ != "VERB" or args.children(tok, "prt"):
        return None
    lemma = tok.lemma_.lower()
    family = family_of(lexicon.candidates(lemma, "V"))
    if family is None:
        return None
    subjects = args.children(tok, "nsubj")
    objects = args.children(tok, "dobj", "obj")
    if not any(args.phrase_actors(s, actors) for s in subjects):
        return None
    if not any(args.phrase_actors(o, actors) for o in objects):
        return None
    root, kind, weight = family
    return TriggerEntry(lemma, "V", "event", f"{root}0", (), kind, f"{FAMILY_ROW}:{root}", weight)
