"""A meeting or consultation needs a party: "discussed his new book", "met with fierce
opposition", "faces a huge challenge" name no one met or consulted.

``events.trigger.consult_needs_party``: a verb whose row reads it as CONSULT, whose
object or "with" object is there but is no actor (no linked actor, no agent noun or
WordNet noun of people (lexicon/people_nouns.txt), no person, group or place name, no
pronoun), and whose subject is one party (not a
plural or a coordination: "the two leaders discussed the crisis" is a meeting), reports no
consultation: the CONSULT rows are skipped.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.lexicon import agent_words, singular
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args

CONSULT_NEEDS_PARTY = declare(
    "events.trigger.consult_needs_party",
    "a CONSULT verb whose object or 'with' object is no actor, agent, name or pronoun and "
    "whose subject is one party ('discussed his new book', 'met with fierce opposition', "
    "'faces a huge challenge') is no consultation",
    order=24,
)

CONSULT = "CONSULT"
# entity labels of someone met: people, groups, bodies, places that stand for states
PARTY_ENTITIES = frozenset(("PERSON", "NORP", "ORG", "GPE"))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """WordNet's nouns of people (read once, not per object)."""
    return word_list("lexicon/people_nouns.txt")


def _is_party(head: Token, actors: ActorLayer | None) -> bool:
    for conj in args.conjuncts(head):
        if actors is not None and args.phrase_actors(conj, actors):
            return True
        if conj.pos_ == "PRON" or conj.ent_type_ in PARTY_ENTITIES:
            return True
        lemma = conj.lemma_.lower()
        for words in (agent_words(), _people_nouns()):
            if lemma in words or singular(conj.lower_) in words:
                return True
    return False


def _one_party_subject(tok: Token) -> bool:
    subjects = args.children(tok, "nsubj")
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if args.conjuncts(subject)[1:] or subject.tag_ in ("NNS", "NNPS"):
        return False  # "Russia and Turkey discussed", "the leaders met"
    return subject.lower_ not in ("we", "they")


def no_party(tok: Token, actors: ActorLayer | None) -> bool:
    """Whether the verb's object and "with" object name no party to meet."""
    heads = args.children(tok, "dobj", "obj") + args.prep_objects(tok, ["with"])
    if not heads or not _one_party_subject(tok):
        return False
    return not any(_is_party(h, actors) for h in heads)
