"""A surname met before the full name ("Clinton won Nevada. ... Hillary Clinton thanked
her supporters"): headlines and leads often name a person by surname first. Such a bare
surname, which the KB alone could not settle (several namesakes, none in office) and so
became a new person, is the person the document later names in full - when exactly one
person of the document has that surname. Run after every mention is resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.words import pronoun_gender
from ..records import is_new_id
from ..rules import declare
from .linker import HONORIFIC_GENDER
from .merging import EVERY, drop_if_unmentioned, merge_actor
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SURNAME_AHEAD = declare(
    "actors.names.surname_ahead",
    "a bare surname that became a new person ('Clinton won ...') is the person the "
    "document names in full later ('Hillary Clinton'), when only one has that surname",
)
SURNAME_AHEAD_SHARED = declare(
    "actors.names.surname_ahead_shared",
    "a bare surname that became a new person while two people named here in full share it "
    "('Clinton's path ... Mrs. Clinton ... Hillary Clinton ... Bill Clinton') is, mention by "
    "mention, the one a honorific's or pronoun's gender picks, else the one named most often",
)


def join_surnames_ahead(resolver: DocumentResolver) -> None:
    """Point the mentions of a new one-word person at the document's one person of that
    surname named in full, and drop the new person."""
    if not resolver.switches.enabled(SURNAME_AHEAD):
        return
    named_in_full: dict[str, set[str]] = {}
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.type != "person" or is_new_id(actor.id):
            continue
        if len(mention.text.split()) > 1:
            surname = resolver.folded_surname(actor.id)
            if surname:
                named_in_full.setdefault(surname, set()).add(actor.id)
    if not named_in_full:
        return
    for actor_id in [a for a in resolver.actors if is_new_id(a, "person")]:
        actor = resolver.actors[actor_id]
        if len(actor.name.split()) != 1:
            continue
        people = named_in_full.get(fold(actor.name), set())
        if len(people) > 1 and resolver.switches.enabled(SURNAME_AHEAD_SHARED):
            _share_out(resolver, actor_id, people)
            continue
        if len(people) != 1:
            continue
        target = next(iter(people))
        merge_actor(resolver, actor_id, target, surface=False, how="short", renamed=EVERY)


def _share_out(resolver: DocumentResolver, actor_id: str, people: set[str]) -> None:
    """Give each mention of the new person ``actor_id`` to one of ``people`` (who share its
    surname): first the one of the gender a honorific before it or a pronoun says, then,
    for the rest, the one named most often; a mention no one fits stays with the new person."""
    text = resolver.document.text
    mine = [m for m in resolver.mentions if m.actor_id == actor_id]
    rest = []
    for mention in mine:
        if mention.how == "pronoun":
            gender = pronoun_gender(mention.text)
        else:
            words = text[max(0, mention.start - 8) : mention.start].split()
            gender = HONORIFIC_GENDER.get(words[-1].lower().rstrip(".")) if words else None
        same = [p for p in sorted(people) if gender and resolver.gender.get(p) == gender]
        if len(same) == 1:
            _point(mention, same[0])
        else:
            rest.append(mention)
    counts = dict.fromkeys(sorted(people), 0)
    for mention in resolver.mentions:
        if mention.actor_id in counts and mention.how in ("name", "alias", "short", "fuzzy"):
            counts[mention.actor_id] += 1
    ranked = sorted(counts, key=lambda p: -counts[p])
    for mention in rest:
        if counts[ranked[0]] > counts[ranked[1]]:
            _point(mention, ranked[0])
    drop_if_unmentioned(resolver, actor_id)


def _point(mention: Any, actor_id: str) -> None:
    mention.actor_id = actor_id
    if mention.how != "pronoun":
        mention.how = "short"
