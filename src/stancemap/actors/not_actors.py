"""Phrases that name no actor, read from the parse and WordNet (session 16).

* ``actors.agent.verb_idiom_object``: "the two parties joined forces" - a bare agent noun
  that with its verb is a WordNet verb lemma ("join forces": ``verb_noun_idioms.txt``) is
  part of the verb.
* ``actors.agent.field_compound``: "a media breakfast", "the reality TV star", "voter
  data" - a generic agent noun (no country of its own) modifying another noun names a
  field or kind, unless it can be a body (a WordNet sense in noun.group: "police raid",
  "bank executives") or the noun it modifies is an act ("worker strike").
* ``actors.agent.quantified_generic``: "Trump has won enough delegates" - a plural
  generic agent noun counted by a quantifier, not a subject, is a number of people.
* ``actors.agent.predicative_role``: "she became a U.S. citizen", "he was elected
  governor" - a role noun that is the complement of its clause (``attr``, ``oprd``) says
  what the subject is; it is no mention of its own.
* ``actors.agent.act_use`` (session 18): "met with fierce opposition" - an agent noun
  whose first WordNet sense is an act, bare but for a plain adjective, as an object, is
  the act ("the opposition", "Syrian opposition", "armed opposition" stay actors).
* ``actors.names.name_word_compound``: "a Trojan horse" - a capitalised word that with the
  lower-case noun after it is a WordNet noun ("Trojan horse") names no one.
* ``actors.names.lowercase_person``: a PERSON entity written wholly in lower case ("jeff")
  is a fragment, no name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..datafiles import word_list
from ..rules import declare
from .lexicon import singular

if TYPE_CHECKING:
    from .resolve import DocumentResolver

VERB_IDIOM_OBJECT = declare(
    "actors.agent.verb_idiom_object",
    "'joined forces': a bare agent noun object that with its verb is a WordNet verb lemma "
    "(lexicon/verb_noun_idioms.txt) is part of the verb, no actor",
)
FIELD_COMPOUND = declare(
    "actors.agent.field_compound",
    "'a media breakfast', 'the TV star', 'voter data': a generic agent noun with no country "
    "modifying another noun names a field, no actor - unless it has a WordNet sense in "
    "noun.group ('police raid', 'bank executives') or the noun is an act ('worker strike')",
)
QUANTIFIED_GENERIC = declare(
    "actors.agent.quantified_generic",
    "'won enough delegates', 'the remaining delegates': a plural generic agent noun with no "
    "country, counted by a quantifier and not a subject, is a number of people, no actor",
)
PREDICATIVE_ROLE = declare(
    "actors.agent.predicative_role",
    "'she became a U.S. citizen', 'he was elected governor': a role noun that is its "
    "clause's complement (attr, oprd) with no definite determiner says what the subject "
    "is, no mention of its own",
)
ACT_USE = declare(
    "actors.agent.act_use",
    "'met with fierce opposition', 'faced stiff resistance': an agent noun whose first "
    "WordNet sense is an act (lexicon/act_nouns.txt), used bare as an object with a plain "
    "adjective (no determiner, possessor, number, name or nationality), is the act, no actor",
)
NAME_WORD_COMPOUND = declare(
    "actors.names.name_word_compound",
    "'a Trojan horse': a one-word name that with the lower-case noun after it is a WordNet "
    "noun (lexicon/name_word_compounds.txt) names no one",
)
LOWERCASE_PERSON = declare(
    "actors.names.lowercase_person",
    "a PERSON entity written wholly in lower case ('jeff') is a fragment, no name",
)

# quantifying determiners and adjectives (a closed class of English grammar)
QUANTIFIERS = frozenset(
    {"enough", "remaining", "some", "many", "several", "few", "all", "any", "most", "more"}
)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def verb_noun_idioms() -> frozenset[str]:
    return word_list("lexicon/verb_noun_idioms.txt")


@lru_cache(maxsize=1)
def name_word_compounds() -> frozenset[str]:
    return word_list("lexicon/name_word_compounds.txt")


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return word_list("lexicon/group_nouns.txt")


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    return word_list("lexicon/act_nouns.txt")


def verb_idiom_object(token: Token) -> bool:
    """ "joined forces": the noun, with no modifier of its own, is the object of a verb
    that with it is a WordNet verb lemma."""
    if token.dep_ != "dobj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ not in ("punct",) for c in token.lefts):
        return False  # "joined Russian forces": a body
    return f"{token.head.lemma_.lower()} {token.lower_}" in verb_noun_idioms()


_BARE_LEFT = frozenset({"amod", "advmod", "punct", "cc", "conj"})


def act_use(token: Token) -> bool:
    """ "met with fierce opposition": a singular agent noun whose first WordNet sense is an
    act, the object of a verb or preposition, bare but for a plain adjective (not a
    participle, not a nationality or name: "Syrian opposition", "armed opposition" stay)."""
    if token.dep_ not in ("dobj", "pobj") or token.tag_ != "NN" or not token.text.islower():
        return False
    if token.lower_ not in act_nouns():
        return False
    lefts = list(token.lefts)
    if any(c.dep_ not in _BARE_LEFT for c in lefts):
        return False  # "the opposition", "Kenya's opposition", "opposition parties"
    adjectives = [c for c in lefts if c.dep_ == "amod"]
    return bool(adjectives) and all(
        c.tag_ in ("JJ", "JJR", "JJS") and not c.ent_type_ and c.text.islower() for c in adjectives
    )


def field_compound(token: Token) -> bool:
    """The generic agent noun modifies a noun after it and is no body, and that noun is
    no act ("a media breakfast", "voter data"; not "police raid", "worker strike")."""
    if token.dep_ not in ("compound", "nmod") or not token.text.islower():
        return False
    head = token.head
    if head.i <= token.i or head.pos_ != "NOUN":
        return False
    if singular(token.lower_) in group_nouns() or token.lower_ in group_nouns():
        return False
    return head.lemma_.lower() not in act_nouns() and head.lower_ not in act_nouns()


def quantified_generic(token: Token) -> bool:
    """A plural noun counted by a quantifier ("enough delegates"), not a subject."""
    first = token
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head  # "the governor and most state senators support X"
    if token.tag_ not in ("NNS", "NNPS") or first.dep_ in _SUBJECTS:
        return False
    return any(c.dep_ in ("amod", "det", "predet") and c.lower_ in QUANTIFIERS for c in token.lefts)


def predicative_role(token: Token) -> bool:
    """The noun is its clause's complement ("became a citizen", "elected governor") with
    no definite determiner or possessor."""
    if token.dep_ not in ("attr", "oprd"):
        return False
    return not any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in token.lefts
    )


def name_word_compound(ent: Span) -> bool:
    """A one-word name followed by a lower-case noun with which it is a WordNet noun."""
    if len(ent) != 1 or ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    if not nxt.text.islower() or nxt.pos_ != "NOUN":
        return False
    return f"{ent[0].lower_} {nxt.lower_}" in name_word_compounds() or (
        f"{ent[0].lower_} {nxt.lemma_.lower()}" in name_word_compounds()
    )


def lowercase_person(ent: Span) -> bool:
    """A PERSON entity with no capital letter."""
    return ent.label_ == "PERSON" and not any(ch.isupper() for ch in ent.text)


def generic_no_actor(resolver: DocumentResolver, token: Token) -> bool:
    """A generic agent phrase with no country of its own that names no actor: a field
    (rule ``FIELD_COMPOUND``) or a count of people (rule ``QUANTIFIED_GENERIC``)."""
    on = resolver.switches.enabled
    return (on(FIELD_COMPOUND) and field_compound(token)) or (
        on(QUANTIFIED_GENERIC) and quantified_generic(token)
    )
