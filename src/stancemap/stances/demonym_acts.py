"""Session 54 (SP): an act told by its nationality adjective is that country's act.

"'The Israeli raid on the camp was unacceptable,' the Jordanian foreign minister said",
"the French decision showed disdain for international law": ``stances.claims.judged_act``
reads a speaker's judgement of another party's act as a position towards that party only
where the act noun names its owner - a possessive or a by/of/from phrase ("Israel's
raid", "the raid by Israel"). Told with the nationality adjective, the judgement stays a
claim about the thing ("how the israeli-raid went") and relates the speaker to no one:
issue 14's relation set (kind ``demonym_act``, and a spokesperson's "the Israeli strike on
a school was unacceptable") and the blind sets' tune parts lose the pair. With rule
``stances.claims.demonym_act_owner`` on (shipped off) an adjective before the act noun
that the actors stage read as a country's people ("Israeli": the generic agent
``agent:isr:unk:people``) makes the owner that country, when the text names the country
itself as an actor - a state does a raid, a decision, a strike; its people do not. What
then holds is judged_act's own: only a noun of an act or message
(``data/stances/act_nouns.txt``), only in a speaker's quote, never the speaker's own side.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.linker import agent_id
from ..rules import declare

DEMONYM_ACT_OWNER = declare(
    "stances.claims.demonym_act_owner",
    "'the Israeli raid was unacceptable', said by X: X's position towards Israel - a "
    "nationality adjective before a judged act noun with no owner named is the country's "
    "(when the text names the country), for stances.claims.judged_act",
    order=45.9,
)
# the suffix of the generic agent that is a country's people ("Israeli", "the French")
_PEOPLE = ":people"


class _Ctx(Protocol):
    @property
    def actors(self) -> ActorLayer: ...


def demonym_owner(subj: Token, ctx: _Ctx) -> str | None:
    """The country whose nationality adjective modifies ``subj`` before it ("the Israeli
    raid"), when the text names that country as an actor; else None."""
    for child in subj.children:
        if child.dep_ != "amod" or child.i > subj.i or child.pos_ not in ("ADJ", "PROPN"):
            continue
        mention = ctx.actors.mention_at(child.idx, child.idx + len(child))
        actor = ctx.actors.actor(mention.actor_id) if mention is not None else None
        if actor is None or not actor.country:
            continue
        if actor.id != agent_id(actor.country, None, _PEOPLE):
            continue  # "the Republican proposal": a party's, not a state's
        country = ctx.actors.actor(f"country:{actor.country}")
        if country is not None:
            return country.id
    return None
