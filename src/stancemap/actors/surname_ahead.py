"""A surname met before the full name ("Clinton won Nevada. ... Hillary Clinton thanked
her supporters"): headlines and leads often name a person by surname first. Such a bare
surname, which the KB alone could not settle (several namesakes, none in office) and so
became a new person, is the person the document later names in full - when exactly one
person of the document has that surname. Run after every mention is resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SURNAME_AHEAD = declare(
    "actors.names.surname_ahead",
    "a bare surname that became a new person ('Clinton won ...') is the person the "
    "document names in full later ('Hillary Clinton'), when only one has that surname",
)


def join_surnames_ahead(resolver: DocumentResolver) -> None:
    """Point the mentions of a new one-word person at the document's one person of that
    surname named in full, and drop the new person."""
    if not resolver.switches.enabled(SURNAME_AHEAD):
        return
    named_in_full: dict[str, set[str]] = {}
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.type != "person" or actor.id.startswith("new:"):
            continue
        if len(mention.text.split()) > 1:
            surname = resolver.folded_surname(actor.id)
            if surname:
                named_in_full.setdefault(surname, set()).add(actor.id)
    if not named_in_full:
        return
    for actor_id in [a for a in resolver.actors if a.startswith("new:person:")]:
        actor = resolver.actors[actor_id]
        if len(actor.name.split()) != 1:
            continue
        people = named_in_full.get(fold(actor.name), set())
        if len(people) != 1:
            continue
        target = next(iter(people))
        for mention in resolver.mentions:
            if mention.actor_id == actor_id:
                mention.actor_id = target
                mention.how = "short"
        del resolver.actors[actor_id]
