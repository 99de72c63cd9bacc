"""A body named right after a region: "the Virginia General Assembly", "the California
Supreme Court".

The entity ruler and the KB read "General Assembly" as the UN's and "Supreme Court" as
the US one wherever they are written. Rule ``actors.names.region_body``: a KB body (an
organisation, no party) whose name follows at once a first-level region of one country
(ISO 3166-2 subdivisions and US states, ``linker.regions``; a name that is also a country,
"Georgia", is left alone) is that region's body of the name: a new organisation of the
region's country, with the sector the name's agent words give (else the KB body's, unless
that is an international one). A mention the region's words already made ("The Virginia"
tagged alone) is folded into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import constants
from ..rules import declare
from .linker import Resolution, new_id
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

REGION_BODY = declare(
    "actors.names.region_body",
    "'the Virginia General Assembly', 'the Ohio Supreme Court': a KB body (no party) named "
    "right after a first-level region of one country is the region's own body, a new "
    "organisation of that country, not the UN's or the federal one",
)
REGION_PARTY = declare(
    "actors.names.region_party",
    "'the Iowa Democratic Party': a KB party named right after a first-level region of its "
    "own country is the region's branch of the party, a new organisation (PTY) of that "
    "country, not the national party",
)
_CONFIDENCE = constants("actors")["confidence"]["new_actor"]
_LONGEST_REGION = 3  # words


def _region_before(resolver: DocumentResolver, ent: Span) -> tuple[int, str] | None:
    """(first token, country) of a one-country region name ending right before ``ent``."""
    doc = ent.doc
    linker = resolver.linker
    for size in range(_LONGEST_REGION, 0, -1):
        start = ent.start - size
        if start < 0 or any(doc[i].is_sent_start for i in range(start + 1, ent.start + 1)):
            continue
        words = doc[start : ent.start]
        if not all(t.is_alpha and t.text[:1].isupper() for t in words):
            continue
        codes = linker.regions.get(fold(words.text))
        if not codes or len(codes) != 1:
            continue
        known = linker.by_name(words.text, resolver.date)
        if known is not None and known.type == "country":
            return None  # "Georgia": a country too
        return start, next(iter(codes))
    return None


def region_body(resolver: DocumentResolver, ent: Span) -> bool:
    """Add ``ent`` with the region before it as the region's body; True when done."""
    if ent.label_ not in ("ORG", "FAC") or ent.start == 0:
        return False
    words = ent
    while len(words) > 1 and words[0].lower_ == "the":
        words = words[1:]
    if words.start != ent.start:
        return False  # "the" between: not one name
    linker = resolver.linker
    found = linker.by_name(ent.text, resolver.date)
    if found is None or found.type in ("person", "country", "location"):
        return False
    party = found.sector == "PTY"
    if party and not resolver.switches.enabled(REGION_PARTY):
        return False
    region = _region_before(resolver, ent)
    if region is None:
        return False
    start, country = region
    if party and found.country != country:
        return False  # "the Texas Labour Party": no branch of another country's party
    doc = ent.doc
    first, last = doc[start].idx, ent.start_char
    folded = [m for m in resolver.mentions if m.start < last and m.end > first and m.end <= last]
    if any(m.start < first - 4 for m in folded):
        return False  # a longer name before it
    for m in folded:
        resolver.mentions.remove(m)
        resolver.memory = [
            s for s in resolver.memory if (s.actor_id, s.start) != (m.actor_id, m.start)
        ]
        if not any(x.actor_id == m.actor_id for x in resolver.mentions):
            resolver.actors.pop(m.actor_id, None)
    if start > 0 and doc[start - 1].lower_ == "the" and folded and folded[0].start < first:
        start -= 1  # "The Virginia" was one mention: the name keeps its article
    span = doc[start : ent.end]
    agent = linker.find_agent([t.text for t in ent])
    sector = agent[0].sector if agent else (found.sector if found.sector != "IGO" else None)
    name = doc[region[0] : ent.end].text
    body = Resolution(
        id=new_id(name, "organization"),
        name=name,
        type="organization",
        country=country,
        sector=sector,
        how="new",
        confidence=_CONFIDENCE,
    )
    resolver.add(span.start_char, span.end_char, span.text, body, span)
    return True
