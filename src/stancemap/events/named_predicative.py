"""A name the parser made a second predicative: "Cruz called Trump a phony".

spaCy often parses a naming verb's direct object that is a bare surname ("called Trump a
phony", "has labelled Haddad a traitor") as a predicative (``oprd``) beside the name given
("a phony", also ``oprd``), with no direct object at all: the verb then names no one and
its event vanishes (the bare call drops it as "left open"). Rule
``events.trigger.named_predicative_object`` (session 43, CB): a naming verb
(``data/events/naming_verbs.txt``) with no direct object and two predicatives, the first a
proper noun before a common noun, takes the proper noun as its direct object - for the
target and for the naming rules (``naming.py``), which read the common noun as the name.
Reads the parse only.
"""

from __future__ import annotations

from contextvars import ContextVar

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

NAMED_PREDICATIVE_OBJECT = declare(
    "events.trigger.named_predicative_object",
    "'Cruz called Trump a phony' parsed with two predicatives and no object: a naming verb "
    "(data/events/naming_verbs.txt) whose first predicative is a proper noun before a common "
    "noun takes the proper noun as its direct object",
    order=12.9,
)
named_predicative_on: ContextVar[bool] = ContextVar("named_predicative_on", default=False)

PROPER = ("NNP", "NNPS")
COMMON = ("NN", "NNS")
INDEFINITE = ("a", "an")


def _name_before(noun: Token) -> Token | None:
    """A proper noun the parser hung on the name given, before its indefinite article
    ("Trump" in "called [Trump a phony]", nmod or compound of "phony")."""
    dets = [c for c in noun.children if c.dep_ == "det" and c.lower_ in INDEFINITE]
    if not dets or noun.tag_ not in COMMON:
        return None
    for child in noun.children:
        if child.dep_ in ("nmod", "compound") and child.tag_ in PROPER and child.i < dets[0].i:
            return child
    return None


def named_predicative(verb: Token) -> tuple[Token, Token] | None:
    """(the object, the name given) where a naming verb's parse left its object a proper
    noun beside the name: two predicatives ("called [Trump] [a phony]") or a proper noun
    hung on the name before its article ("called [Trump a phony]", "labelled [Trump a con
    artist]"); else None. Not a passive ("was named Trump"); a lone proper predicative
    ("the resort, now called Trump National Doral") is a name given, not read."""
    from .naming import naming_verbs

    if verb.lemma_.lower() not in naming_verbs() or args.children(verb, "nsubjpass", "auxpass"):
        return None
    objects = args.children(verb, "dobj", "obj")
    predicatives = args.children(verb, "oprd")
    if not objects and len(predicatives) >= 2:
        first, second = predicatives[0], predicatives[1]
        if first.tag_ in PROPER and second.tag_ in COMMON and first.i < second.i:
            return first, second
        return None
    heads = objects + predicatives
    if len(heads) == 1:
        named = _name_before(heads[0])
        if named is not None:
            return named, heads[0]
    return None
