"""A protest is aimed at whoever did what it protests.

Rule ``events.args.protest_grievance_agent`` (session 19): "launched a strike over the
removal of fuel subsidies by the government", "began a hunger strike in protest at his
treatment by prison authorities": a protest (PLOVER PROTEST) that names no target of its
own takes as target the doer of its grievance, the "by" agent of the noun the protest is
over, against, at or about (directly, or through "in protest at"). Read from the parse;
the protesters themselves are never the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning

PROTEST_GRIEVANCE_AGENT = declare(
    "events.args.protest_grievance_agent",
    "'a strike over the removal of subsidies by the government': a protest with no target "
    "is aimed at the 'by' agent of what it is over, against or at",
    order=47,
)
GRIEVANCE_PREPS = ("over", "against", "at", "about")


def grievances(heads: list[Token]) -> list[Token]:
    """The nouns a protest is over, against, at or about ("in protest at X" too)."""
    out: list[Token] = []
    for head in heads:
        out += args.prep_objects(head, GRIEVANCE_PREPS)
        for noun in args.prep_objects(head, ["in"]):  # "in protest at"
            out += args.prep_objects(noun, GRIEVANCE_PREPS)
    return out


def protest_grievance_agent(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """``frame`` aimed at the doer of its grievance (``PROTEST_GRIEVANCE_AGENT``)."""
    if frame.type != "PROTEST" or frame.target or not tuning.on(PROTEST_GRIEVANCE_AGENT):
        return frame
    for noun in grievances(frame.tokens):
        # "the removal of subsidies by X", "the ban imposed by X"
        done = [noun, *(t for t in noun.subtree if t.dep_ == "acl" and t.tag_ == "VBN")]
        doers = [
            a
            for head in done
            for agent in args.prep_objects(head, ["by"])
            for a in args.phrase_actors(agent, ctx.actors)
            if a not in frame.source
        ]
        if doers:
            frame.target = list(dict.fromkeys(doers))
            return frame
    return frame
