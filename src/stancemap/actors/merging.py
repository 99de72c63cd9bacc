"""Moving every mention of one actor of a document to another, and dropping the first.

Many settling passes of the actors stage end the same way: actor A of the document is found
to be actor B (an acronym spelt out, a surname of a person named in full, a KB namesake
that is someone else), so each mention of A becomes a mention of B - re-read as a shorter
or a new naming, its confidence capped at B's - A's spellings seen in the text join B's,
and A leaves the document's actors (and its list of people). Session 65's review found
that loop written out in about ten modules, each a little differently; these helpers are
the one copy, with the differences as parameters. They change no reading: session 66 RF
put them in place of the copies and the evaluations came out identical.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import ActorMention
    from .resolve import DocumentResolver

SPELT = None
"""``renamed`` default: every reading but a pronoun's takes the new ``how``."""
EVERY = frozenset({"name", "alias", "fuzzy", "role", "agent", "pronoun", "short", "new"})
"""``renamed``: every mention takes the new ``how``, pronouns too."""


def move_mentions(
    resolver: DocumentResolver,
    actor_id: str,
    target: str,
    *,
    how: str | None = None,
    renamed: Collection[str] | None = SPELT,
    cap: float | None = None,
    cap_pronouns: bool = True,
    confidence: float | None = None,
    reread: Callable[[ActorMention], None] | None = None,
) -> list[ActorMention]:
    """Give every mention of ``actor_id`` to ``target``, in place, and return them.

    ``how``: the reading the moved mentions take - those whose reading is in ``renamed``
    (by default every one but a pronoun). ``cap``: their confidence is at most this (the
    pronouns' too unless ``cap_pronouns`` is off); ``confidence``: their confidence is
    this, whatever it was. ``reread``: called on each moved
    mention last, for what a caller changes beside (its span). The actors and lookups
    are left as they are: see ``merge_actor``.
    """
    moved = []
    for mention in resolver.mentions:
        if mention.actor_id != actor_id:
            continue
        pronoun = mention.how == "pronoun"
        mention.actor_id = target
        if how is not None and (not pronoun if renamed is None else mention.how in renamed):
            mention.how = how  # type: ignore[assignment]
        if cap is not None and (cap_pronouns or not pronoun):
            mention.confidence = min(mention.confidence, cap)
        if confidence is not None:
            mention.confidence = confidence
        if reread is not None:
            reread(mention)
        moved.append(mention)
    return moved


def drop_actor(
    resolver: DocumentResolver,
    actor_id: str,
    into: str | None = None,
    *,
    people: bool = False,
) -> None:
    """Take ``actor_id`` out of the document's actors; with ``into``, the spellings of it
    seen in the text become ``into``'s too; with ``people``, it leaves the people list."""
    if into is not None:
        resolver.surface[into] = resolver.surface.pop(actor_id, set()) | resolver.surface.get(
            into, set()
        )
    resolver.actors.pop(actor_id, None)
    if people:
        resolver._people.pop(actor_id, None)


def merge_actor(
    resolver: DocumentResolver,
    actor_id: str,
    target: str,
    *,
    surface: bool = True,
    people: bool = False,
    **moves,
) -> list[ActorMention]:
    """``actor_id`` is ``target``: move its mentions (``moves`` as ``move_mentions``
    takes them), then drop it - its spellings seen join ``target``'s unless ``surface``
    is off. Returns the moved mentions."""
    moved = move_mentions(resolver, actor_id, target, **moves)
    drop_actor(resolver, actor_id, target if surface else None, people=people)
    return moved


def drop_if_unmentioned(resolver: DocumentResolver, actor_id: str, *, people: bool = False) -> bool:
    """Drop ``actor_id`` (and, with ``people``, its place among the people) when no mention
    of the document is left to it; True when it was dropped."""
    if any(m.actor_id == actor_id for m in resolver.mentions):
        return False
    drop_actor(resolver, actor_id, people=people)
    return True
