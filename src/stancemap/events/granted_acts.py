"""An act granted or offered to someone is theirs to do (issue 12, session 14).

* ``events.args.dative_infinitive``: "The bill gave the president the authority to admit
  refugees", "Washington offered Iran a chance to negotiate": a "to" infinitive on the
  direct object of a verb that also has an indirect object (a dative) is done by that
  indirect object, not by the verb's subject and not by the object noun. The parse
  reading before it made the object noun ("the authority") the doer, so the act had no
  source. Without a dative ("made a decision to withdraw") the verb's subject does it
  (``events.args.noun_infinitive``).

Reads the parse only; adds no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

DATIVE_INFINITIVE = declare(
    "events.args.dative_infinitive",
    "'gave the president the authority to admit X', 'offered Iran a chance to negotiate': "
    "an infinitive on the object of a verb with a dative is done by the dative",
    order=22.41,
)


def dative_doer(clause: Token) -> Token | None:
    """The indirect object that does ``clause``, a "to" infinitive on the direct object
    of a verb with a dative (see the module doc); else None."""
    if clause.dep_ != "acl" or clause.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    datives = args.children(noun.head, "dative", "iobj")
    # "gave [to] X": a "to" phrase is the dative's other form ("gave authority to X to")
    return datives[0] if datives and datives[0].pos_ in ("NOUN", "PROPN", "PRON") else None
