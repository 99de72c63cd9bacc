"""A target-taking preposition left without an object.

"The country it had fought against", "granted asylum to five officers holed up in X": the
preposition that takes the act's target is left without an object of its own.
``stranded_prep`` finds the first (``relative_object`` reads it); rule
``events.args.reduced_clause_object`` fills an empty target from the second. (Session 40 CU
removed ``events.args.stranded_preposition_object``, which pointed the first at the noun the
relative clause modifies: measured worth nothing in sessions 31 and 33.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning, fill_empty_target

# prepositions that take an act's target ("fought against X", "negotiated with X",
# "voted for X", "spied on X", "fired at X"); grammar's closed class, not a lexicon
STRANDED_PREPS = frozenset({"against", "with", "on", "at", "for", "to", "over"})


RELATIVE_TAGS = frozenset({"WP", "WDT"})  # who, whom, which, that


def stranded_prep(verb: Token) -> bool:
    """A target-taking preposition after ``verb`` with nothing after it in the clause:
    no object, or only the relative pronoun the parser hangs there ("who ... with")."""
    for prep in args.children(verb, "prep"):
        if prep.lower_ not in STRANDED_PREPS or prep.i < verb.i:
            continue
        objects = args.children(prep, "pobj", "pcomp")
        if all(o.i < prep.i and o.tag_ in RELATIVE_TAGS for o in objects):
            return True
    return False


REDUCED_CLAUSE_OBJECT = declare(
    "events.args.reduced_clause_object",
    "'granted asylum to five officers holed up in X': a preposition the parser left without "
    "an object, whose noun it made the subject of a following participle clause, takes "
    "that noun as its object (the act's target)",
    order=67.5,
)
# a participle; the tagger often calls "officers holed up" a past tense (VBD), so a bare
# past form without marker or auxiliary counts too
PARTICIPLES = frozenset({"VBN", "VBG", "VBD"})


def reduced_clause_object(verb: Token) -> list[Token]:
    """The nouns that dangling target-taking prepositions on ``verb`` lost to a reduced
    relative clause: the subject of a participle clause on ``verb`` whose phrase starts
    right after the preposition."""
    found: list[Token] = []
    for prep in args.children(verb, "prep"):
        if prep.lower_ not in STRANDED_PREPS or args.children(prep, "pobj", "pcomp"):
            continue
        for clause in args.children(verb, "advcl", "ccomp", "conj"):
            if clause.tag_ not in PARTICIPLES or clause.i < prep.i:
                continue
            if args.children(clause, "mark", "aux", "auxpass"):
                continue  # "to X because they had ...": a clause of its own
            for subject in args.children(clause, "nsubj", "nsubjpass"):
                if subject.left_edge.i == prep.i + 1:
                    found.append(subject)
    return found


def reduced_clause_target(frame: Frame, ctx: DocContext) -> list[str]:
    if frame.nominal:
        return []
    for noun in reduced_clause_object(frame.head):
        found = [a for a in args.phrase_actors(noun, ctx.actors) if a not in frame.source]
        if found:
            return found
    return []


def aim_at_reduced_clause(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty target from a preposition's lost object (rule ``REDUCED_CLAUSE_OBJECT``)."""
    return fill_empty_target(frame, ctx, tuning, REDUCED_CLAUSE_OBJECT, reduced_clause_target)
