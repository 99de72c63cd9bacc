"""An event noun's doer named in its relative clause (issue 12, session 13).

* ``events.args.relative_doer``: "The strike, which Israel carried out overnight, killed
  five people", "The attack that Russia launched on Monday killed 20": a subject that is
  itself an event noun and names no actor is done by the subject of its relative clause
  when the noun is that clause's object (a relative pronoun as object, or none: "the
  attack Russia launched"), or by the "by" agent of a passive one ("the raid, which was
  ordered by X"). Only event nouns: "the man police arrested" is not the police's.

Reads the parse only; the actors are read by the caller as for any subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

RELATIVE_DOER = declare(
    "events.args.relative_doer",
    "'The strike, which Israel carried out, killed five': an event-noun subject naming no "
    "actor is done by the subject (or passive 'by' agent) of the relative clause whose "
    "object it is",
    order=22.5,
)

_RELATIVE_TAGS = ("WDT", "WP")


def relative_doer(noun: Token) -> Token | None:
    """The doer the relative clause on ``noun`` names for it (see the module doc)."""
    for clause in args.children(noun, "relcl"):
        passive = args.children(clause, "nsubjpass", "auxpass")
        if passive:
            patient = args.children(clause, "nsubjpass")
            if patient and patient[0].tag_ in _RELATIVE_TAGS:
                agents = args.prep_objects(clause, ["by"])
                if agents:
                    return agents[0]
            continue
        subjects = args.children(clause, "nsubj")
        if not subjects or subjects[0].tag_ in _RELATIVE_TAGS:
            continue  # "the attack that killed five": the attack's own clause
        objects = args.children(clause, "dobj", "obj")
        if not objects or objects[0].tag_ in _RELATIVE_TAGS:
            return subjects[0]
    return None
