"""A qualified party plural is some of the party's members, not the party (session 15
round 3): "false or squishy Republicans", "Republicans who suggest ..." name a subset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, is_new_id
from ..rules import declare
from .linker import new_id

if TYPE_CHECKING:
    from .resolve import DocumentResolver

PARTY_SUBSET = declare(
    "actors.names.party_subset",
    "'false or squishy Republicans', 'Republicans who suggest ...': a party's plural "
    "members' noun with an adjective or a restrictive relative clause (no comma) of its "
    "own is a group of some of the party's members, not the party",
)


def party_subsets(resolver: DocumentResolver) -> None:
    if not resolver.switches.enabled(PARTY_SUBSET):
        return
    doc = resolver.doc
    for mention in resolver.mentions:
        if mention.how == "pronoun":
            continue
        party = resolver.actors.get(mention.actor_id)
        if party is None or party.sector != "PTY" or party.type != "organization":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].tag_ not in ("NNPS", "NNS"):
            continue
        token = span[0]
        qualified = any(
            (c.dep_ == "amod" and c.i < token.i and c.pos_ == "ADJ" and not c.ent_type_)
            or (c.dep_ == "relcl" and doc[c.left_edge.i - 1].text != ",")
            for c in token.children
        )
        if not qualified:
            continue
        name = f"some {token.text} ({party.name})"
        group_id = new_id(name, "group")
        if group_id not in resolver.actors:
            resolver.actors[group_id] = Actor(
                id=group_id,
                name=name,
                type="group",
                country=party.country,
                role=f"members of {party.name}",
                confidence=mention.confidence,
            )
        mention.actor_id, mention.how = group_id, "agent"
    mentioned = {m.actor_id for m in resolver.mentions}
    for actor_id in [a for a, x in resolver.actors.items() if x.sector == "PTY"]:
        if actor_id not in mentioned and is_new_id(actor_id):
            resolver.actors.pop(actor_id, None)
