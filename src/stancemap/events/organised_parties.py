"""An organised body, its campaign and its organisers are a party; a month is no march.

Session 56 (engineer NV, issue 12). ``events.sense.no_political_party`` (``apolitical_acts.py``,
on since session 55) drops an act neither of whose sides is political or unknown and one of
which is ordinary people or a thing, reading a head noun by the WordNet lexicographer file
of its most frequent sense. Session 55 noticed two misreadings of that rule, each general:

- ``events.sense.organised_party``: "the campaign" is first a contest (``noun.event``: a thing
  to the rule), "the committee", "the coalition", "the association" are groups
  (``noun.group``: ordinary people to it) and "the organizers" persons with no political
  first sense, so "the committee criticized the company" or "the organizers blamed the
  heat" was dropped as an act of no party. A head noun one of whose two most frequent
  WordNet senses is an organised body or effort (a non-governmental organisation, an
  association, a union, a party, an alliance, a federation, a delegation, an administrative
  unit, a committee, a political campaign, a campaign for a cause, a social movement:
  ``data/events/organised_nouns.txt``), or a person noun one of whose two most frequent senses
  is a leader, advocate, representative or official (organizer, promoter, recruiter:
  ``data/events/organiser_nouns.txt``), is a party of unknown kind: the act is kept. Both
  lists are WordNet's, written by ``events.organised_import``.
- ``events.sense.month_not_protest``: an act whose own clause holds a noun of a protest
  (``violence_kept.protest_nouns``: any of its senses) is kept, and "March" the month is
  one by its fourth sense (a procession), so "in March the farmers destroyed the crops"
  was kept; a capitalised month is a name no actor reads, which keeps an accusation ("the
  family sued the hospital in March"). A word inside a date (the parser's DATE or TIME
  entity), or written capitalised inside the sentence with a most frequent WordNet sense
  of time (``noun.time``), is a date: no protest and no name.

Both tighten or loosen what an ON rule drops, so each is a rule of its own, shipped off,
for the blind judges to compare.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Token

from ..actors.lexicon import singular
from ..datafiles import word_list
from ..rules import declare
from .lexnames import noun_lexnames

ORGANISED_PARTY = declare(
    "events.sense.organised_party",
    "'the committee criticized the company', 'the organizers blamed the heat', 'the "
    "campaign attacked the paper': for no_political_party, a subject or object head one of "
    "whose two most frequent WordNet senses is an organised body or effort (association, "
    "union, committee, coalition, political campaign, cause, social movement: "
    "organised_nouns.txt) or, for a person noun, a leader, advocate, representative or "
    "official (organizer: organiser_nouns.txt) is a party of unknown kind: the act is kept",
    order=4.71,
)
MONTH_NOT_PROTEST = declare(
    "events.sense.month_not_protest",
    "'in March the farmers destroyed the crops', 'the family sued the hospital in March': "
    "for no_political_party, a word inside a DATE or TIME entity, or capitalised inside the "
    "sentence with a most frequent WordNet sense of time (the month March), is a date: no "
    "protest and no unread name that keeps the act",
    order=4.72,
)

# set per frame by events.sense.apply_sense from the settings' switches
organised_on: ContextVar[bool] = ContextVar("organised_on", default=False)
month_on: ContextVar[bool] = ContextVar("month_on", default=False)

DATE_ENTITIES = ("DATE", "TIME")


@lru_cache(maxsize=1)
def organised_nouns() -> frozenset[str]:
    """Nouns of an organised body or effort (``data/events/organised_nouns.txt``)."""
    return word_list("events/organised_nouns.txt")


@lru_cache(maxsize=1)
def organiser_nouns() -> frozenset[str]:
    """Person nouns of an organised effort's people (``data/events/organiser_nouns.txt``)."""
    return word_list("events/organiser_nouns.txt")


def organised_head(tok: Token) -> bool:
    """A common noun naming an organised body, its effort or its people (rule on)."""
    if not organised_on.get() or tok.pos_ != "NOUN":
        return False
    forms = {tok.lemma_.lower(), tok.lower_, singular(tok.lower_)}
    return bool(forms & organised_nouns()) or bool(forms & organiser_nouns())


def a_date(tok: Token) -> bool:
    """The word is part of a date: a DATE or TIME entity, or a capitalised word inside the
    sentence whose most frequent WordNet sense is a time ("March")."""
    if tok.ent_type_ in DATE_ENTITIES:
        return True
    if tok.is_sent_start or not tok.text[:1].isupper():
        return False
    return noun_lexnames().get(tok.lower_) == "noun.time"


def undated(tokens: Iterable[Token]) -> list[Token]:
    """``tokens`` less the words of a date, where ``events.sense.month_not_protest`` is on."""
    if not month_on.get():
        return list(tokens)
    return [t for t in tokens if not a_date(t)]
