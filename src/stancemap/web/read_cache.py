"""The web's costly reads, kept in the store's query cache (``store.cache``) between
two writes: the pair page's report, the network of a window, an actor's profile.

The store's cache key covers the alignment and stances code; these answers are
also shaped by the web's and the store queries' own code, so their key holds a
fingerprint of those files too: a changed formula is never answered from an old
computation, even when no document was written in between.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter

from ..store import queries
from ..store.cache import cached
from ..store.core import Store
from ..store.rows import ActorProfile, EventRow

T = TypeVar("T")


@lru_cache(maxsize=1)
def web_fingerprint() -> str:
    """A hash of the code that shapes the web's cached answers."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted([*here.glob("*.py"), Path(queries.__file__)]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def web_cached(
    store: Store,
    kind: str,
    arguments: dict[str, Any],
    compute: Callable[[], T],
    dump: Callable[[T], str],
    load: Callable[[str], T],
) -> T:
    """``compute()``'s answer, from the store's cache while the store and the code are
    as they were when it was computed."""
    keyed = {**arguments, "web": web_fingerprint()}
    return cached(store, f"web.{kind}", keyed, compute, dump, load)


class ActorPage(BaseModel):
    """What the actor page shows."""

    profile: ActorProfile
    events: list[EventRow]


_PROFILE = TypeAdapter(ActorProfile)


def actor_profile(store: Store, actor: str, *, top: int = 10) -> ActorProfile:
    """``store.queries.actor_profile``, cached."""
    return web_cached(
        store,
        "actor",
        {"actor": actor, "top": top},
        lambda: queries.actor_profile(store, actor, top=top),
        lambda p: p.model_dump_json(),
        _PROFILE.validate_json,
    )


def actor_page(store: Store, actor: str, *, top: int = 10, recent: int = 15) -> ActorPage:
    """The actor's profile and their latest events, given and received, cached."""

    def compute() -> ActorPage:
        profile = queries.actor_profile(store, actor, top=top)
        actor_id = profile.actor.id
        events = [
            *queries.events(store, source=actor_id, limit=recent),
            *queries.events(store, target=actor_id, limit=recent),
        ]
        events.sort(key=lambda e: (e.date or "", e.doc_id, e.event_id), reverse=True)
        unique = list({(e.doc_id, e.event_id): e for e in events}.values())
        return ActorPage(profile=profile, events=unique[:recent])

    return web_cached(
        store,
        "actor_page",
        {"actor": actor, "top": top, "recent": recent},
        compute,
        ActorPage.model_dump_json,
        ActorPage.model_validate_json,
    )
