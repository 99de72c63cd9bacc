"""A document's own organisation, made when a KB link is undone.

Three readers take a KB organisation's mentions away and give them to a new body of the
words the document writes: an acronym that is no known initialism (``acronyms``), an acronym
the document spells out as another name (``acronym_expansions``) and a one-word foreign party
or legislature (``foreign_bodies``). They share how that body is registered, so the three
make the same record (session 60 review: it was three copies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..records import Actor
from .linker import new_id

if TYPE_CHECKING:
    from .resolve import DocumentResolver

# a new actor's confidence: the linker's, for a name the KB does not hold
NEW_CONFIDENCE = float(constants("actors")["confidence"]["new_actor"])


def add_new_organisation(
    resolver: DocumentResolver,
    name: str,
    country: str | None = None,
    sector: str | None = None,
    country_source: str | None = None,
) -> str:
    """The id of the document's organisation called ``name``, registered if it is new
    (with the country and sector a reader gives it, and where that country came from)."""
    target = new_id(name, "organization")
    if target not in resolver.actors:
        resolver.actors[target] = Actor(
            id=target,
            name=name,
            type="organization",
            country=country,
            sector=sector,
            confidence=NEW_CONFIDENCE,
            country_source=country_source,
        )
        resolver.gender[target] = None
    return target
