"""A given name met apart from the full name ("Neocons For Hillary." in a headline, then
"Hillary Clinton" in the story; "Add it to Marco's plan"): headlines, quotes and
possessives name a well-known person by the given name alone, and a one-word name nobody
knows becomes a new person of its own - an actor the story does not have. Such a new
one-word person is the person of the knowledge base the document names in full with
that given name, when exactly one person of the document (known or new) is named in full
with it. Run after every mention is resolved (``actors.names.given_name_here`` only
reads people named before the word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import is_new_id
from ..rules import declare
from .family_names import FAMILY_NAMES
from .merging import merge_actor
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

GIVEN_NAME_AHEAD = declare(
    "actors.names.given_name_ahead",
    "a one-word name that became a new person ('For Hillary.' in a headline, 'Marco's plan') "
    "is the KB person the document names in full with that given name anywhere ('Hillary "
    "Clinton'), when exactly one person of the document is named in full with it (not a "
    "family-name-first family name)",
)


def join_given_names_ahead(resolver: DocumentResolver) -> None:
    """Point the mentions of a new one-word person at the document's one KB person named in
    full with that given name, and drop the new person."""
    if not resolver.switches.enabled(GIVEN_NAME_AHEAD):
        return
    named_in_full: dict[str, set[str]] = {}
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        words = mention.text.split()
        if actor is None or actor.type != "person" or len(words) < 2 or mention.how == "pronoun":
            continue
        first = fold(words[0])
        if first and fold(actor.name).split()[:1] == [first]:
            named_in_full.setdefault(first, set()).add(actor.id)
    if not named_in_full:
        return
    for actor_id in [a for a in resolver.actors if is_new_id(a, "person")]:
        actor = resolver.actors[actor_id]
        key = fold(actor.name)
        if " " in key or key in FAMILY_NAMES or not actor.name[:1].isupper():
            continue
        people = named_in_full.get(key, set()) - {actor_id}
        if len(people) != 1:
            continue  # nobody, or two people named in full with it
        target = next(iter(people))
        if is_new_id(target):
            continue  # only a person the KB knows: a new full name may be the same word twice
        merge_actor(resolver, actor_id, target, surface=False, how="short")
