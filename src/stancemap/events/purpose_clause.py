"""What a purpose clause may lend an act as its target (session 38, issue 12).

``events.args.purpose_target`` reads the target of an act with none of its own from the
clause that says what the act is for or what came of it ("began a hunger strike to
protest against Sweden's decision", "ruled against X, dealing a blow to Y").
``events.args.purpose_own_arguments`` keeps that reading to the clause's own arguments
(its object, dative or a preposition's object): the subject of a further clause inside
it is no party of the act ("rejected the label, noting that it costs money": "it" is
not what was rejected). Parse only; an act whose clause names no party of its own keeps
no target and says so.
"""

from __future__ import annotations

from ..rules import declare

PURPOSE_OWN_ARGUMENTS = declare(
    "events.args.purpose_own_arguments",
    "'rejected the label, noting that it costs money': a purpose (or result) clause lends "
    "the act a target only from its own arguments (object, dative, a preposition's "
    "object), never from the subject of a clause inside it: the act keeps no target",
    order=40.05,
)
