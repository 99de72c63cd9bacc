"""Directives: "X told Y that it must do Z", "X issued a reminder to Y that it must do Z".

A clause under "must"/"should" reported by a speech verb, or attached to a noun that
names a speech act ("reminder", "warning", "message": the noun of a speech verb), is a
demand by the speaker. Its target is the clause's subject; a pronoun subject that agrees
with the one addressed (the speech verb's object, or the "to" object of the verb or the
noun) is that addressee: the one told that it must is the one obliged.

Rules ``events.frame.speech_noun_demand`` and ``events.args.addressee_of_directive``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..nlp.reporting import load_lexicon
from ..rules import declare
from . import arguments as args
from . import modality as mod
from .lexicon import verbs_of_noun

SPEECH_NOUN_DEMAND = declare(
    "events.frame.speech_noun_demand",
    "'X issued a reminder / a warning to Y that it must ...': a must/should clause on a "
    "noun of a speech verb is X's demand, like 'X said that Y must ...'",
    order=11,
)
ADDRESSEE_OF_DIRECTIVE = declare(
    "events.args.addressee_of_directive",
    "'X told Y that it must ...': a pronoun subject of the directive that agrees with the "
    "one addressed (object or 'to' object of the speech verb or noun) is the addressee",
    order=33.6,
)


def is_speech_noun(noun: Token) -> bool:
    """A noun that names a speech act: a speech noun of the shared reporting lexicon
    ("warning", "message", "statement"), or the noun of a reporting verb."""
    return noun.pos_ == "NOUN" and _speech_noun(noun.lemma_.lower())


@cache
def _speech_noun(lemma: str) -> bool:
    if load_lexicon().nouns.get(lemma) == "speech":
        return True
    return any(mod.is_speech(v) for v in verbs_of_noun(lemma))


def directive_clauses(tok: Token, nouns: bool) -> list[tuple[Token, list[Token]]]:
    """(clause, addressees) of a speech verb's complements and, with ``nouns``, of the
    clauses on its object nouns that name a speech act."""
    out: list[tuple[Token, list[Token]]] = []
    if mod.is_speech(tok.lemma_):
        clauses = args.children(tok, "ccomp")
        if clauses:
            addressed = args.children(tok, "dobj", "dative") + args.prep_objects(tok, ["to"])
            out += [(c, addressed) for c in clauses]
    if nouns:
        for noun in args.children(tok, "dobj", "obj"):
            if is_speech_noun(noun):
                to_noun = args.prep_objects(noun, ["to"]) + args.prep_objects(tok, ["to"])
                to_noun += args.children(tok, "dative")
                out += [(c, to_noun) for c in args.children(noun, "acl", "ccomp")]
    return out
