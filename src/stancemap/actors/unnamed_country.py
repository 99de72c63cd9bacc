"""A bare surname is no KB person of a country the document never names (session 67,
engineer SN; issues 12 and 14).

"Mr Howard said it would be far better ..." in a British story of 2005 that names the
Tories, the Lib Dems, the Commons, Mr Blair and David Davis, and never Australia: the
linker and ``actors.names.kb_surname`` read the bare surname as the hand-written KB's
John Howard, Australia's prime minister, while the story means Michael Howard, whom the
KB does not hold. ``actors.names.foreign_namesake`` drops such a namesake only for an
imported office holder; session 66's ``actors.link.surname_country_agrees`` asks the
person's country to be the story's (named most, or three times), which ties the guard to
one story's country.

``actors.link.surname_country_unnamed``, a pass of the document resolver once every name
is linked (after ``actors.link.surname_country_agrees``), asks less of the story and more
of the person: a KB person whom the document names only by the surname of one of its KB
names (courtesy titles aside; an office title keeps the link), and never in full, is
unlinked only where

* nothing else the document names is of the person's country (or a country of one of its
  roles): no actor the text names - country, demonym, city, party, ministry, body or
  person, KB or new - and no place or demonym NER tags; the document's own words name the
  country of its parties, offices and cities through the KB, so "the Tories", "the
  Commons", "Leeds" place a British story without "Britain" being written, and
* the document's mentions of other actors name some country at least ``min_mentions``
  times (``national_bodies``' threshold, the one ``surname_country_agrees`` reads; the
  other bare-surname people count too, for British stories name most people so): a story
  with countries of its own, not a wire sentence ("Howard met Bush"), and
* the person is no head of state or government of a major country
  (``[actors.surname_country] major_countries``) on the document's date or in its period:
  "Mr Bush" in a British story on Iraq is the US president whether or not it names the
  United States.

The mentions then go to the one person of the document who carries that surname
(``link_context._document_namesake``), else to a new person of the name written.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..rules import declare
from .link_context import (
    _country_counts,
    _document_namesake,
    _period,
    _relink_person,
)
from .national_bodies import _LIMITS
from .surname_country import (
    MAJOR_COUNTRIES,
    _countries,
    _heads_major,
    bare_surname_people,
)

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SURNAME_COUNTRY_UNNAMED = declare(
    "actors.link.surname_country_unnamed",
    "'Mr Howard' in a British story naming nothing Australian is not John Howard: a KB "
    "person named only by a bare surname, never in full, whose country nothing else in "
    "the document names (no country, city, party, body or person of it), in a document "
    "naming countries at least min_mentions times, is not linked unless it heads a major "
    "country; else the document's person of that surname or a new one",
)


def _named_countries(resolver: DocumentResolver, doubtful: set[str]) -> set[str]:
    """Every country something of the document names, the doubtful people aside: its
    actors' countries (KB or new) and the places and demonyms NER tagged."""
    named = {
        actor.country
        for actor_id, actor in resolver.actors.items()
        if actor.country
        and actor_id not in doubtful
        and any(m.actor_id == actor_id for m in resolver.mentions)
    }
    for ent in resolver.doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC"):
            country, _ = resolver.linker.where([t.text for t in ent], countries_only=False)
            if country is not None:
                named.add(country)
    return named


def settle_unnamed_surname_countries(resolver: DocumentResolver) -> None:
    """Unlink each KB person named only by a bare surname whose country the document
    names nowhere else, in a story that names countries, unless it heads a major one."""
    if not resolver.switches.enabled(SURNAME_COUNTRY_UNNAMED):
        return
    kb = resolver.linker.kb
    doubtful = bare_surname_people(resolver)  # actor id -> the surname written
    if not doubtful:
        return
    counts, own = _country_counts(resolver)
    named = _named_countries(resolver, set(doubtful))
    period = _period(resolver)
    for actor_id, word in doubtful.items():
        known = kb.actors[actor_id]
        rest = counts.copy()
        rest.subtract(own.get(actor_id, Counter()))
        if sum((+rest).values()) < _LIMITS["min_mentions"]:
            continue  # no story of its own here: nothing against the link
        if _countries(known) & named or _heads_major(known, period, set(MAJOR_COUNTRIES)):
            continue
        namesake = _document_namesake(resolver, word, actor_id, frozenset(doubtful))
        _relink_person(resolver, actor_id, namesake)
