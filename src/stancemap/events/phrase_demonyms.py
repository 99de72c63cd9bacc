"""A demonym on a noun of the act's phrase gives its empty target the demonym's country.

Session 58, engineer DM (issue 12: lost target countries). Engineer AR counted 59 country
slots lost on the PLOVER dev tune half and the wire tune sets where the country is told by
a demonym inside a phrase of the act, not on its subject or object head: "would respond
to Armenian provocations", "the treatment by Egyptian prison authorities", "an invitation
to a meeting of Palestinian factions". Sorted by the parse path from the trigger to the
demonym, the largest paths with no actor are a prepositional phrase of the act (prep ->
pobj -> amod), one more prepositional phrase on its noun (prep -> pobj -> prep -> pobj
-> amod), or the same on a clause the act's verb governs (ccomp/xcomp -> prep -> pobj).

Here (rule ``events.args.phrase_demonym_target``), a frame whose target is still empty
after every other target rule takes the country of the first such noun whose modifier is
a demonym of one country only (the KB's ``countries.demonym_index``, never names), when

* the preposition is one a target follows ("to", "against", "at", "with", "toward(s)",
  "on", "by", "over"): "in", "from", "for" and their like tell a place, an origin or a
  beneficiary, not who the act is aimed at;
* no actor is mentioned in the noun's phrase but the demonym's own people (the actors
  stage's reading of another name stands);
* the demonym is capitalised and no part of a longer name the parser tagged a person.

The target is a ``group`` actor of the demonym's country, its mention the noun phrase's
own words. A "convoy carrying Chinese engineers" (acl -> dobj) is the target's cargo,
not a phrase of the act, and is left alone here.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors.countries import demonym_index
from ..actors.normalize import fold
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning
from .place_targets import add_bare_actor

PHRASE_DEMONYM_TARGET = declare(
    "events.args.phrase_demonym_target",
    "'would respond to Armenian provocations': an act with no target takes the country of a "
    "one-country demonym modifying a noun of its to/against/at/with/on/by/over phrase",
    order=66,
)

TARGET_PREPS = ("to", "against", "at", "with", "toward", "towards", "on", "by", "over")
_INNER_PREPS = ("of", "by", "against", "to", "with")
_MODIFIERS = ("amod", "compound", "nmod")
_CLAUSES = ("ccomp", "xcomp")


@lru_cache(maxsize=1)
def _one_country_demonyms() -> dict[str, str]:
    return {word: codes[0] for word, codes in demonym_index().items() if len(codes) == 1}


def _in_person_name(tok: Token) -> bool:
    """Part of a person's name of two words or more ("Dawn French"); a lone demonym the
    small model calls a person ("any Moldovan provocations") is still a demonym."""
    if tok.ent_type_ != "PERSON":
        return False
    doc = tok.doc
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
    return tok.ent_iob_ == "I" or after


def demonym_modifier(noun: Token) -> tuple[Token, str] | None:
    """(the modifier, its country) where a capitalised demonym of one country modifies
    ``noun``, or None."""
    for child in noun.children:
        if child.dep_ not in _MODIFIERS or child.i > noun.i:
            continue
        if not child.text[:1].isupper() or _in_person_name(child):
            continue
        found = _one_country_demonyms().get(fold(child.text))
        if found:
            return child, found
    return None


def phrase_nouns(frame: Frame) -> list[Token]:
    """The objects of the target prepositions on the act's words and on the clauses its
    verb governs, then the objects of the inner prepositions on those, in that order."""
    heads: list[Token] = []
    for head in frame.tokens:
        heads.append(head)
        heads += args.children(head, *_CLAUSES)
    first: list[Token] = []
    for head in heads:
        first += args.prep_objects(head, TARGET_PREPS)
    out = list(first)
    for noun in first:
        out += args.prep_objects(noun, _INNER_PREPS)
    return out


def _demonym_actor(noun: Token, demonym: Token, country: str, ctx: DocContext) -> str | None:
    """The actor the phrase already names: "" where no actor is mentioned in it, the
    demonym's own actor where it is the only one (a people read off the demonym), None
    where another actor is mentioned (the actors stage's reading stands)."""
    start, end = args.char_span(list(noun.subtree))
    inside = ctx.actors.mentions_in(start, end)
    if not inside:
        return "" if ctx.actors.mention_at(start, end) is None else None
    lo, hi = demonym.idx, demonym.idx + len(demonym)
    if any(m.start < lo or m.end > hi for m in inside):
        return None
    actor = ctx.actors.actors.get(inside[0].actor_id)
    return inside[0].actor_id if actor is not None and actor.country == country else None


def _add_group(country: str, noun: Token, ctx: DocContext) -> str:
    words = [t for t in args.own_tokens(noun) if t.dep_ not in ("det", "poss", "punct", "prep")]
    words = [t for t in words if t.i <= noun.i] or [noun]
    return add_bare_actor(ctx, f"demonym-group:{country}", "group", country, words)


def phrase_demonym_target(frame: Frame, ctx: DocContext) -> list[str]:
    """The target a demonym in the act's phrase gives (adding its actor), or []."""
    if frame.target:
        return []
    for noun in phrase_nouns(frame):
        found = demonym_modifier(noun)
        if found is None:
            continue
        demonym, country = found
        actor_id = _demonym_actor(noun, demonym, country, ctx)
        if actor_id is None:
            continue
        return [actor_id or _add_group(country, noun, ctx)]
    return []


def aim_at_phrase_demonym(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty target from a demonym in the act's phrase (rule ``PHRASE_DEMONYM_TARGET``)."""
    if tuning.on(PHRASE_DEMONYM_TARGET):
        found = phrase_demonym_target(frame, ctx)
        if found:
            frame.target = found
    return frame
