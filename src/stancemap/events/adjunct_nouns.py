"""An event noun in a time adjunct, with a partner of its own, is done by the clause's
subject (session 70, engineer EA; issue 12, arguments on world news).

``events.args.adjunct_noun_doer``: "After a two-hour meeting with de Mistura, Jaafari said
...", "Following talks with Putin, Merkel announced ...", "During a phone call with Xi,
Trump agreed ...". An event noun that names no doer of its own (no possessor, modifier or
"by" phrase: ``RoleFinder.noun_source`` found none) but names its partner or its target
in a "with", "against" or "between" phrase, and stands under a preposition of time
("after", "before", "during", "following", "since", "ahead of") on an active verb, is an act
of that verb's subject: the one who met, talked or clashed with the partner is the one who
then said or did the clause's act. Where the verb has no subject of its own (a passive, an
imperative) or the subject names no actor, nothing is read.

Reads the parse only; no word of any article is listed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

ADJUNCT_NOUN_DOER = declare(
    "events.args.adjunct_noun_doer",
    "'After a meeting with de Mistura, Jaafari said': an event noun with no doer of its own "
    "but a 'with' / 'against' / 'between' partner, under a preposition of time on an active "
    "verb, is done by that verb's subject",
    order=22.6,
)

# prepositions of time whose object is an act the clause's subject did before or during
TIME_PREPS = frozenset({"after", "before", "during", "following", "since", "ahead"})
# prepositions that name an event noun's partner or target
PARTNER_PREPS = ("with", "against", "between")


def adjunct_subject(noun: Token) -> Token | None:
    """The subject of the active verb whose time adjunct ``noun`` is, when ``noun`` names a
    partner of its own (see the module doc); else None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head  # "ahead of talks with X"
    if prep.lower_ not in TIME_PREPS or prep.dep_ not in ("prep", "advmod"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if not args.prep_objects(noun, PARTNER_PREPS):
        return None
    if args.children(verb, "nsubjpass", "auxpass"):
        return None  # "was arrested after clashes with police": no doer of the clashes
    subjects = args.children(verb, "nsubj")
    return subjects[0] if subjects else None
