"""Short forms of imported office holders' names, as news writes them.

``stancemap kb build`` gives each generated person record the shorter names a
reader meets in the news, following the naming customs in ``data/kb/naming.toml``:

* Spanish custom (two surnames): "Diego Molano Vega" is also "Diego Molano";
* a recent head of state or government, foreign or defence minister is also
  named by the surname alone ("Merkel"), where that word is in no other
  person's name anywhere in the KB (else "Brown" or "Ahmed" would pick one of
  many), names no place and is not where the custom puts no surname last
  ("Xi Jinping", "Mahathir Mohamad", "Mohammed bin Salman").

The short forms are aliases of the record they come from, so facts derived from
the CC BY-SA lists stay in their own file.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..datafiles import data_path
from .normalize import fold

NAMING = "kb/naming.toml"
_SURNAME_OFFICES = ("HOS", "HOG", "FM", "DEF")


@dataclass(frozen=True)
class NamingCustoms:
    surname_alias_since: str  # a year
    two_surnames: frozenset[str]
    no_last_surname: frozenset[str]
    lineage_words: frozenset[str]
    honorifics: frozenset[str]
    near_spelling_min_ratio: int
    middle_name_min_ratio: int


@lru_cache(maxsize=1)
def naming_customs() -> NamingCustoms:
    from ..errors import KnowledgeBaseError

    path = data_path(NAMING)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
        return NamingCustoms(
            surname_alias_since=str(int(data["surname_alias_since"])),
            two_surnames=frozenset(data["two_surnames"]),
            no_last_surname=frozenset(data["no_last_surname"]),
            lineage_words=frozenset(w.lower() for w in data["lineage_words"]),
            honorifics=frozenset(w.lower() for w in data["honorifics"]),
            near_spelling_min_ratio=int(data["near_spelling_min_ratio"]),
            middle_name_min_ratio=int(data["middle_name_min_ratio"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise KnowledgeBaseError(str(path), None, None, f"bad naming customs: {exc}") from None


def given_and_first_surname(
    name: str, country: str, given_names: frozenset[str] = frozenset()
) -> str | None:
    """ "Diego Molano Vega" -> "Diego Molano" where the custom gives two surnames.

    ``given_names``: folded words that begin someone's name; a form ending in one is a
    compound given name ("Juan Carlos Jobet" is not "Juan Carlos").
    """
    words = name.split()
    customs = naming_customs()
    if country not in customs.two_surnames or len(words) < 3:
        return None
    if any(w.lower() in ("de", "del", "la", "y", "i") for w in words[-2:]):
        return None  # "Juan de la Cruz", "Ortega y Gasset": the surname is the whole tail
    if fold(words[-2]) in given_names:
        return None
    return " ".join(words[:-1])


def given_names(names: Iterable[str]) -> frozenset[str]:
    """Folded first words of ``names`` (people's names): the words that are given names."""
    return frozenset(fold(n.split()[0]) for n in names if len(n.split()) > 1)


def surname(name: str, country: str) -> str | None:
    """The word news would name this person by, or None where the custom has none."""
    customs = naming_customs()
    words = name.replace(".", " ").split()
    if len(words) < 2 or country in customs.no_last_surname:
        return None
    if any(w.lower() in customs.lineage_words for w in words[1:]):
        return None
    two = country in customs.two_surnames and len(words) >= 3
    last = words[-2] if two else words[-1]
    if len(last) < 4 or not last[:1].isupper() or not last.replace("-", "").isalpha():
        return None
    return last


def _names(record: dict[str, Any]) -> list[str]:
    return [record["name"], *record.get("aliases", [])]


def _words_of(names: Iterable[str]) -> set[str]:
    return {fold(w) for n in names for w in n.replace("-", " ").split()}


def add_short_forms(
    files: dict[str, list[dict[str, Any]]], others: Iterable[str], places: set[str]
) -> int:
    """Add short forms to the person records of ``files`` (in place); returns how many.

    ``others``: names of every other person the KB knows (the hand-written ones), so
    that a surname is only given where it is that person's alone; ``places``: folded
    names of countries, demonyms and seats, never made a person's alias.
    """
    customs = naming_customs()
    # every word of every person's name, counted once per person (id)
    owners: dict[str, set[str]] = {}
    for records in files.values():
        for record in records:
            if record.get("type") == "person":
                for word in _words_of([record["name"], *record.get("aliases", [])]):
                    owners.setdefault(word, set()).add(record["id"])
    others = list(others)
    outside = Counter(_words_of(others))
    people = [r for records in files.values() for r in records if r.get("type") == "person"]
    firsts = given_names([*others, *(n for r in people for n in _names(r))])
    # a short form two people would share names neither
    shared: dict[str, set[str]] = {}
    for record in people:
        for name in _names(record):
            shared.setdefault(fold(name), set()).add(record["id"])
            form = given_and_first_surname(name, record.get("country") or "", firsts)
            if form:
                shared.setdefault(fold(form), set()).add(record["id"])
    shared.update({fold(n): {""} for n in others})
    added = 0
    for records in files.values():
        for record in records:
            if record.get("type") != "person":
                continue
            names = [record["name"], *record.get("aliases", [])]
            country = record.get("country") or ""
            short: list[str] = []
            for name in names:
                form = given_and_first_surname(name, country, firsts)
                if form and shared.get(fold(form)) == {record["id"]}:
                    short.append(form)
            if _recent_leader(record, customs.surname_alias_since):
                last = surname(record["name"], country)
                key = fold(last) if last else ""
                if (
                    last
                    and owners.get(key, set()) == {record["id"]}
                    and key not in outside
                    and key not in places
                ):
                    short.append(last)
            known = {fold(n) for n in names}
            fresh = [s for s in dict.fromkeys(short) if fold(s) not in known]
            if fresh:
                record["aliases"] = [*record.get("aliases", []), *fresh]
                added += len(fresh)
    return added


def _recent_leader(record: dict[str, Any], since: str) -> bool:
    return any(
        r.get("office") in _SURNAME_OFFICES and (r.get("start") or "0000") >= since
        for r in record.get("roles", [])
    )
