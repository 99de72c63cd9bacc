"""A bare surname links to a KB person only where the story's country allows it (session
66, engineer AK; issues 12 and 14).

The linker and ``actors.names.kb_surname`` read a lone surname ("Mr Martin", "Howard
said") as the KB person who carries it, whatever the story is about: on the Lee stories
(Australia, 2001) "Mr Martin" came out as Micheál Martin, an Irish minister, and once the
Australian ministers of session 64's KB data were in, "Mr Howard" in British stories of
2004-2005 (Michael Howard, the Conservative leader) came out as John Howard, the
Australian prime minister. The more people the KB holds, the more such namesakes.

``actors.link.surname_country_agrees``, a pass of the document resolver once every name
is linked (after ``actors.link.period_plausible_person``): a KB person whom the document
names only by the surname of one of its KB names (courtesy titles aside: "Mr Howard";
an office title, "Prime Minister Howard", is the text's own word on who is meant and
keeps the link) stays linked only where

* the document writes one of the person's full KB names somewhere ("John Howard"), or
* the person's country (or a country of one of its roles) is one of the story's
  countries: the country the document's other mentions name most, or one they name at
  least ``min_mentions`` times (``national_bodies``' threshold; the mentions of every such
  doubtful person left out, as ``link_context`` counts them), or
* the person is head of state or government, on the document's date or in its period,
  of a major country (``[actors.surname_country] major_countries``) the document's other
  mentions name.

A document whose other mentions name no country ``min_mentions`` times (a wire
sentence, "Erdogan accused Syria of ...") has no story's country to rule the link out, and
the link stays. Otherwise the mentions go to the one person of the document who carries
that surname (``link_context._document_namesake``), else to a new person of the name
written, as an unknown name would be read.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import declare
from .link_context import (
    _country_counts,
    _document_namesake,
    _one_word_only,
    _period,
    _relink_person,
)
from .national_bodies import _LIMITS
from .normalize import fold, surname_of

if TYPE_CHECKING:
    from .kb import KbActor
    from .resolve import DocumentResolver

SURNAME_COUNTRY_AGREES = declare(
    "actors.link.surname_country_agrees",
    "'Mr Howard' in a British story is not John Howard of Australia: a KB person named only "
    "by a bare surname stays linked only where the document names the person in full, or "
    "the person's country is one of the story's, or the person heads a major country the "
    "document names on its date; else the document's person of that surname or a new one",
)
_HERE = constants("actors")["surname_country"]
MAJOR_COUNTRIES = frozenset(str(c) for c in _HERE["major_countries"])
_HEAD_OFFICES = frozenset({"HOS", "HOG"})


def _surname_word(actor: KbActor, word: str) -> bool:
    """``word`` is the surname of one of the person's KB names of two words or more."""
    key = fold(word)
    for name in actor.names():
        last = surname_of(name)
        if last and fold(last) == key:
            return True
    return False


def _named_in_full(folded_text: str, actor: KbActor) -> bool:
    """The document writes one of the person's KB names of two words or more."""
    for name in actor.names():
        key = fold(name)
        if len(key.split()) < 2:
            continue
        if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded_text):
            return True
    return False


def _countries(actor: KbActor) -> set[str]:
    """The person's country and its roles' countries."""
    found = {actor.country} if actor.country else set()
    return found | {r.country for r in actor.roles if r.country}


def _heads_major(actor: KbActor, period: tuple[str, str] | None, named: set[str]) -> bool:
    """The person is head of state or government of a major country the document names,
    on its date or in its period (any time where it has neither)."""
    for role in actor.roles:
        if role.office not in _HEAD_OFFICES or role.country not in MAJOR_COUNTRIES:
            continue
        if role.country not in named:
            continue
        if period is None:
            return True
        first, last = period
        start = (role.start or "")[:10]
        end = (role.end or "")[:10]
        if (not start or start <= last) and (not end or end >= first):
            return True
    return False


def story_countries(counts: Counter[str]) -> set[str]:
    """The countries the story is of: the one named most, and each named at least
    ``min_mentions`` times."""
    if not counts:
        return set()
    top = counts.most_common(1)[0][1]
    return {c for c, n in counts.items() if n == top or n >= _LIMITS["min_mentions"]}


def bare_surname_people(resolver: DocumentResolver) -> dict[str, str]:
    """The KB people of a country that the document names only by a bare surname and
    nowhere in full: actor id -> the surname written (the doubtful links both surname
    guards weigh, this one and ``unnamed_country``'s)."""
    kb = resolver.linker.kb
    folded_text = ""
    doubtful: dict[str, str] = {}
    for actor_id in list(resolver.actors):
        known = kb.actors.get(actor_id)
        if known is None or known.type != "person" or not _countries(known):
            continue
        words = _one_word_only(resolver, actor_id)
        if not words or not _surname_word(known, words[0]):
            continue
        if not folded_text:
            folded_text = fold(resolver.document.text)
        if _named_in_full(folded_text, known):
            continue
        doubtful[actor_id] = words[0]
    return doubtful


def settle_surname_countries(resolver: DocumentResolver) -> None:
    """Unlink each KB person named only by a bare surname that neither a full naming, nor
    the story's countries, nor its office and the countries named allow."""
    if not resolver.switches.enabled(SURNAME_COUNTRY_AGREES):
        return
    kb = resolver.linker.kb
    doubtful = bare_surname_people(resolver)
    if not doubtful:
        return
    counts, own = _country_counts(resolver)
    for actor_id in doubtful:
        counts.subtract(own.get(actor_id, Counter()))
    rest = +counts
    if not rest or rest.most_common(1)[0][1] < _LIMITS["min_mentions"]:
        return  # no story's country established here: nothing against the link
    story = story_countries(rest)
    named = set(rest)
    period = _period(resolver)
    for actor_id, word in doubtful.items():
        known = kb.actors[actor_id]
        if _countries(known) & story or _heads_major(known, period, named):
            continue
        namesake = _document_namesake(resolver, word, actor_id, frozenset(doubtful))
        _relink_person(resolver, actor_id, namesake)
