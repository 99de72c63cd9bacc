"""Directives: "X told Y that it must do Z".

A clause under "must"/"should" reported by a speech verb is a demand by the speaker. Its
target is the clause's subject; a pronoun subject that agrees with the one addressed (the
speech verb's object, or its "to" object) is that addressee: the one told that it must is
the one obliged. (A must-clause on a speech noun, "issued a warning to Y that it must",
was rule ``events.frame.speech_noun_demand``: removed in session 11, worth nothing on five
gold sets and 40 real articles.)

Rules ``events.frame.speech_modal_demand`` (frames.py) and
``events.args.addressee_of_directive``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import modality as mod
from ..rules import declare
from . import arguments as args

ADDRESSEE_OF_DIRECTIVE = declare(
    "events.args.addressee_of_directive",
    "'X told Y that it must ...': a pronoun subject of the directive that agrees with the "
    "one addressed (object or 'to' object of the speech verb) is the addressee",
    order=33.6,
)


def directive_clauses(tok: Token) -> list[tuple[Token, list[Token]]]:
    """(clause, addressees) of a speech verb's complements."""
    out: list[tuple[Token, list[Token]]] = []
    if mod.is_speech(tok.lemma_):
        clauses = args.children(tok, "ccomp")
        if clauses:
            addressed = args.children(tok, "dobj", "dative") + args.prep_objects(tok, ["to"])
            out += [(c, addressed) for c in clauses]
    return out
