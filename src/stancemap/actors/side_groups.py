"""A person's own team acting for the person (session 41, engineer AD).

"Clinton's campaign attacked Trump", "Cummings's staff made this announcement after Gowdy
...", "his aides accused Sanders": the team (a team word: campaign, camp, team, staff) or
the staff (a staff title: aides, advisers, a spokesman) a person possesses, with no name of
its own, acts for that person - a candidate and his campaign are one side
(docs/judging.md), and a relation is read between the sides. Rule
``actors.coref.side_group``: such a noun phrase, the subject or object of a verb, is a
mention of its possessor, the person the possessive (a name, or a pronoun the actors stage
resolved) names.

The nouns are the project's data, ``[alignment] team_words`` and ``staff_titles``
(``data/constants.toml``; the affiliation ties of session 24 read the same). Not read: a
title held no longer ("his former aides", ``former_words``), a team of a year before the
document's ("her 2008 campaign"), a noun in a prepositional phrase ("the chairman of
Clinton's campaign": the affiliation's), one set beside a name ("his spokesman, X": that
person), and a possessor that is no person ("the party's campaign").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import declare
from .spans import POSSESSIVE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .resolve import DocumentResolver

SIDE_GROUP = declare(
    "actors.coref.side_group",
    "'Clinton's campaign attacked Trump', 'his aides said': a person's own team or staff "
    "(alignment team_words, staff_titles) with no name of its own, the subject or object of "
    "a verb, is a mention of the person (a candidate and his campaign are one side)",
)

_ACTING_DEPS = ("nsubj", "nsubjpass", "dobj")


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word team and staff nouns, the words that end a title no longer held)."""
    table = constants("alignment")
    words = {w.lower() for w in table["team_words"]}
    for title in table["staff_titles"]:
        parts = title.lower().split()
        if len(parts) == 1:
            words.add(parts[0])
    return frozenset(words), frozenset(w.lower() for w in table["former_words"])


def _singular(token: Token) -> str:
    return str(token.lemma_.lower())


def _possessor(token: Token) -> Token | None:
    owners = [c for c in token.children if c.dep_ == "poss"]
    return owners[0] if owners else None


def _team(token: Token) -> bool:
    """``token`` heads a person's team or staff that acts in its clause."""
    nouns, former = _nouns()
    if token.pos_ != "NOUN" or _singular(token) not in nouns and token.lower_ not in nouns:
        return False
    if token.dep_ not in _ACTING_DEPS:
        return False
    if any(c.dep_ == "appos" for c in token.children):
        return False  # "his spokesman, X": X
    if token.dep_ == "appos" or (token.head.ent_type_ == "PERSON" and token.dep_ == "compound"):
        return False
    for child in token.lefts:
        if child.lower_ in former:
            return False  # "his former aides"
        if child.like_num or child.ent_type_ == "DATE":
            return False  # "her 2008 campaign"
    return True


def settle_side_groups(resolver: DocumentResolver) -> None:
    """Each acting team or staff of a person of the text becomes a mention of the person."""
    if not resolver.switches.enabled(SIDE_GROUP):
        return
    doc = resolver.doc
    for token in doc:
        if token.i in resolver.taken or not _team(token):
            continue
        owner = _possessor(token)
        if owner is None:
            continue
        mention = next(
            (m for m in resolver.mentions if m.start <= owner.idx < m.end),
            None,
        )
        if mention is None or not resolver.is_person(mention.actor_id):
            continue
        first = owner.i + 1
        while first < token.i and doc[first].lower_ in POSSESSIVE_MARKS:
            first += 1
        if any(i in resolver.taken for i in range(first, token.i + 1)):
            continue
        found = resolver.again(mention.actor_id, "role", "role_holder")
        resolver.add_phrase(first, token, found)
