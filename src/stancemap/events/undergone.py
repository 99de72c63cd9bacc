"""Events the subject undergoes: "a convoy came under attack", "suffered an attack by
rebels", "faces sanctions from the EU", "was the target of an attack by X".

The verb is no event of its own (and never "come" as a visit): the event is the noun it
governs, its target is the verb's subject, its source the noun's own doer (a possessor,
"by", or "from" on the noun or the verb). Which verbs and slots do this is data
(``data/lexicon/undergone_events.tsv``). Rule ``events.args.undergone_event``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare
from . import arguments as args

UNDERGONE_EVENT = declare(
    "events.args.undergone_event",
    "'came under attack', 'suffered an attack by X', 'was the target of an attack by X': "
    "the subject is the target of the noun's event, 'by'/'from' names its source",
    order=45,
)


@cache
def _slots() -> dict[str, list[tuple[str, frozenset[str], bool]]]:
    """verb lemma -> [(slot, predicate nouns for an attr slot, coded verb turns too)]."""
    out: dict[str, list[tuple[str, frozenset[str], bool]]] = {}
    for row in read_table("lexicon/undergone_events.tsv", required=("verb", "slot", "coded")):
        nouns = frozenset(w for w in row.get("nouns", "").split("|") if w and w != "-")
        out.setdefault(row["verb"].lower(), []).append((row["slot"], nouns, row["coded"] == "yes"))
    return out


def listed_verbs() -> frozenset[str]:
    """The verbs the table lists (``acquired.py`` reads only the others)."""
    return frozenset(_slots())


def undergone_nouns(verb: Token, coded: bool = False) -> list[Token]:
    """The nouns whose event the verb's subject undergoes ("came under attack": attack);
    ``coded``: only the slots where a verb pattern coded on its own turns too ("came under
    fire"; not "received the minister", Kenya's own hosting)."""
    rows = _slots().get(verb.lemma_.lower())
    if not rows:
        return []  # most verbs: no Token walk at all
    out: list[Token] = []
    for slot, nouns, turns in rows:
        if coded and not turns:
            continue
        if slot == "obj":
            out += args.children(verb, "dobj", "obj")
        elif slot.startswith("prep:"):
            out += args.prep_objects(verb, [slot.split(":", 1)[1]])
        elif slot == "attr":
            for attr in args.children(verb, "attr", "dobj"):
                if attr.lemma_.lower() in nouns:
                    out += args.prep_objects(attr, ["of"])
    if out and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []  # "sanctions were faced": not the subject's own ordeal
    return out


def undergoing_verb(noun: Token) -> Token | None:
    """The verb (or copula) through which a subject undergoes ``noun``, if any."""
    head = noun.head
    candidates = [head]
    if head.dep_ == "prep":
        candidates.append(head.head)  # "came under attack"
        if head.head.dep_ in ("attr", "dobj"):
            candidates.append(head.head.head)  # "was the target of an attack"
    for verb in candidates:
        if verb.i != noun.i and noun in undergone_nouns(verb):
            return verb
    return None


def doers(noun: Token, verb: Token) -> list[Token]:
    """Who does what the subject undergoes: "attack by/from X" on the noun or the verb,
    "the support of X" on the noun."""
    return args.prep_objects(noun, ["by", "from", "of"]) + args.prep_objects(verb, ["by", "from"])
