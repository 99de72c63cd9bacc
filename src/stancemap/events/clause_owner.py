"""Whose a noun is when its own words name no one, from the participle clause on it.

"Troops sent by Nigeria attacked ...", "the committee based in Kenya demanded ...",
"300 fighters affiliated with X attacked ...": the noun ("troops", "committee",
"fighters") is no actor the actors stage found, and the phrase's own words name
none; the reduced relative clause on it does. Its "by" agent is the doer behind
the noun, the place it is "in" is where the group is (coded as that country's, as
"demonstrators in Baghdad" are), and what it is "with" is its affiliation. The
prepositions are data (``lexicon/clause_owner_preps.txt``); "to" and "from" are
not among them ("troops deployed to Mali" are not Mali's). Only a clause with no
subject or auxiliary of its own counts: a full relative clause says what the noun
did, not whose it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args

CLAUSE_OWNER = declare(
    "events.args.clause_owner",
    "'troops sent by X', 'a committee based in X', 'fighters affiliated with X': a noun "
    "that names no actor takes the actor its participle clause names",
    order=22.8,
)
OWNER_PREPS = word_list("lexicon/clause_owner_preps.txt")
_PARTICIPLES = ("VBN", "VBG")
_OWN_CLAUSE = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")


def clause_owners(head: Token, actors: ActorLayer) -> list[str]:
    """The actors a participle clause on ``head`` names as its owner ([] if none)."""
    if head.pos_ not in ("NOUN", "PROPN") or args.is_pronoun(head):
        return []
    for clause in head.children:
        if clause.dep_ != "acl" or clause.tag_ not in _PARTICIPLES or clause.i < head.i:
            continue
        if any(c.dep_ in _OWN_CLAUSE for c in clause.children):
            continue  # "the troops that were sent": a clause of its own
        for pobj in args.prep_objects(clause, sorted(OWNER_PREPS)):
            found = [a for conj in args.conjuncts(pobj) for a in args.phrase_actors(conj, actors)]
            if pobj.head.lower_ not in ("by", "with"):
                # a place: the linker may have made "Goma" a person ("based in Goma")
                found = [a for a in found if not args.is_person(actors, a)]
            if found:
                return found
    return []
