"""The target of a threat named in its condition: "threatened to strike unless X ...".

"The union threatened to hold a strike unless the government rescinded the law",
"Iran threatened to quit the talks if Washington imposed new sanctions": the one
threatened is the subject of the condition the threat sets, not an argument of the
threatened act (which often names no one). Rule ``events.args.threat_condition_target``
fills an empty THREATEN target from the subject of an "if"/"unless" clause on the
trigger or on the act it threatens (its open complement), never the threat's source.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning, fill_empty_target

THREAT_CONDITION_TARGET = declare(
    "events.args.threat_condition_target",
    "'threatened to strike unless X rescinded the law': a threat's empty target is the "
    "subject of the condition it sets ('if'/'unless' clause on the threat or its act)",
    order=66,
)
CONDITION_MARKS = frozenset({"if", "unless"})


def condition_clauses(head: Token) -> list[Token]:
    """The verbs of "if"/"unless" clauses on ``head`` or on its threatened act."""
    heads = [head] + args.children(head, "xcomp", "ccomp")
    return [
        clause
        for h in heads
        for clause in args.children(h, "advcl")
        if any(m.lower_ in CONDITION_MARKS for m in args.children(clause, "mark"))
    ]


def condition_target(frame: Frame, ctx: DocContext) -> list[str]:
    if frame.type != "THREATEN" or frame.nominal:
        return []
    for clause in condition_clauses(frame.head):
        for subject in args.children(clause, "nsubj", "nsubjpass"):
            found = [a for a in args.phrase_actors(subject, ctx.actors) if a not in frame.source]
            if found:
                return found
    return []


def aim_by_condition(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty THREATEN target from its condition (rule ``THREAT_CONDITION_TARGET``)."""
    return fill_empty_target(frame, ctx, tuning, THREAT_CONDITION_TARGET, condition_target)
