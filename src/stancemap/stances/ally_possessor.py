"""A named ally or supporter of a named party: 'Pakistan's close ally China', 'his ally Y',
'Y, X's supporter' (``stances.relations.ally_possessor``, session 68 MP; issue 14).

``stances.relations.rival_possessor`` reads the hostile form ("her opponent, Y", "his rival
Y") and ``stances.campaign.agent`` the "of" form ("X, an ally of Y", "X is a supporter of
Y"); the possessive form of a friendly standing gave nothing: "During the visit to
Pakistan's close ally China" holds the two countries aligned only in the possessive. This
reads a noun of someone standing with another - the friendly agent nouns of
``data/stances/campaign.tsv`` (ally, supporter, backer, defender, champion, admirer,
surrogate: the closed list ``stances.campaign.agent`` reads with "of"/"for") - that names
party Y by apposition ("his ally, Y"; "Y, X's ally") or as the title before the name ("his
ally Y"), and whose possessor - or a name compounded on it, "Newt Gingrich, a Trump ally",
"Clinton supporter Y" - names party X: X and Y are aligned (+1), told by the narrator.

Parties are people, countries and organisations the actors stage named (a pronoun
possessor linked to one counts: "his ally Y"); a compounded owner only a person or a
country ("a Labour supporter" tells a member's party: one side, docs/judging.md); a generic
agent or a plural ("X's supporters") names no one; a noun with its own "of"/"for" phrase
("a Republican ally of Y") is ``stances.campaign.agent``'s. A tie told as past ("his former ally Y", "X's erstwhile
backer": an adjective of former time on the noun) is no standing now and gives nothing.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..rules import declare
from .campaign import campaign_words
from .contests import named_by_noun, narrated_finding
from .standing_mode import standing
from .topics import lemma

if TYPE_CHECKING:
    from .extract import Finding
    from .relations import Context

ALLY_POSSESSOR = declare(
    "stances.relations.ally_possessor",
    "'Pakistan's close ally China', 'his ally Y', 'Y, X's supporter': a friendly agent noun "
    "of campaign.tsv (ally, supporter, backer, ...) naming party Y by apposition or as the "
    "title before the name, whose possessor or compounded name ('Y, a Trump ally') is party "
    "X: X and Y are aligned (not 'former')",
    order=20.35,
)

_TITLE_POS = frozenset({"NOUN", "PROPN"})
_TITLE_DEPS = frozenset({"compound", "nmod"})
# adjectives of former time: the tie is over ("his former ally"); a closed class
_FORMER = frozenset({"former", "erstwhile", "onetime", "one-time", "ex", "ex-", "past"})
NOTE = "ally-possessor"


@lru_cache(maxsize=1)
def ally_nouns() -> frozenset[str]:
    """The friendly agent nouns of ``data/stances/campaign.tsv`` (sign +1)."""
    return frozenset(noun for (noun, _), (sign, _) in campaign_words().agent.items() if sign > 0)


def _party(ctx: Context, tok: Token) -> str | None:
    """The named party (person, country, organisation) a token names; a pronoun linked to
    one counts. None for a generic agent."""
    actor_id = ctx.actor_of(tok)
    if actor_id is None or actor_id.startswith("agent:"):
        return None
    return actor_id


def _owner_party(ctx: Context, owner: Token, noun: Token) -> str | None:
    """The party a possessor names. Where the actors stage read the possessor and the
    noun as one mention ("Vladimir Putin's ally" as a group "Vladimir Putin ally"), the
    possessor is the one other party of the document named as its words are written
    ("Vladimir Putin", or its last word as a surname), if exactly one is."""
    mention = ctx.actors.mention_at(owner.idx, owner.idx + len(owner))
    if mention is None or mention.end <= noun.idx:
        return _party(ctx, owner)
    written = ctx.document.text[owner.left_edge.idx : owner.idx + len(owner)]
    found = {
        actor.id
        for actor in ctx.actors.actors.values()
        if actor.id != mention.actor_id
        and not actor.id.startswith("agent:")
        and actor.type in ("person", "country", "organization")
        and actor.name
        and (actor.name == written or actor.name.split()[-1] == owner.text)
    }
    return next(iter(found)) if len(found) == 1 else None


def _named_ally(ctx: Context, noun: Token) -> tuple[str, Token] | None:
    """The party an ally noun names, and the token that carries the possessor: 'his ally,
    Y', 'Y, X's ally', 'his ally Y' (``contests.named_by_noun``)."""
    return named_by_noun(noun, lambda t: _party(ctx, t), _TITLE_DEPS)


def _former(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _FORMER for c in noun.children)


def ally_possessor(tok: Token, ctx: Context) -> list[Finding]:
    """'Pakistan's ally China': the possessor and the party named are aligned."""
    if tok.pos_ not in _TITLE_POS or tok.tag_ in ("NNS", "NNPS"):
        return []
    if lemma(tok) not in ally_nouns() or _former(tok):
        return []
    named = _named_ally(ctx, tok)
    if named is None:
        return []
    ally, carrier = named
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children):
        return []  # "a Republican ally of Y": stances.campaign.agent's form
    owners = [(c, False) for t in {tok, carrier} for c in t.children if c.dep_ == "poss"]
    # "a Trump ally", "US ally Israel": a person's or a country's name compounded on the
    # noun is its owner ("a Labour supporter" names a member's party: one side, not read)
    owners += [(c, True) for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for owner, compounded in owners:
        holder = _owner_party(ctx, owner, tok)
        if compounded and holder is not None:
            actor = ctx.actors.actor(holder)
            if actor is None or actor.type not in ("person", "country"):
                continue
        if holder is not None and holder != ally:
            weight = float(ctx.table["between_wordnet_weight"])
            conf = round(float(ctx.table["narrated_relation"]) * weight, 3)
            # a noun of standing: its mode may be 'standing' (stances.mode.standing_undated)
            return standing(
                [
                    narrated_finding(ctx, tok, a, b, 1, conf, NOTE)
                    for a, b in permutations([holder, ally], 2)
                ]
            )
    return []
