"""A seat of government that acts is the government, not the country as a whole.

``actors.names.seat_government`` (order 28, before the KB's reading): "Washington demanded
that ...", "an admission by Moscow": a seat of government (the KB's seats: capitals and
seat buildings, ``countries.tsv``) written as the subject of a verb or after "by" is that
country's government speaking or acting - a GOV body of the country (``agent:<iso3>:gov``,
the id "the Russian government" gets), as CAMEO and PLOVER code a capital named as a doer.
Anywhere else ("a curfew in Algiers", "talks in Moscow") the seat keeps its KB reading
(the country, at ``place_use`` confidence after a locative preposition).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import rule
from .linker import Resolution, agent_id
from .normalize import fold

if TYPE_CHECKING:
    from .names import Name
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]
_DOER_DEPS = ("nsubj",)


def is_doer(name: Name) -> bool:
    """The name is the subject of a verb, or the object of "by"."""
    root = name.span.root
    if root.dep_ in _DOER_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"


@rule(
    "actors.names.seat_government",
    order=28,
    doc="'Washington demanded', 'an admission by Moscow': a seat of government as a verb's "
    "subject or after 'by' is the country's government (a GOV body), not the country",
)
def seat_government(resolver: DocumentResolver, name: Name) -> Resolution | None:
    found = name.kb
    iso3 = resolver.linker.seats.get(fold(name.text))
    if iso3 is None or (found is not None and (found.type, found.country) != ("country", iso3)):
        return None  # "Kremlin" (no KB reading) or "Moscow" (the KB's Russia) only
    if not is_doer(name):
        return None
    return Resolution(
        id=agent_id(iso3, "GOV"),
        name=name.text,
        type="group",
        country=iso3,
        sector="GOV",
        how="agent",
        confidence=_CONFIDENCE["agent"],
    )
