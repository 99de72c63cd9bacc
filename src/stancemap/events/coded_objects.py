"""An act named by a verb's object is negated by the object's "no": "reported no arrests".

Session 58 (engineer MO), issue 12. A row of the CAMEO verb dictionary may code a verb by
its object word: "report" + "arrest" is an arrest (COERCE 173), "launch" + "strikes" an
attack. The act is then told by the object, but the verb alone is read for negation
(``finish.py`` reads ``frame.tokens[:2]``, here the verb only), so "Police reported no
arrests" was read as an arrest done - the events tune files judged it no event (negated).
A support verb already reads its object's "no" ("made no arrests", ``frames.py`` puts the
noun in ``frame.tokens``); this rule does the same for a row whose condition is its object.

Rule ``events.mode.negated_coded_object``: an event read by a row that requires words of
its direct object is negated where a direct object of the verb holding one of those words
(or, for a row naming an actor slot, any direct object) has the determiner "no".
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import modality as mod
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry

NEGATED_CODED_OBJECT = declare(
    "events.mode.negated_coded_object",
    "'Police reported no arrests': an event read by a row that names its object's words (the "
    "CAMEO dictionary's 'report' + 'arrest') is negated where that object has 'no', as a "
    "support verb's object already is ('made no arrests')",
    order=20.2,
)


def coded_objects(row: TriggerEntry, verb: Token) -> list[Token]:
    """The direct objects of ``verb`` that the row's object condition reads."""
    words = [set(r.words) for r in row.requires if r.slot == "obj" and r.words]
    if not words:
        return []
    objects = args.children(verb, "dobj", "obj")
    objects += [c for o in objects for c in args.children(o, "conj")]
    wanted = set().union(*words)
    return [o for o in objects if o.lemma_.lower() in wanted or o.lower_ in wanted]


def negated_object(row: TriggerEntry, verb: Token) -> bool:
    """A coded object of the verb carries "no": "reported no arrests"."""
    objects = coded_objects(row, verb)
    return bool(objects) and all(mod.is_negated([o]) for o in objects)
