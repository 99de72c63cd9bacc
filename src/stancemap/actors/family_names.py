"""A lone family name of a family-name-first person: "Wang" after (or before) "Wang Yi".

Chinese, Korean and Vietnamese names are written family name first in English-language
news ("Wang Yi", "Lee Jae-myung", "Nguyen Phu Trong"), and a story calls the person by
that first word alone ("Wang said ..."). The other surname rules read the LAST word of a
full name as the surname, so a lone "Wang" became a second person beside "Wang Yi", and
relations appeared twice (once between the person and himself).

Rule ``actors.names.family_name_first``: a one-word name that is a known family name
(``lexicon/family_names_first.tsv``: the common Chinese, Korean and Vietnamese family
names from published rankings, source in the file) and the FIRST word of exactly one
person this document names in full - a person of a family-name-first country
(``lexicon/family_name_first_countries.txt``) or of no known country - is that person.
Two such persons sharing the family name: left alone. Run after every mention is
resolved, before the namesake rules, so a lone "Lee" is never a KB namesake's surname.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import read_table, word_list
from ..records import is_new_id
from ..rules import declare
from .merging import EVERY, merge_actor
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

FAMILY_NAME_FIRST = declare(
    "actors.names.family_name_first",
    "a lone 'Wang' / 'Lee' is the one person the document names in full with that known "
    "family name first ('Wang Yi', 'Lee Jae-myung'), never when two share it",
)
FAMILY_NAMES = frozenset(
    fold(row["name"])
    for row in read_table("lexicon/family_names_first.tsv", required=("name",), unique="name")
)
FAMILY_FIRST_COUNTRIES = frozenset(
    code.upper() for code in word_list("lexicon/family_name_first_countries.txt")
)
_NAMING_HOWS = ("name", "alias", "short", "fuzzy", "new")  # a mention that spells a name


def _family_name_holders(resolver: DocumentResolver) -> dict[str, set[str]]:
    """Folded family name -> the people this document names in full starting with it."""
    holders: dict[str, set[str]] = {}
    for mention in resolver.mentions:
        words = mention.text.split()
        if len(words) < 2 or mention.how == "pronoun" or not resolver.is_person(mention.actor_id):
            continue
        actor = resolver.actors[mention.actor_id]
        if actor.country is not None and actor.country not in FAMILY_FIRST_COUNTRIES:
            continue  # "Lee Anderson" of the UK: "Lee" is his given name
        family = fold(actor.name.split()[0]) if actor.name.split() else ""
        if family in FAMILY_NAMES and fold(words[0]) == family:
            holders.setdefault(family, set()).add(actor.id)
    return holders


def _lone_name_only(resolver: DocumentResolver, actor_id: str, family: str) -> bool:
    """The actor is written here only as the bare word ``family`` (pronouns aside)."""
    named = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
    return bool(named) and all(m.how in _NAMING_HOWS and fold(m.text) == family for m in named)


def join_family_names_first(resolver: DocumentResolver) -> None:
    """Point each actor written only as a lone family name at the one person of the
    document named in full with that family name first, and drop the lone actor."""
    if not resolver.switches.enabled(FAMILY_NAME_FIRST):
        return
    holders = _family_name_holders(resolver)
    if not holders:
        return
    for actor_id in list(resolver.actors):
        actor = resolver.actors[actor_id]
        if actor.type == "person":
            # a one-word new person, or a KB namesake written here only as the lone word
            named = next(
                (m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"),
                None,
            )
            family = fold(named.text) if named is not None else ""
        elif is_new_id(actor_id) and " " not in actor.name.strip():
            family = fold(actor.name)  # NER's "Wang" as a new body
        else:
            continue  # a KB body called "Kim" is not to be re-read
        people = holders.get(family, set()) - {actor_id}
        if len(people) != 1 or not _lone_name_only(resolver, actor_id, family):
            continue
        target = next(iter(people))
        merge_actor(resolver, actor_id, target, surface=False, how="short", renamed=EVERY)
