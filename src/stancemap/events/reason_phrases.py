"""No target from a reason phrase or a clause under a preposition where the act names its
patient (session 70, engineer EA; issue 12, arguments on world news).

``events.args.reason_phrase_not_target``: "Australian prosecutors charged a 42-year-old man
for helping the Islamic State group", "At least 18 arrested for providing shelter to ISIL
fighters", "The suspect had advised the militant group on how to develop its own missiles",
"Criticizing his predecessor for a failed policy in the Middle East". The act names the one
it is done to - a direct object, a passive subject, or the noun a bare participle hangs
on - and that one is a party by its kind: a name the actors stage reads, a personal pronoun,
a number of people ("at least 18"), or a common noun whose most frequent WordNet sense is
a person or a group (``data/events/noun_lexnames.tsv``; "man", "suspect", "predecessor",
"group"), or one of the people nouns or agent words. Then a preposition's clause (a gerund
or a "how to" infinitive, spaCy's ``pcomp``: what the patient did, or what the act is
about) and a "for" or "over" phrase (the reason: "for a failed policy", "over its
dealings") are no party: whom they name is the patient's partner, victim or topic, not the
one the act is done to. The target is read from the patient, and stays empty where the
patient names no actor ("a 42-year-old man"). A patient that is a thing ("provided weapons
for the rebels", "sent aid over the border") keeps its prepositions: there "for" may name
the one served.

Reads the parse and WordNet's first senses only; no word of any article is listed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.lexicon import agent_words, singular
from ..actors.speaking_groups import people_nouns
from ..rules import declare
from . import arguments as args
from .lexnames import noun_lexnames

REASON_PHRASE_NOT_TARGET = declare(
    "events.args.reason_phrase_not_target",
    "'charged a man for helping the Islamic State group', 'advised the group on how to "
    "develop its missiles': where the act names a patient that is a party by its kind (a "
    "name, a pronoun, a number of people, a WordNet person or group noun), a clause under a "
    "preposition and a 'for' / 'over' reason phrase name no target",
    order=40.97,
)

# the WordNet lexicographer files of a noun that names someone one can act on
PARTY_FILES = frozenset({"noun.person", "noun.group"})
# the unique beginners of those files, which WordNet files under noun.Tops ("the group")
PARTY_TOPS = frozenset({"person", "group"})
# prepositions whose object, on an act with a party patient, is the reason for the act
REASON_PREPS = frozenset({"for", "over"})
# number words and quantities that stand for people ("at least 18 arrested")
_NUMBER_TAGS = ("CD",)


def patients(verb: Token, objects: list[Token]) -> list[Token]:
    """The phrases naming whom ``verb`` is done to: its objects, its passive subject, the
    noun a bare past participle hangs on ("18 arrested for ...")."""
    found = list(objects) + args.children(verb, "nsubjpass")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        found.append(verb.head)
    return found


def party_kind(noun: Token, actors: ActorLayer) -> bool:
    """``noun`` names a party by its kind (see the module doc)."""
    if args.phrase_actors(noun, actors):
        return True
    if args.is_pronoun(noun) and noun.lower_ not in ("it", "this", "that", "what", "which"):
        return True
    if noun.tag_ in _NUMBER_TAGS or noun.like_num:
        return True
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    if noun_lexnames().get(lemma) in PARTY_FILES or lemma in PARTY_TOPS:
        return True
    if lemma in people_nouns():
        return True
    words = agent_words()
    return lemma in words or singular(noun.lower_) in words


def reason_or_clause(prep_object: Token) -> bool:
    """The object of a preposition on the act is a clause (a gerund or "how to"
    infinitive: ``pcomp``, or a gerund tagged ``pobj``) or the object of a reason
    preposition ("for", "over")."""
    if prep_object.dep_ == "pcomp":
        return True
    if prep_object.tag_ == "VBG" and prep_object.pos_ == "VERB":
        return True
    return prep_object.head.lower_ in REASON_PREPS


def drop_reasons(
    verb: Token, objects: list[Token], preps: list[Token], actors: ActorLayer
) -> list[Token]:
    """``preps`` less the reason phrases and clauses, where the act names a party patient."""
    if not preps:
        return preps
    if not any(party_kind(p, actors) for p in patients(verb, objects)):
        return preps
    return [p for p in preps if not reason_or_clause(p)]
