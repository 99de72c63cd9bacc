"""'A rift has opened between X and Y': the parties of a relation noun on its verb
(session 34, engineer RL).

``stances.relations.between`` reads the parties of a noun of conflict from its own
"between" phrase ("a rift between X and Y"). When the noun is the subject of a verb of
coming about or growing ("a rift has opened between X and Y", "tensions grew between X and
Y"), the parser hangs the "between" phrase on that verb, and the pair was lost. Only the
verb of which the noun is the subject lends its "between" phrase: an object noun ("they
discussed the rift between ...") keeps its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

BETWEEN_ON_VERB = declare(
    "stances.relations.between_on_verb",
    "with stances.relations.between: 'a rift has opened between X and Y', 'tensions grew "
    "between X and Y' - the 'between' phrase the parser hangs on the verb of which the "
    "relation noun is the subject names its parties",
    order=20.1,
)


def between_preps(noun: Token, on_verb: bool) -> list[Token]:
    """The "between" prepositions of a relation noun: its own, else (``on_verb``) those of
    the verb it is the subject of."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    if own or not on_verb or noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":
        return own
    return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"]
