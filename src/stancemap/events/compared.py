"""Parties compared are no parties to an act (session 25, engineer R4).

"she can vote for Hillary Clinton over Donald Trump", "could lead to more radical
upheaval than Clinton": the one an act is preferred to, or a comparison's second term,
is not acted on. Read from the parse: an "over" object of a verb that has a "for"
object before it (the choice made, and the one passed over), and the object of "than"
under a noun the act reaches. ``events.args.compared_no_party``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

COMPARED_NO_PARTY = declare(
    "events.args.compared_no_party",
    "'vote for Clinton over Trump', 'more radical upheaval than Clinton': the one passed "
    "over (an 'over' object of a verb with a 'for' object before it) and a comparison's "
    "'than' object are no target of the act",
)


def passed_over(pobj: Token) -> bool:
    """``pobj`` is the object of an "over" that follows a "for" object on the same verb
    ("vote for X over Y": Y)."""
    prep = pobj.head
    if prep.dep_ != "prep" or prep.lower_ != "over":
        return False
    verb = prep.head
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and c.i < prep.i
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
