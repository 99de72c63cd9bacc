"""An act or message told with the participle that made it is its agent's (session 69 MP;
issue 14).

"Jodee Rich says civil proceedings brought by ASIC against him are baseless", "the plan
drawn up by the Treasury is unworkable, X said", "the charges filed by Y were false":
``stances.claims.judged_act`` reads a speaker's judgement of another party's act or message
as a position towards that party where the noun names its owner - a possessive or a
by/of/from phrase on the noun ("Y's proposals", "remarks by Y"). Told with a past participle
and its agent ("proceedings brought by Y", "remarks made by Y"), the owner hangs on the
participle, not on the noun, and the judgement relates the speaker to no one. The
participle's agent is the one who brought, made or filed the thing: its owner as much as
"by Y" on the noun.

- ``stances.claims.participle_agent_owner``: for ``judged_act``, a judged noun with no owner
  of its own, modified by a past participle (``acl``, VBN) whose agent phrase ("by") names
  an actor, is that actor's. What then holds is ``judged_act``'s own: only a noun of an act
  or message (``data/stances/act_nouns.txt``: WordNet noun.act / noun.communication - not
  "the soldiers killed by Y", whom Y did not make), only in a speaker's quote, never the
  speaker's own side, only a signed judgement. Syntax only: no word list.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..rules import declare

PARTICIPLE_AGENT_OWNER = declare(
    "stances.claims.participle_agent_owner",
    "'the proceedings brought by Y are baseless', said by X: X's position towards Y - a "
    "judged act or message noun with no owner of its own whose past participle modifier "
    "has an agent ('by Y') naming an actor is that actor's, for stances.claims.judged_act",
    order=45.95,
)


def participle_agent(subj: Token, actor_of: Callable[[Token], str | None]) -> str | None:
    """The actor a past participle modifying ``subj`` names as its agent ("proceedings
    brought by Y": Y), else None (none, or more than one)."""
    found = {
        actor
        for part in subj.children
        if part.dep_ == "acl" and part.tag_ == "VBN"
        for agent in part.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj" and (actor := actor_of(pobj)) is not None
    }
    return next(iter(found)) if len(found) == 1 else None
