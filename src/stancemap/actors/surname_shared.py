"""A lone surname that two people of this document share.

``actors.names.surname_latest_full`` (order 4): "A woman who accused Bill Clinton of rape said
that Clinton was ...": when the latest full name of the namesakes is in the surname's own
sentence, or is the subject of the sentence before, the surname is that person (recency and
salience before the count below).

``actors.names.surname_most_named`` (order 5, before ``speaking_place``, ``namesake_here``
and the KB): "Hillary Clinton ... Clinton ... her husband, Bill Clinton ... Clinton told the
debate audience": when two or more people this document has already named in full bear
the surname, a one-word name is the one the document has named most often so far (full
names and the surname mentions already given to them), the one named most recently on a
tie - never the KB's reading of the surname just because that namesake is also in the
text. A honorific of the other gender ("Mrs. Clinton") rules a person out, as everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import rule
from .normalize import fold

if TYPE_CHECKING:
    from .linker import Resolution
    from .names import Name
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]
_NAMING = ("name", "alias", "short", "fuzzy", "new")  # a mention that spells a name


@rule(
    "actors.names.surname_most_named",
    order=5,
    doc="'Clinton' after 'Hillary Clinton' (named often) and 'Bill Clinton': a lone surname "
    "two people named here in full share is the one named most often so far, the latest on "
    "a tie, before the KB's namesake",
)
def surname_most_named(resolver: DocumentResolver, name: Name) -> Resolution | None:
    from .names import _other_gender

    span = name.span
    if len(span) != 1:
        return None
    key = fold(name.text)
    other = _other_gender(resolver, span)
    people = [
        actor_id
        for actor_id in resolver.recent_people()  # most recent first
        if resolver.folded_surname(actor_id) == key
        and (other is None or resolver.gender.get(actor_id) != other)
    ]
    if len(people) < 2:
        return None
    counts = dict.fromkeys(people, 0)
    in_full: set[str] = set()
    for mention in resolver.mentions:
        if mention.actor_id in counts and mention.how in _NAMING:
            counts[mention.actor_id] += 1
            if len(mention.text.split()) > 1:
                in_full.add(mention.actor_id)
    named = [p for p in people if p in in_full]
    if len(named) < 2:
        return None
    best = max(named, key=lambda p: (counts[p], -people.index(p)))
    return resolver.again_as(best, "short", _CONFIDENCE["short_name"])


@rule(
    "actors.names.surname_latest_full",
    order=4,
    doc="'A woman who accused Bill Clinton ... said Clinton was ...' (Hillary Clinton named "
    "more often): a lone surname two people named here in full share is the one named in full "
    "last, when that full name is in its own sentence or the previous sentence's subject",
)
def surname_latest_full(resolver: DocumentResolver, name: Name) -> Resolution | None:
    from .names import _other_gender

    span = name.span
    if len(span) != 1:
        return None
    key = fold(name.text)
    other = _other_gender(resolver, span)
    people = {
        actor_id
        for actor_id in resolver.recent_people()
        if resolver.folded_surname(actor_id) == key
        and (other is None or resolver.gender.get(actor_id) != other)
    }
    if len(people) < 2:
        return None
    full = [
        m
        for m in resolver.mentions
        if m.actor_id in people
        and m.how in _NAMING
        and len(m.text.split()) > 1
        and m.end <= span.start_char
    ]
    if len({m.actor_id for m in full}) < 2:
        return None  # one of them never named in full: the other rules decide
    latest = max(full, key=lambda m: m.start)
    doc = span.doc
    here = resolver.sent_index.get(span.start, 0)
    found = doc.char_span(latest.start, latest.end, alignment_mode="expand")
    if found is None or len(found) == 0:
        return None
    there = resolver.sent_index.get(found.root.i, 0)
    if there == here or (there == here - 1 and found.root.dep_ in ("nsubj", "nsubjpass")):
        return resolver.again_as(latest.actor_id, "short", _CONFIDENCE["short_name"])
    return None
