"""The doer of an event noun that is what a plain verb acts on.

"Chinese bombers flew a joint patrol with Russian aircraft", "The European Union
released 30 million euros in emergency aid": the event is the noun ("patrol",
"aid"); the verb over it is no support verb of the lexicon and no trigger, so the
noun had no doer, though the verb's subject plainly does what the noun names. The
noun takes the verb's subject when it is the verb's direct object (or the "in" /
"of" complement of that object: "euros in aid", "a shipment of aid") and the verb's
most frequent WordNet sense is a physical act (lexicographer files of possession,
motion, contact, creation or social acts). Verbs of saying, thinking, perceiving
and feeling are left out: "X condemned the attack", "X witnessed the attack" name
someone else's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .eventness import lexnames

OBJECT_NOUN_DOER = declare(
    "events.args.object_noun_doer",
    "'flew a joint patrol', 'released 30 million euros in aid': an event noun with no doer "
    "of its own that a non-trigger verb of a physical act (WordNet possession, motion, "
    "contact, creation, social) takes as object has that verb's subject",
    order=23.5,
)
DOING_LEXNAMES = frozenset(
    {"verb.possession", "verb.motion", "verb.contact", "verb.creation", "verb.social"}
)
_COMPLEMENT_PREPS = ("in", "of")


def doing_verb(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is (directly, or as the object's "in"/"of"
    complement), when its first WordNet sense is a physical act; else None."""
    obj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in _COMPLEMENT_PREPS:
        obj = noun.head.head
    if obj.dep_ != "dobj":
        return None
    verb = obj.head
    if verb.pos_ != "VERB":
        return None
    if lexnames().get((verb.lemma_.lower(), "V")) not in DOING_LEXNAMES:
        return None
    return verb
