"""A qualified party plural is some of the party's members, not the party (session 15
round 3): "false or squishy Republicans", "Republicans who suggest ..." name a subset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, is_new_id
from ..rules import declare
from .linker import new_id
from .merging import merge_actor

if TYPE_CHECKING:
    from .resolve import DocumentResolver

PARTY_SUBSET = declare(
    "actors.names.party_subset",
    "'false or squishy Republicans', 'Republicans who suggest ...': a party's plural "
    "members' noun with an adjective or a restrictive relative clause (no comma) of its "
    "own is a group of some of the party's members, not the party",
)

PARTY_SUBSET_FOREIGN_NAME = declare(
    "actors.names.party_subset_foreign_name",
    "'the Liberal Democrats' in a British story, NER tagging 'Democrats': a party plural "
    "whose qualifier is a capitalised word of a name, of a KB party of another country "
    "than the story's, is no subset group of that party but the story's country's party of "
    "the whole name, else a new organisation there (session 65 AC)",
)


def _name_qualifier(token) -> bool:
    """A capitalised adjective or proper noun right before the party word, not the
    sentence's first word ("Liberal" of "the Liberal Democrats")."""
    before = token.i - 1
    if before < 0:
        return False
    word = token.doc[before]
    return (
        word.dep_ in ("amod", "compound")
        and word.head.i == token.i
        and word.text[:1].isupper()
        and word.is_alpha
        and not word.is_sent_start
    )


def _foreign_name(resolver: DocumentResolver, mention, party, token) -> bool:
    """Rule ``PARTY_SUBSET_FOREIGN_NAME``: the qualified party word is a longer name of
    the story's country's (the mention moved to it); False where the rule does not hold."""
    if not resolver.switches.enabled(PARTY_SUBSET_FOREIGN_NAME) or not _name_qualifier(token):
        return False
    from .link_context import _country_counts, _other_story, _story_party
    from .normalize import fold

    kb = resolver.linker.kb
    known = kb.actors.get(party.id)
    if known is None or not known.country:
        return False
    written = f"{token.doc[token.i - 1].text} {token.text}"
    if fold(written) in {fold(n) for n in known.names()}:
        return False  # the KB's own name of the party
    counts, own = _country_counts(resolver)
    story, _ = _other_story(counts, own, party.id, known.country)
    if story is None:
        return False
    target = _story_party(resolver, written, story)
    mention.start = token.doc[token.i - 1].idx
    mention.text = written
    mention.actor_id, mention.how = target, "new" if is_new_id(target) else "name"
    if not any(m.actor_id == party.id and m.how != "pronoun" for m in resolver.mentions):
        merge_actor(resolver, party.id, target, surface=False)  # its pronouns follow it
    return True


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
        if _foreign_name(resolver, mention, party, token):
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
