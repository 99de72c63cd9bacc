"""A relative clause's verb whose object is the noun the clause modifies (issue 12).

"an offer that the leadership rebuffed", "the sanctions Russia lifted", "the proposal
which Ukraine accepted": an object relative clause has a subject of its own and no
object, or only the relative pronoun for one; what its verb acts on is the noun the
clause modifies. Rule ``events.trigger.relative_clause_object`` reads that noun as the
verb's object (``matching.objects``): the dictionary's object patterns ("REBUFF *
OFFER": 125, "LIFT * SANCTIONS": 085) and the object's actor as target then see it.

Not read: a subject relative ("the country that lifted the sanctions": its subject is
the relative pronoun), a clause with a relative adverb ("the day Russia attacked",
"the city where they met") or a time noun for its head, and a preposition left without
an object ("the country it fought against"). Reads the parse only; grammar's closed classes, no lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .stranded import RELATIVE_TAGS, stranded_prep

RELATIVE_CLAUSE_OBJECT = declare(
    "events.trigger.relative_clause_object",
    "'an offer the leadership rebuffed', 'the sanctions that Russia lifted': an object "
    "relative clause's verb takes the noun the clause modifies as its object (for the "
    "dictionary's object patterns and the target)",
    order=12.8,
)

_HEADS = ("NOUN", "PROPN")
# relative pronouns; the tagger calls "that" a preposition (IN) as often as a WDT
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _relative(tok: Token) -> bool:
    return tok.tag_ in RELATIVE_TAGS or tok.lower_ in _RELATIVE_WORDS


_TIMES = ("DATE", "TIME")


def relative_object(verb: Token) -> Token | None:
    """The noun an object relative clause of ``verb`` modifies, when that noun is what the
    verb acts on; else None."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in _HEADS or verb.head.ent_type_ in _TIMES:
        return None
    subjects = args.children(verb, "nsubj")
    if not subjects or _relative(subjects[0]):
        return None  # "the country that lifted": a subject relative
    objects = args.children(verb, "dobj", "obj")
    if not all(_relative(o) for o in objects):
        return None  # "the talks in which Russia lifted its veto"
    if any(c.tag_ == "WRB" for c in verb.children):
        return None  # "the city where they met", "the day when"
    preps = [p for p in verb.children if p.dep_ in ("prep", "agent", "dative")]
    if any(_relative(o) for p in preps for o in args.children(p, "pobj")):
        return None  # "the talks in which Russia took part"
    if args.children(verb, "nsubjpass", "auxpass", "ccomp", "xcomp") or stranded_prep(verb):
        return None  # "the country it fought against": the preposition's object
    return verb.head
